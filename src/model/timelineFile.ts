// The first thing the app loads. events.json holds everything (summaries, evidence, sources) and
// is ~0.7 KB per event, 70 MB at 100k: fetching and parsing it would take most of the first
// second. This file holds only what the timeline, the filters and the list draw, as columns,
// so it is a fifth of the size and parses without building an object per field.
import * as z from "zod/mini";
import { CompanySchema } from "./company.ts";
import type { Dataset, TimelineEvent } from "./dataset.ts";
import { DATASET_VERSION } from "./datasetVersion.ts";
import { isEdtf, parseEdtf, type EdtfDate } from "./edtf.ts";
import { EVENT_TYPES } from "./eventType.ts";

/** What the timeline, the filters and the list know of an event before its details load. */
export type EventHead = Pick<
  TimelineEvent,
  | "id"
  | "title"
  | "type"
  | "date"
  | "effective"
  | "companies"
  | "countries"
  | "counterparty"
  | "what"
  | "mainland"
>;

/** The multi-valued fields, each a column of small integers. */
export const HEAD_FACETS = ["companies", "countries", "languages"] as const;
export type HeadFacet = (typeof HEAD_FACETS)[number];

/**
 * One multi-valued field as integers: event `i` has the values
 * `names[codes[offsets[i]]] … names[codes[offsets[i + 1] - 1]]`.
 */
export interface FacetColumn {
  readonly names: readonly string[];
  readonly codes: Int32Array;
  readonly offsets: Int32Array;
}

// Offsets and codes are checked in one loop by columnProblem: per-number schema checks on
// 100k-entry arrays cost several times more.
const FacetColumnSchema = z.object({
  names: z.array(z.string()),
  offsets: z.array(z.number()),
  codes: z.array(z.number()),
});
// Dates are checked as EDTF in the same loop as the columns, for the same reason.
const dateColumn = z.pipe(
  z.array(z.nullable(z.string())),
  z.transform((values) => values as (EdtfDate | null)[]),
);

/** timeline.json: every event's head, one array per field, all in the same (time) order. */
export const TimelineFileSchema = z
  .object({
    version: z.literal(DATASET_VERSION),
    synthetic: z.optional(z.boolean()),
    id: z.array(z.string().check(z.minLength(1))),
    title: z.array(z.string()),
    type: z.array(z.enum(EVENT_TYPES)),
    date: dateColumn,
    effective: dateColumn,
    // What the app needs to word each title in every interface language.
    counterparty: z.array(z.nullable(z.string())),
    what: z.array(z.nullable(z.string())),
    mainland: z.array(z.boolean()),
    companies: FacetColumnSchema,
    countries: FacetColumnSchema,
    languages: FacetColumnSchema,
    companyList: z.array(CompanySchema),
  })
  .check(
    z.superRefine((file, context) => {
      const n = file.id.length;
      for (const field of [
        "title",
        "type",
        "date",
        "effective",
        "counterparty",
        "what",
        "mainland",
      ] as const)
        if (file[field].length !== n)
          context.issues.push({
            code: "custom",
            path: [field],
            input: file[field],
            message: `has ${file[field].length} entries for ${n} events`,
          });
      for (const field of ["date", "effective"] as const) {
        const at = file[field].findIndex((value) => value !== null && !isEdtf(value));
        if (at >= 0)
          context.issues.push({
            code: "custom",
            path: [field, at],
            input: file[field][at],
            message: "is not an EDTF date",
          });
      }
      for (const facet of HEAD_FACETS) {
        const problem = columnProblem(file[facet], n);
        if (problem)
          context.issues.push({
            code: "custom",
            path: [facet],
            input: file[facet],
            message: problem,
          });
      }
    }),
  );

export type TimelineFile = z.output<typeof TimelineFileSchema>;

function columnProblem(
  column: { names: readonly string[]; offsets: readonly number[]; codes: readonly number[] },
  n: number,
): string | null {
  const { names, offsets, codes } = column;
  if (offsets.length !== n + 1) return `has ${offsets.length} offsets for ${n} events (need n + 1)`;
  if (offsets[0] !== 0 || offsets[n] !== codes.length)
    return "offsets must start at 0 and end at the number of codes";
  for (let i = 0; i < n; i++) {
    const at = offsets[i] ?? 0;
    if (!Number.isInteger(at) || (offsets[i + 1] ?? 0) < at)
      return `offset ${at} of event ${i} is not a whole number no greater than the next`;
  }
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? 0;
    if (!Number.isInteger(code) || code < 0 || code >= names.length)
      return `code ${code} at ${i} is not the index of one of its ${names.length} names`;
  }
  return null;
}

