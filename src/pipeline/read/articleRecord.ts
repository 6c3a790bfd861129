import type { EdtfDate } from "../../model/edtf.ts";

/** One article read from a feed or a news-API export, before the text pipeline sees it. */
export interface ArticleRecord {
  /** Where the record is in its file: the item's guid/id or the record's id field when it has one, else its 1-based line (exports) or item position (feeds), as a string. */
  readonly key: string;
  /** 1-based line in the file where the record starts (for messages). */
  readonly line: number;
  /** Headline, blank line, then paragraphs separated by blank lines: what the text pipeline reads. */
  readonly text: string;
  /** The article's address; http/https only (isWebUrl). */
  readonly url: string | null;
  readonly title: string | null;
  /** YYYY-MM-DD (or YYYY-MM), the calendar date the source stated. */
  readonly published: EdtfDate | null;
  /** ISO 639-1, lowercased ("en-US" → "en"). */
  readonly language: string | null;
  /** Feed or channel title, or the export's source/source.name/outlet/site field. */
  readonly outlet: string | null;
  /** Which fields the container stated, rather than the pipeline having to find them in the text. */
  readonly fromMetadata: readonly ("title" | "published" | "url" | "outlet" | "language")[];
}

/** Why one record of a file could not be read; the others still are. */
export interface RecordProblem {
  readonly line: number;
  readonly message: string;
}

/** The records of one feed or export, and the problems met on the way. */
export interface ReadRecords {
  readonly records: readonly ArticleRecord[];
  readonly problems: readonly RecordProblem[];
}

/** The fields a reader found for one record, before its text is composed. */
export interface RecordFields {
  readonly key: string;
  readonly line: number;
  readonly title: string | null;
  readonly paragraphs: readonly string[];
  readonly url: string | null;
  readonly published: EdtfDate | null;
  readonly language: string | null;
  readonly outlet: string | null;
}

/**
 * Builds the record from what a reader found: headline, blank line, paragraphs. A record with
 * neither headline nor text is a problem naming what is missing. Text is composed to NFC, as
 * decodeArticle does for files, so quotes from either kind of source compare equal.
 */
export function articleRecord(fields: RecordFields, what: string): ArticleRecord | RecordProblem {
  const { title, paragraphs } = fields;
  if (!title && paragraphs.length === 0) {
    return { line: fields.line, message: `${what} has no title and no text` };
  }
  const text = (title ? [title, ...paragraphs] : paragraphs).join("\n\n").normalize("NFC");
  const fromMetadata = (["title", "published", "url", "outlet", "language"] as const).filter(
    (name) => fields[name] !== null,
  );
  return {
    key: fields.key,
    line: fields.line,
    text,
    url: fields.url,
    title: title ? title.normalize("NFC") : null,
    published: fields.published,
    language: fields.language,
    outlet: fields.outlet,
    fromMetadata,
  };
}
