import type { ArticleRecord } from "../read/articleRecord.ts";
import { readHtml } from "../read/readHtml.ts";
import { articleText, cutText, MAX_CHARS } from "./articleText.ts";
import type { ArticleKind } from "./planInputs.ts";

/** What a container said about its article, and which of it it said. */
export type ArticleMeta = Pick<
  ArticleRecord,
  "title" | "published" | "url" | "outlet" | "language" | "fromMetadata"
>;

const NO_META: ArticleMeta = {
  title: null,
  published: null,
  url: null,
  outlet: null,
  language: null,
  fromMetadata: [],
};

/** An article's text, cut to the limit, with what its container said; or why it has none. */
export type ArticleContent =
  | {
      readonly ok: true;
      readonly text: string;
      readonly cut: string | null;
      readonly meta: ArticleMeta;
    }
  | {
      readonly ok: false;
      readonly reason: "unreadable" | "empty" | "no-article";
      readonly message: string;
    };

/** The text of a plain file, of a saved page's article, or of a feed's or export's record. */
export function articleContent(
  kind: ArticleKind,
  bytes: Uint8Array,
  record: ArticleRecord | undefined,
  limit = MAX_CHARS,
): ArticleContent {
  if (kind === "text") {
    const decoded = articleText(bytes, limit);
    return decoded.ok ? { ...decoded, meta: NO_META } : decoded;
  }
  if (kind === "record" && record) {
    return { ok: true, ...cutText(record.text, record.text.length, limit), meta: record };
  }
  const page = readHtml(decodePage(bytes));
  if (!page.ok) return page;
  return { ok: true, ...cutText(page.text, bytes.length, limit), meta: page.meta };
}

const CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i;

/**
 * A saved page's bytes as text, in the charset it declares (browsers save pages as they came:
 * windows-1252, Shift_JIS, GBK and EUC-KR pages are still common), else UTF-8.
 */
function decodePage(bytes: Uint8Array): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const label = CHARSET.exec(head)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
