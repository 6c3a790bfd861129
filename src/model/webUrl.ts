const WEB_PROTOCOLS = new Set(["http:", "https:"]);

/**
 * Whether a URL from the data may become a link: only an absolute http: or https: URL. Any other
 * scheme (javascript:, data:, file:, ftp:, …) would run code, read local files or leave the web
 * when clicked. It is parsed as a browser parses an href, so case, spaces and control characters
 * around the scheme cannot disguise it.
 */
export function isWebUrl(value: string): boolean {
  try {
    return WEB_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}
