import { decodeArticle } from "../read/decodeArticle.ts";

/**
 * The most of one article that is read: 1,000,000 characters, about 1 MB of Latin text or 3 MB
 * of Chinese. Real articles are under 100,000; a longer file is a book, a dump or a mistake, and
 * reading it whole would hold up every article behind it (the pipeline reads about 1 MB/s).
 */
export const MAX_CHARS = 1_000_000;

/** An article's text, cut to the limit, or why it has none. */
export type ArticleText =
  | { readonly ok: true; readonly text: string; readonly cut: string | null }
  | { readonly ok: false; readonly reason: "unreadable" | "empty"; readonly message: string };

/**
 * Decodes an article and cuts it to `limit` characters. `cut` says what was left out, for the
 * warning.
 */
export function articleText(bytes: Uint8Array, limit = MAX_CHARS): ArticleText {
  // UTF-8 needs at most 4 bytes a character: decoding more than that is wasted on a 50 MB file.
  const head = bytes.length > 4 * limit ? bytes.subarray(0, utf8Boundary(bytes, 4 * limit)) : bytes;
  const decoded = decodeArticle(head);
  if (!decoded.ok) return decoded;
  if (decoded.text.length <= limit && head === bytes) return { ...decoded, cut: null };
  return { ok: true, ...cutText(decoded.text, bytes.length, limit) };
}

/**
 * A text cut to `limit` characters, at a paragraph's end near the limit, else a word's, else the
 * limit itself; `cut` says what was left out of a file of `size` bytes, for the warning.
 */
export function cutText(
  full: string,
  size: number,
  limit = MAX_CHARS,
): { text: string; cut: string | null } {
  if (full.length <= limit) return { text: full, cut: null };
  let end = full.lastIndexOf("\n", limit);
  if (end < limit * 0.9) end = full.lastIndexOf(" ", limit);
  if (end < limit * 0.9) end = limit;
  if (/[\uD800-\uDBFF]/.test(full.charAt(end - 1))) end -= 1;
  const text = full.slice(0, end).trimEnd();
  const bytes = size >= 1e6 ? `${(size / 1e6).toFixed(1)} MB` : `${Math.ceil(size / 1e3)} KB`;
  return {
    text,
    cut: `the file is ${bytes}: only its first ${text.length.toLocaleString("en")} characters were read (the limit is ${limit.toLocaleString("en")} per article); the rest, from "${full.slice(end, end + 40).trim()}…" on, was left out`,
  };
}

/** The last character boundary at or before `at`: UTF-8 continuation bytes are 10xxxxxx. */
function utf8Boundary(bytes: Uint8Array, at: number): number {
  let end = at;
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return end;
}
