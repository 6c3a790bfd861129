import type { EventType } from "../../model/eventType.ts";
import { fold } from "../../model/fold.ts";
import type { TimelineEvent } from "../../model/dataset.ts";
import type { ViewState } from "../state/viewState.ts";
import type { EventIndex, IndexedEvent } from "./eventIndex.ts";

/** How many events each choice of a filter would show, given the other filters. */
export interface Facets {
  readonly companies: ReadonlyMap<string, number>;
  readonly countries: ReadonlyMap<string, number>;
  readonly types: ReadonlyMap<EventType, number>;
  readonly languages: ReadonlyMap<string, number>;
}

/** The filtered events, in the dataset's order, and the counts for every filter. */
export interface FilterResult {
  readonly events: readonly TimelineEvent[];
  readonly facets: Facets;
}

type Filters = Pick<
  ViewState,
  "companies" | "countries" | "types" | "languages" | "from" | "to" | "query"
>;
type Facet = "companies" | "countries" | "types" | "languages";

/**
 * Applies the view's filters. Each facet's counts apply every filter but its own, so a user
 * sees what ticking one more box would add. `texts` (from `buildTextIndex`) is needed only when
 * the query is not empty.
 */
export function filterEvents(
  index: EventIndex,
  filters: Filters,
  texts?: readonly string[],
): FilterResult {
  const tokens = fold(filters.query)
    .split(/[\s,.;:!?"'()«»“”]+/u)
    .filter(Boolean);
  const from = filters.from ? Date.parse(`${filters.from}T00:00:00Z`) : -Infinity;
  const to = filters.to ? Date.parse(`${filters.to}T23:59:59.999Z`) : Infinity;
  const dated = filters.from !== null || filters.to !== null;
  const sets = {
    companies: new Set(filters.companies),
    countries: new Set(filters.countries),
    types: new Set<string>(filters.types),
    languages: new Set(filters.languages),
  };
  const keys: Record<Facet, (e: IndexedEvent) => readonly string[]> = {
    companies: (e) => e.event.companies,
    countries: (e) => e.event.countries,
    types: (e) => [e.event.type],
    languages: (e) => e.languages,
  };
  const facetsOf = Object.keys(keys) as Facet[];
  const passes = (e: IndexedEvent, facet: Facet) =>
    sets[facet].size === 0 || keys[facet](e).some((k) => sets[facet].has(k));

  const counts: Record<Facet, Map<string, number>> = {
    companies: new Map(),
    countries: new Map(),
    types: new Map(),
    languages: new Map(),
  };
  const events: TimelineEvent[] = [];
  for (let i = 0; i < index.events.length; i++) {
    const e = index.events[i] as IndexedEvent;
    if (dated && (!e.range || e.range[1] < from || e.range[0] > to)) continue;
    const text = texts?.[i] ?? "";
    if (tokens.length && !tokens.every((t) => text.includes(t))) continue;
    const failing = facetsOf.filter((facet) => !passes(e, facet));
    if (failing.length === 0) events.push(e.event);
    // An event counts toward a facet's choices when only that facet (or nothing) excludes it.
    for (const facet of facetsOf) {
      if (failing.length === 0 || (failing.length === 1 && failing[0] === facet)) {
        for (const key of new Set(keys[facet](e)))
          counts[facet].set(key, (counts[facet].get(key) ?? 0) + 1);
      }
    }
  }
  return { events, facets: { ...counts, types: counts.types as Map<EventType, number> } };
}