/** The moment an event sorts by: its announced date, else its effective one; undated last. */
function sortKey(head: Pick<EventHead, "date" | "effective">): number {
  const value = head.date ?? head.effective;
  return value ? (parseEdtf(value)?.min ?? Infinity) : Infinity;
}

/** Indices of `heads` in time order (undated last, by title): the order every view lists. */
export function timeOrder(heads: readonly EventHead[]): Int32Array {
  const keys = heads.map(sortKey);
  const order = Array.from(heads.keys());
  order.sort(
    (a, b) =>
      (keys[a] ?? 0) - (keys[b] ?? 0) ||
      (keys[a] === Infinity ? (heads[a]?.title ?? "").localeCompare(heads[b]?.title ?? "") : 0),
  );
  return Int32Array.from(order);
}

/** The dataset's timeline file, events in time order so the app's sort finds them sorted. */
export function toTimelineFile(dataset: Dataset): TimelineFile {
  const order = timeOrder(dataset.events);
  const events = Array.from(order, (i) => dataset.events[i] as TimelineEvent);
  const languageOf = new Map(dataset.sources.map((s) => [s.id, s.language]));
  return {
    version: DATASET_VERSION,
    ...(dataset.synthetic ? { synthetic: true } : {}),
    id: events.map((e) => e.id),
    title: events.map((e) => e.title),
    type: events.map((e) => e.type),
    date: events.map((e) => e.date),
    effective: events.map((e) => e.effective),
    counterparty: events.map((e) => e.counterparty),
    what: events.map((e) => e.what),
    mainland: events.map((e) => e.mainland),
    companies: encodeColumn(events.map((e) => e.companies)),
    countries: encodeColumn(events.map((e) => e.countries)),
    languages: encodeColumn(
      events.map((e) => [...new Set(e.sources.map((s) => languageOf.get(s.id) ?? "und"))]),
    ),
    companyList: dataset.companies,
  };
}

function encodeColumn(values: readonly (readonly string[])[]) {
  const codeOf = new Map<string, number>();
  const names: string[] = [];
  const offsets = [0];
  const codes: number[] = [];
  for (const list of values) {
    for (const value of list) {
      let code = codeOf.get(value);
      if (code === undefined) {
        code = names.push(value) - 1;
        codeOf.set(value, code);
      }
      codes.push(code);
    }
    offsets.push(codes.length);
  }
  return { names, offsets, codes };
}

/** The timeline file as the app holds it: one head per event, facets as typed columns. */
export interface Timeline {
  readonly synthetic: boolean;
  readonly events: readonly EventHead[];
  readonly facets: Readonly<Record<HeadFacet, FacetColumn>>;
  readonly companies: Dataset["companies"];
}

/** Turns a validated timeline file into heads and typed columns. */
export function decodeTimeline(file: TimelineFile): Timeline {
  const facets = {
    companies: typed(file.companies),
    countries: typed(file.countries),
    languages: typed(file.languages),
  };
  const valuesOf = (column: FacetColumn, i: number) => {
    const values: string[] = [];
    for (let k = column.offsets[i] ?? 0; k < (column.offsets[i + 1] ?? 0); k++)
      values.push(column.names[column.codes[k] ?? 0] ?? "");
    return values;
  };
  const events = file.id.map((id, i): EventHead => ({
    id,
    title: file.title[i] ?? "",
    type: file.type[i] ?? "other",
    date: file.date[i] ?? null,
    effective: file.effective[i] ?? null,
    companies: valuesOf(facets.companies, i),
    countries: valuesOf(facets.countries, i),
    counterparty: file.counterparty[i] ?? null,
    what: file.what[i] ?? null,
    mainland: file.mainland[i] ?? false,
  }));
  return { synthetic: file.synthetic === true, events, facets, companies: file.companyList };
}

function typed(column: TimelineFile["companies"]): FacetColumn {
  return {
    names: column.names,
    codes: Int32Array.from(column.codes),
    offsets: Int32Array.from(column.offsets),
  };
}
