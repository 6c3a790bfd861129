import type { Dataset, TimelineEvent } from "../../model/dataset.ts";
import { parseEdtf } from "../../model/edtf.ts";
import { fold } from "../../model/fold.ts";

/** An event with what filtering needs, computed once per dataset. */
export interface IndexedEvent {
  readonly event: TimelineEvent;
  /** Earliest and latest instant of its announced or effective date; null when undated. */
  readonly range: readonly [number, number] | null;
}

/**
 * One filter's values as small integers: event `i` has the codes
 * `codes[offsets[i]] … codes[offsets[i + 1] - 1]`, and `names[code]` is the value.
 */
export interface FacetColumn {
  readonly names: readonly string[];
  readonly codes: Int32Array;
  readonly offsets: Int32Array;
}

/** The facets, in the order filters list them. */
export const FACETS = ["companies", "countries", "types", "languages"] as const;
export type Facet = (typeof FACETS)[number];

/**
 * The dataset prepared for filtering: built once, reused by every filter change. Events are in
 * time order (undated last), so every filtered list comes out sorted without sorting again;
 * facet values are integer columns, so a filter pass over 100k events allocates nothing.
 */
export interface EventIndex {
  readonly events: readonly IndexedEvent[];
  readonly byId: ReadonlyMap<string, IndexedEvent>;
  readonly facets: Readonly<Record<Facet, FacetColumn>>;
}

/** Builds the index of facets and dates. Search text is indexed apart, when first needed. */
export function buildEventIndex(dataset: Dataset): EventIndex {
  const languageOf = new Map(dataset.sources.map((s) => [s.id, s.language]));
  const keyed = dataset.events.map((event) => {
    const a = event.date ? parseEdtf(event.date) : null;
    const b = event.effective ? parseEdtf(event.effective) : null;
    const min = Math.min(a?.min ?? Infinity, b?.min ?? Infinity);
    const max = Math.max(a?.max ?? -Infinity, b?.max ?? -Infinity);
    // The same order as the timeline: by the announced date, else the effective one.
    const at = (a ?? b)?.min ?? Infinity;
    return { at, indexed: { event, range: Number.isFinite(min) ? ([min, max] as const) : null } };
  });
  keyed.sort(
    (x, y) =>
      x.at - y.at ||
      (x.at === Infinity ? x.indexed.event.title.localeCompare(y.indexed.event.title) : 0),
  );
  const events = keyed.map((k) => k.indexed);
  const languages = (e: TimelineEvent) => {
    const first = languageOf.get(e.sources[0]?.id ?? "") ?? "und";
    return e.sources.length === 1
      ? [first]
      : [...new Set(e.sources.map((s) => languageOf.get(s.id) ?? "und"))];
  };
  return {
    events,
    byId: new Map(events.map((e) => [e.event.id, e])),
    facets: {
      companies: column(events, (e) => e.companies),
      countries: column(events, (e) => e.countries),
      types: column(events, (e) => [e.type]),
      languages: column(events, languages),
    },
  };
}

function column(
  events: readonly IndexedEvent[],
  keys: (e: TimelineEvent) => readonly string[],
): FacetColumn {
  const codeOf = new Map<string, number>();
  const names: string[] = [];
  const offsets = new Int32Array(events.length + 1);
  const codes: number[] = [];
  events.forEach(({ event }, i) => {
    offsets[i] = codes.length;
    for (const key of keys(event)) {
      let code = codeOf.get(key);
      if (code === undefined) {
        code = names.push(key) - 1;
        codeOf.set(key, code);
      }
      codes.push(code);
    }
  });
  offsets[events.length] = codes.length;
  return { names, codes: Int32Array.from(codes), offsets };
}

/**
 * The folded text search looks in, per event in the index's order: title, summary, companies,
 * counterparty, evidence, source headlines and, once loaded, the full source texts.
 */
export function buildTextIndex(
  index: EventIndex,
  dataset: Dataset,
  sourceTexts?: ReadonlyMap<string, string>,
): readonly string[] {
  const companyName = new Map(dataset.companies.map((c) => [c.id, c.name]));
  const titles = new Map(dataset.sources.map((s) => [s.id, s.title]));
  return index.events.map(({ event }) =>
    fold(
      [
        event.title,
        event.summary,
        event.counterparty ?? "",
        ...event.companies.map((id) => companyName.get(id) ?? id),
        ...event.sources.map(
          (s) => `${s.evidence}\n${titles.get(s.id) ?? ""}\n${sourceTexts?.get(s.id) ?? ""}`,
        ),
      ].join("\n"),
    ),
  );
}
