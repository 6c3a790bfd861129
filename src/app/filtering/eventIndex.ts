import { fold } from "../../model/fold.ts";
import type { Details } from "../data/details.ts";
import {
  timeOrder,
  type EventHead,
  type FacetColumn,
  type Timeline,
} from "../../model/timelineFile.ts";
import { spanOf, type EventSpan } from "../../timeline/layout/eventSpan.ts";

/** An event with what filtering needs, computed once per dataset. */
export interface IndexedEvent {
  readonly event: EventHead;
  /** Its place on the timeline; null when undated. */
  readonly span: EventSpan | null;
  /** Earliest and latest instant of its announced or effective date; null when undated. */
  readonly range: readonly [number, number] | null;
}

export type { FacetColumn };

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
export function buildEventIndex(timeline: Timeline): EventIndex {
  // timeline.json is written in this order, so the sort finds it sorted and the columns are
  // taken as they are; a file in another order still works, at the cost of reordering.
  const order = timeOrder(timeline.events);
  const sorted = order.every((at, i) => at === i);
  const events = Array.from(order, (at): IndexedEvent => {
    const event = timeline.events[at] as EventHead;
    const span = spanOf(event);
    if (!span) return { event, span, range: null };
    const { main, effective } = span;
    // An effective date may come before the announcement: the range covers both.
    const range = [
      Math.min(main.start, effective?.start ?? Infinity),
      Math.max(main.end, effective?.end ?? -Infinity),
    ] as const;
    return { event, span, range };
  });
  const reorder = (column: FacetColumn) => (sorted ? column : permute(column, order));
  return {
    events,
    byId: new Map(events.map((e) => [e.event.id, e])),
    facets: {
      companies: reorder(timeline.facets.companies),
      countries: reorder(timeline.facets.countries),
      types: typeColumn(events),
      languages: reorder(timeline.facets.languages),
    },
  };
}

/** The column with its events' rows in `order`. */
function permute(column: FacetColumn, order: Int32Array): FacetColumn {
  const offsets = new Int32Array(order.length + 1);
  const codes = new Int32Array(column.codes.length);
  let k = 0;
  order.forEach((from, i) => {
    offsets[i] = k;
    for (let j = column.offsets[from] ?? 0; j < (column.offsets[from + 1] ?? 0); j++)
      codes[k++] = column.codes[j] ?? 0;
  });
  offsets[order.length] = k;
  return { names: column.names, codes, offsets };
}

function typeColumn(events: readonly IndexedEvent[]): FacetColumn {
  const names: string[] = [];
  const codeOf = new Map<string, number>();
  const codes = Int32Array.from(events, ({ event }) => {
    let code = codeOf.get(event.type);
    if (code === undefined) {
      code = names.push(event.type) - 1;
      codeOf.set(event.type, code);
    }
    return code;
  });
  return { names, codes, offsets: Int32Array.from({ length: events.length + 1 }, (_, i) => i) };
}

/**
 * The folded text search looks in, per event in the index's order: title and companies, and
 * once events.json is in, summary, counterparty, evidence, source headlines and, once loaded,
 * the full source texts.
 */
export function buildTextIndex(
  index: EventIndex,
  companyName: (id: string) => string,
  details?: Details,
  sourceTexts?: ReadonlyMap<string, string>,
): readonly string[] {
  return index.events.map(({ event: head }) => {
    const event = details?.events.get(head.id);
    return fold(
      [
        head.title,
        ...head.companies.map(companyName),
        event?.summary ?? "",
        event?.counterparty ?? "",
        ...(event?.sources ?? []).map(
          (s) =>
            `${s.evidence}\n${details?.sources.get(s.id)?.title ?? ""}\n${sourceTexts?.get(s.id) ?? ""}`,
        ),
      ].join("\n"),
    );
  });
}
