import { dsvFormat } from "d3-dsv";
import type { ArticleRecord, ReadRecords, RecordProblem } from "./articleRecord.ts";
import { normaliseLineEnds } from "./paragraphs.ts";
import { EXPORT_FIELDS, ExportRow, exportRecord } from "./exportFields.ts";

/** The two shapes of news-API export Exitline reads. */
export type ExportFormat = "jsonl" | "csv";

/**
 * Reads a news-API export, JSON Lines (one object per line) or CSV (header row, RFC 4180
 * quoting), into article records. A broken line or row is a problem naming its line; the others
 * are still read. Fields are found by the names in EXPORT_FIELDS.
 */
export function readExport(text: string, format: ExportFormat): ReadRecords {
  const source = normaliseLineEnds(text.replace(/^\uFEFF/, ""));
  return format === "jsonl" ? readJsonLines(source) : readCsv(source);
}

function readJsonLines(source: string): ReadRecords {
  const records: ArticleRecord[] = [];
  const problems: RecordProblem[] = [];
  let line = 0;
  for (let start = 0; start <= source.length;) {
    const end = source.indexOf("\n", start);
    const content = source.slice(start, end === -1 ? source.length : end);
    line++;
    start = end === -1 ? source.length + 1 : end + 1;
    if (!content.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      problems.push({ line, message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const row = ExportRow.safeParse(value);
    if (!row.success || Array.isArray(value)) {
      problems.push({ line, message: "not a JSON object: each line must be one article" });
      continue;
    }
    add(exportRecord(row.data, line), records, problems);
  }
  return { records, problems };
}

function readCsv(source: string): ReadRecords {
  const records: ArticleRecord[] = [];
  const problems: RecordProblem[] = [];
  const parse = dsvFormat(delimiterOf(source));
  let header: readonly string[] = [];
  let readable = true;
  let line = 1;
  parse.parseRows(source, (row, index) => {
    const start = line;
    // A quoted field may span lines: the next row starts after them.
    line += 1 + row.reduce((count, cell) => count + newlines(cell), 0);
    if (index === 0) {
      header = row.map((name) => name.trim());
      const missing = missingColumns(header);
      if (missing) problems.push({ line: start, message: missing.message });
      // Without text or headline no row can be an article: one message says so, not one a row.
      readable = missing?.readable ?? true;
      return null;
    }
    if (!readable || (row.length === 1 && row[0] === "")) return null;
    add(
      exportRecord(Object.fromEntries(header.map((name, i) => [name, row[i]])), start),
      records,
      problems,
    );
    return null;
  });
  return { records, problems };
}

// Commas, else a tab or semicolon the header has (Excel in many locales writes ";").
function delimiterOf(source: string): string {
  const header = source.slice(0, source.indexOf("\n") === -1 ? undefined : source.indexOf("\n"));
  if (header.includes(",")) return ",";
  if (header.includes("\t")) return "\t";
  return header.includes(";") ? ";" : ",";
}

function missingColumns(
  header: readonly string[],
): { readonly message: string; readonly readable: boolean } | null {
  const names = new Set(header.map((name) => name.toLowerCase()));
  const has = (aliases: readonly string[]) => aliases.some((name) => names.has(name.toLowerCase()));
  if (has(EXPORT_FIELDS.text)) return null;
  const looked = `looked for ${EXPORT_FIELDS.text.join(", ")}`;
  return has(EXPORT_FIELDS.title)
    ? { message: `no text column (${looked}): records have their headlines only`, readable: true }
    : {
        message: `no text or title column (${looked}; ${EXPORT_FIELDS.title.join(", ")})`,
        readable: false,
      };
}

function newlines(cell: string): number {
  let count = 0;
  for (let i = cell.indexOf("\n"); i !== -1; i = cell.indexOf("\n", i + 1)) count++;
  return count;
}

function add(
  record: ArticleRecord | RecordProblem,
  records: ArticleRecord[],
  problems: RecordProblem[],
): void {
  if ("key" in record) records.push(record);
  else problems.push(record);
}
