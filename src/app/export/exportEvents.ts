import { csvFormatRows } from "d3-dsv";
import type { Dataset, TimelineEvent } from "../../model/dataset.ts";
import { neutraliseFormula as text } from "./neutraliseFormula.ts";

/** An exported event: the dataset's fields, with each source's id, URL, language and evidence. */
export interface ExportedEvent extends Omit<TimelineEvent, "sources"> {
  readonly sources: readonly {
    readonly id: string;
    readonly evidence: string;
    readonly primary: boolean;
    readonly url: string | null;
    readonly language: string;
    readonly title: string;
  }[];
}

/** The filtered events with their sources resolved, in the given order. */
export function exportedEvents(
  events: readonly TimelineEvent[],
  dataset: Dataset,
): ExportedEvent[] {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  return events.map((event) => ({
    ...event,
    sources: event.sources.map((s) => {
      const source = sources.get(s.id);
      return {
        ...s,
        url: source?.url ?? null,
        language: source?.language ?? "und",
        title: source?.title ?? "",
      };
    }),
  }));
}

/** JSON export: the events and the view they were filtered by. */
export function toJson(events: readonly TimelineEvent[], dataset: Dataset, view: string): string {
  return JSON.stringify({ exitline: 1, view, events: exportedEvents(events, dataset) }, null, 2);
}

const EVENT_COLUMNS = [
  "id",
  "title",
  "summary",
  "type",
  "date",
  "effective",
  "companies",
  "company_names",
  "counterparty",
  "countries",
  "primary",
  "confidence",
  "origin",
  "curated_fields",
] as const;
const SOURCE_COLUMNS = ["id", "url", "language", "title", "primary", "evidence"] as const;

/**
 * CSV export that spreadsheets open correctly: UTF-8 with a byte-order mark, RFC 4180 quoting
 * (d3-dsv), one row per event. Lists of ids are joined with ";" (ids never contain one); each
 * source gets its own group of columns, so evidence in any script and with any punctuation
 * survives a round trip. Every cell that holds text from the dataset is passed through
 * `neutraliseFormula`, so a title or quote starting with "=" opens as text, not as a formula;
 * the dates (EDTF, starting with a digit), booleans and confidence we write ourselves are left as
 * they are.
 */
export function toCsv(events: readonly TimelineEvent[], dataset: Dataset): string {
  const names = new Map(dataset.companies.map((c) => [c.id, c.name]));
  const rows = exportedEvents(events, dataset);
  const most = Math.max(1, ...rows.map((e) => e.sources.length));
  const header = [
    ...EVENT_COLUMNS,
    ...Array.from({ length: most }, (_, i) =>
      SOURCE_COLUMNS.map((c) => `source${i + 1}_${c}`),
    ).flat(),
  ];
  const body = rows.map((e) => [
    text(e.id),
    text(e.title),
    text(e.summary),
    text(e.type),
    e.date ?? "",
    e.effective ?? "",
    text(e.companies.join(";")),
    text(e.companies.map((id) => names.get(id) ?? id).join("; ")),
    text(e.counterparty ?? ""),
    text(e.countries.join(";")),
    String(e.primary),
    String(e.confidence),
    text(e.origin),
    text(Object.keys(e.curated).join(";")),
    ...Array.from({ length: most }, (_, i) => {
      const s = e.sources[i];
      return s
        ? [
            text(s.id),
            text(s.url ?? ""),
            text(s.language),
            text(s.title),
            String(s.primary),
            text(s.evidence),
          ]
        : SOURCE_COLUMNS.map(() => "");
    }).flat(),
  ]);
  return `\uFEFF${csvFormatRows([header, ...body])}\n`;
}
