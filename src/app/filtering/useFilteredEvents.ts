import { useDeferredValue, useMemo } from "react";
import type { EventHead } from "../../model/timelineFile.ts";
import type { EventSpan } from "../../timeline/layout/eventSpan.ts";
import type { Details } from "../data/details.ts";
import type { ViewState } from "../state/viewState.ts";
import { buildTextIndex, type EventIndex } from "./eventIndex.ts";
import { filterEvents, type Facets } from "./filterEvents.ts";
import { useSearchTexts } from "./useSearchTexts.ts";

/** The events a view shows, and the counts beside each filter choice. */
export interface FilteredEvents {
  /** The events under the view's filters, in time order. */
  readonly events: readonly EventHead[];
  /** The dated ones among them, placed in time. */
  readonly spans: readonly EventSpan[];
  /** Null until the deferred render that counts them. */
  readonly facets: Facets | null;
}

/**
 * The dataset's events under the view's filters. The search reads titles and companies at
 * first, then summaries and sources once `details` (events.json) is in, and the articles' full
 * texts, loaded the first time someone searches.
 *
 * The counts beside each filter choice are computed in a deferred render: the timeline and the
 * list show the filtered events first, and the counts follow a moment later. A prerendered page
 * already shows them, so the render that takes it over computes them at once.
 */
export function useFilteredEvents(
  index: EventIndex,
  view: ViewState,
  companyName: (id: string) => string,
  details: Details | undefined,
  prerendered: boolean,
): FilteredEvents {
  const texts = useSearchTexts(view.query !== "");
  const searching = view.query.trim() !== "";
  const textIndex = useMemo(
    () => (searching ? buildTextIndex(index, companyName, details, texts.data) : undefined),
    [searching, index, companyName, details, texts.data],
  );
  const { companies, countries, types, languages, from, to, query } = view;
  const filters = useMemo(
    () => ({ companies, countries, types, languages, from, to, query }),
    [companies, countries, types, languages, from, to, query],
  );
  const result = useMemo(
    () => filterEvents(index, filters, textIndex, false),
    [index, filters, textIndex],
  );
  const countedFilters = useDeferredValue(filters, prerendered ? undefined : null);
  const facets = useMemo(
    () => (countedFilters ? filterEvents(index, countedFilters, textIndex).facets : null),
    [index, countedFilters, textIndex],
  );
  return { events: result.events, spans: result.spans, facets };
}
