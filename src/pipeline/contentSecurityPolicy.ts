/**
 * The Content-Security-Policy of every page the build writes: the explorer and the share pages.
 * Everything is loaded from the site itself, no script runs inline or through eval, and no plugin
 * or form can send data elsewhere: text from an article that ever slipped into markup could not
 * run. The preview images are absolute URLs but only in tags crawlers read, not loaded by the page.
 * `frame-ancestors` is left out: browsers ignore it in a meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** The policy as a meta tag; it applies only to what follows it, so it belongs first in <head>. */
export const CSP_META_TAG = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
