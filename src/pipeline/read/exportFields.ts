import { z } from "zod";
import { isWebUrl } from "../../model/webUrl.ts";
import { articleRecord, type ArticleRecord, type RecordProblem } from "./articleRecord.ts";
import { languageCode } from "./languageCode.ts";
import { parsePublished } from "./parsePublished.ts";
import { htmlToParagraphs, textToParagraphs } from "./paragraphs.ts";

/**
 * The field names read from news-API exports, first match wins, compared case-insensitively.
 * A dotted name reaches into a nested object (NewsAPI's `source: { name }`) or matches a CSV
 * column of that very name. `description` is the text of last resort: APIs often give only it.
 */
export const EXPORT_FIELDS = {
  id: ["id", "uuid", "guid", "article_id"],
  url: ["url", "link", "href", "canonical_url"],
  title: ["title", "headline"],
  published: [
    "published",
    "publishedAt",
    "published_at",
    "pubDate",
    "date",
    "datetime",
    "seendate",
    "time",
  ],
  language: ["language", "lang", "locale"],
  text: ["text", "body", "content", "full_text", "article", "description"],
  outlet: ["source.name", "source_name", "source", "outlet", "site", "domain", "publisher"],
} as const satisfies Record<string, readonly string[]>;

/** One record of an export: a JSON object, or a CSV row keyed by its header. */
export const ExportRow = z.record(z.string(), z.unknown());
export type ExportRow = z.infer<typeof ExportRow>;

// NewsAPI cuts `content` to 200 characters and says how many it left out: "… [+3510 chars]".
const TRUNCATION = /\s*…?\s*\[\+\d+ chars\]\s*$/;
// Some APIs (the Guardian's `body`, many `content` fields) give HTML; plain text rarely has these.
const HTML_BLOCK = /<(?:p|div|br|li|h[1-6]|blockquote|figure|section|article)\b[^>]*>/i;

/** The article record of one export row, or the problem that keeps it from being one. */
export function exportRecord(row: ExportRow, line: number): ArticleRecord | RecordProblem {
  const fields = new RowFields(row);
  const url = fields.get(EXPORT_FIELDS.url);
  const published = fields.get(EXPORT_FIELDS.published);
  const language = fields.get(EXPORT_FIELDS.language);
  const body = (fields.get(EXPORT_FIELDS.text) ?? "").replace(TRUNCATION, "");
  return articleRecord(
    {
      key: fields.get(EXPORT_FIELDS.id) ?? String(line),
      line,
      title: fields.get(EXPORT_FIELDS.title)?.replace(/\s+/g, " ") ?? null,
      paragraphs: HTML_BLOCK.test(body) ? htmlToParagraphs(body) : textToParagraphs(body),
      url: url !== null && isWebUrl(url) ? url : null,
      published: published === null ? null : parsePublished(published),
      language: language === null ? null : languageCode(language),
      outlet: fields.get(EXPORT_FIELDS.outlet),
    },
    `line ${line}`,
  );
}

// A row's fields by case-insensitive name, the names folded once per row.
class RowFields {
  private readonly names = new Map<string, string>();

  constructor(private readonly row: ExportRow) {
    for (const name of Object.keys(row)) {
      const lower = name.toLowerCase();
      if (!this.names.has(lower)) this.names.set(lower, name);
    }
  }

  // The first of the names that the row has as a non-empty string or finite number.
  get(names: readonly string[]): string | null {
    for (const name of names) {
      const value = this.lookup(name);
      const text =
        typeof value === "string"
          ? value.trim()
          : typeof value === "number" && Number.isFinite(value)
            ? String(value)
            : "";
      if (text) return text;
    }
    return null;
  }

  private lookup(name: string): unknown {
    const direct = this.own(this.row, this.names, name);
    if (direct !== undefined || !name.includes(".")) return direct;
    let value: unknown = this.row;
    for (const part of name.split(".")) {
      if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
      value = this.own(value as ExportRow, null, part);
    }
    return value;
  }

  private own(object: ExportRow, names: Map<string, string> | null, name: string): unknown {
    if (Object.hasOwn(object, name)) return object[name];
    const lower = name.toLowerCase();
    const key = names
      ? names.get(lower)
      : Object.keys(object).find((candidate) => candidate.toLowerCase() === lower);
    return key === undefined ? undefined : object[key];
  }
}
