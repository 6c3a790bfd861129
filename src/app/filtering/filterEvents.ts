import type { EventHead } from "../../model/timelineFile.ts";
import type { EventType } from "../../model/eventType.ts";
import type { EventSpan } from "../../timeline/layout/eventSpan.ts";
import { fold } from "../../model/fold.ts";
import type { ViewState } from "../state/viewState.ts";
import { FACETS, type EventIndex, type IndexedEvent } from "./eventIndex.ts";

/** How many events each choice of a filter would show, given the other filters. */
export interface Facets {
  readonly companies: ReadonlyMap<string, number>;
  readonly countries: ReadonlyMap<string, number>;
  readonly types: ReadonlyMap<EventType, number>;
  readonly languages: ReadonlyMap<string, number>;
}

/** The filtered events, in time order, and the counts for every filter. */
export interface FilterResult {
  readonly events: readonly EventHead[];
  /** The dated ones among them, placed in time, for the timeline. */
  readonly spans: readonly EventSpan[];
  readonly facets: Facets;
}

type Filters = Pick<
  ViewState,
  "companies" | "countries" | "types" | "languages" | "from" | "to" | "query"
>;

// Clearing the last filter is the most common change: the whole dataset's result is kept per
// index, so coming back to it costs nothing, and keeps its identity for memos downstream.
const unfiltered = new WeakMap<EventIndex, FilterResult>();

/**
 * Applies the view's filters. Each facet's counts apply every filter but its own, so a user
 * sees what ticking one more box would add. `texts` (from `buildTextIndex`) is needed only when
 * the query is not empty. One pass over the index's integer columns, allocating nothing per event.
 * `withFacets: false` skips the counts, for a view that needs only the events.
 */
export function filterEvents(
  index: EventIndex,
  filters: Filters,
  texts?: readonly string[],
  withFacets = true,
): FilterResult {
  const tokens = fold(filters.query)
    .split(/[\s,.;:!?"'()«»“”]+/u)
    .filter(Boolean);
  const from = filters.from ? Date.parse(`${filters.from}T00:00:00Z`) : -Infinity;
  const to = filters.to ? Date.parse(`${filters.to}T23:59:59.999Z`) : Infinity;
  const dated = filters.from !== null || filters.to !== null;
  const columns = FACETS.map((facet) => index.facets[facet]);
  const chosen = FACETS.map((facet, f) => {
    const wanted = new Set<string>(filters[facet]);
    const names = columns[f]?.names ?? [];
    return wanted.size === 0 ? null : Uint8Array.from(names, (name) => (wanted.has(name) ? 1 : 0));
  });
  const open = !dated && tokens.length === 0 && chosen.every((flags) => flags === null);
  const known = open ? unfiltered.get(index) : undefined;
  if (known) return known;
  // The whole dataset's counts are computed with it, once, whoever asks first.
  const tallied = withFacets || open;
  const counts = columns.map((c) => new Int32Array(c.names.length));
  const events: EventHead[] = [];
  const spans: EventSpan[] = [];
  for (let i = 0; i < index.events.length; i++) {
    const e = index.events[i] as IndexedEvent;
    if (dated && (!e.range || e.range[1] < from || e.range[0] > to)) continue;
    if (tokens.length) {
      const text = texts?.[i] ?? "";
      if (!tokens.every((t) => text.includes(t))) continue;
    }
    let failing = 0;
    let failed = -1;
    for (let f = 0; f < 4 && failing < 2; f++) {
      const flags = chosen[f];
      if (!flags) continue;
      const { codes, offsets } = columns[f] as (typeof columns)[number];
      let pass = false;
      for (let k = offsets[i] as number; k < (offsets[i + 1] as number) && !pass; k++)
        pass = flags[codes[k] as number] === 1;
      if (!pass) {
        failing++;
        failed = f;
      }
    }
    // An event counts toward a facet's choices when only that facet (or nothing) excludes it.
    if (failing === 0) {
      events.push(e.event);
      if (e.span) spans.push(e.span);
    }
    if (failing > 1 || !tallied) continue;
    for (let f = 0; f < 4; f++) {
      if (failing === 1 && f !== failed) continue;
      const { codes, offsets } = columns[f] as (typeof columns)[number];
      const tally = counts[f] as Int32Array;
      for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++)
        tally[codes[k] as number] = (tally[codes[k] as number] ?? 0) + 1;
    }
  }
  const toMap = (f: number) => {
    const map = new Map<string, number>();
    const names = columns[f]?.names ?? [];
    (counts[f] as Int32Array).forEach((n, code) => n > 0 && map.set(names[code] as string, n));
    return map;
  };
  const result: FilterResult = {
    events,
    spans,
    facets: {
      companies: toMap(0),
      countries: toMap(1),
      types: toMap(2) as Map<EventType, number>,
      languages: toMap(3),
    },
  };
  if (open) unfiltered.set(index, result);
  return result;
}
