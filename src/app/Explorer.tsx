import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import type { Timeline, EventHead } from "../model/timelineFile.ts";
import { describeDate } from "../model/describeDate.ts";
import { extentOf, type EventSpan } from "../timeline/layout/eventSpan.ts";
import { useDataset } from "./data/useDataset.ts";
import { DetailPane } from "./detail/DetailPane.tsx";
import { ExportButtons } from "./export/ExportButtons.tsx";
import { CopyLinkButton } from "./share/CopyLinkButton.tsx";
import { buildEventIndex, buildTextIndex } from "./filtering/eventIndex.ts";
import { filterEvents } from "./filtering/filterEvents.ts";
import { useSearchTexts } from "./filtering/useSearchTexts.ts";
import { FilterPanel } from "./filters/FilterPanel.tsx";
import { EventTable } from "./list/EventTable.tsx";
import { revealEvent } from "./state/revealEvent.ts";
import { useViewState, type HistoryMode } from "./state/useViewState.ts";
import type { ViewState } from "./state/viewState.ts";
import { Legend } from "./timeline/Legend.tsx";
import { TimelineFallback } from "./timeline/TimelineFallback.tsx";
import { TIMELINE_ID, TimelinePanel } from "./timeline/TimelinePanel.tsx";
import { UndatedList } from "./timeline/UndatedList.tsx";

const YEAR = 365 * 86_400_000;

/** The explorer: filters, timeline or list, and the selected event's details, all in the URL. */
export function Explorer({
  timeline,
  prerendered = false,
}: {
  readonly timeline: Timeline;
  /** Whether this first render must match the page prerendered at build time (see Root). */
  readonly prerendered?: boolean;
}) {
  // Every event's place in time and facets, computed once per dataset and shared by every view.
  const index = useMemo(() => buildEventIndex(timeline), [timeline]);
  // events.json (summaries, sources, evidence) is requested once this first view is up.
  const details = useDataset();
  const reveal = useCallback(
    (state: ViewState, id: string | null = state.event) => {
      const span = id ? index.byId.get(id)?.span : null;
      return span
        ? revealEvent(state.window, {
            start: span.main.start,
            end: span.effective?.end ?? span.main.end,
          })
        : state.window;
    },
    [index],
  );
  const normalise = useCallback(
    (state: ViewState) => ({ ...state, window: reveal(state) }),
    [reveal],
  );
  const [view, update] = useViewState(normalise);
  const [drawer, setDrawer] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | SVGElement | null>(null);
  const texts = useSearchTexts(view.query !== "");
  const companyById = useMemo(() => new Map(timeline.companies.map((c) => [c.id, c])), [timeline]);
  const companyName = useCallback((id: string) => companyById.get(id)?.name ?? id, [companyById]);
  const searching = view.query.trim() !== "";
  // Until events.json is in, search looks at titles and companies; it widens when it arrives.
  const textIndex = useMemo(
    () => (searching ? buildTextIndex(index, companyName, details.data, texts.data) : undefined),
    [searching, index, companyName, details.data, texts.data],
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
  // The counts beside each filter choice are computed in a deferred render: the timeline and the
  // list show the filtered events first, and the counts follow a moment later. A prerendered page
  // already shows them, so the render that takes it over computes them at once.
  const countedFilters = useDeferredValue(filters, prerendered ? undefined : null);
  const facets = useMemo(
    () => (countedFilters ? filterEvents(index, countedFilters, textIndex).facets : null),
    [index, countedFilters, textIndex],
  );
  // The index is in time order, so the filtered events already are.
  const ordered = result.events;
  const spans = result.spans;
  const undated = useMemo(() => ordered.filter((e) => !e.date && !e.effective), [ordered]);
  const extent = useMemo(
    () => padded(extentOf(index.events.flatMap((e): EventSpan[] => (e.span ? [e.span] : [])))),
    [index],
  );
  const eventLabel = useCallback((id: string) => label(index.byId.get(id)?.event), [index]);
  const selected = view.event ? (index.byId.get(view.event)?.event ?? null) : null;
  const everyEvent = useMemo(() => index.events.map((e) => e.event), [index]);

  const select = useCallback(
    (id: string) => {
      const active = document.activeElement;
      if (!returnFocus.current && (active instanceof HTMLElement || active instanceof SVGElement))
        returnFocus.current = active;
      update({ event: id, window: reveal(view, id) }, "push");
    },
    [update, reveal, view],
  );
  const close = useCallback(() => {
    update({ event: null }, "push");
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back?.isConnected) back.focus();
  }, [update]);
  const onWindow = useCallback(
    (window: [number, number] | null, mode: HistoryMode) => update({ window }, mode),
    [update],
  );
  const setFilters = useCallback((patch: Partial<ViewState>) => update(patch, "replace"), [update]);
  const clearAll = () =>
    update(
      { companies: [], countries: [], types: [], languages: [], from: null, to: null, query: "" },
      "replace",
    );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing =
        event.target instanceof HTMLElement && event.target.closest("input, textarea, select");
      if (event.key === "/" && !typing) {
        event.preventDefault();
        search.current?.focus();
      } else if (event.key === "Escape") {
        if (drawer) setDrawer(false);
        else if (view.event) close();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [close, drawer, view.event]);

  const filtered = result.events.length !== timeline.events.length;
  const timelineShown = result.events.length > 0 && view.view === "timeline";
  const typesShown = useMemo(() => [...new Set(timeline.events.map((e) => e.type))], [timeline]);
  return (
    <div className={`explorer${view.event ? " has-detail" : ""}${drawer ? " drawer-open" : ""}`}>
      {/* The first tab stop: the next Tab reaches the timeline's current event, not the toolbar. */}
      <a
        className="skip-link"
        href={timelineShown ? `#${TIMELINE_ID}` : "#main"}
        onClick={(event) => {
          // Focus moves without a fragment in the URL, which holds only the view's state.
          event.preventDefault();
          document.getElementById(timelineShown ? TIMELINE_ID : "main")?.focus();
        }}
      >
        {timelineShown ? "Skip to timeline" : "Skip to events"}
      </a>
      <header className="toolbar">
        <h1>Exitline</h1>
        <label className="search">
          <span className="visually-hidden">Search events and articles</span>
          <input
            ref={search}
            type="search"
            placeholder="Search titles, companies, articles  ( / )"
            value={view.query}
            onChange={(e) => update({ query: e.target.value }, "replace")}
          />
        </label>
        <p className="count" aria-live="polite">
          <strong>{result.events.length}</strong> of {timeline.events.length} events
        </p>
        <button
          type="button"
          className="filters-toggle"
          aria-expanded={drawer}
          aria-controls="filters"
          onClick={() => setDrawer(!drawer)}
        >
          Filters
        </button>
        <button type="button" onClick={clearAll} disabled={!filtered && !view.query}>
          Clear all
        </button>
        <CopyLinkButton label="Copy link" link={() => window.location.href} />
        <ExportButtons events={ordered} details={details.data} />
        <div className="switch" role="group" aria-label="View">
          <button
            type="button"
            aria-pressed={view.view === "timeline"}
            onClick={() => update({ view: "timeline" }, "replace")}
          >
            Timeline
          </button>
          <button
            type="button"
            aria-pressed={view.view === "list"}
            onClick={() => update({ view: "list" }, "replace")}
          >
            List
          </button>
        </div>
        {view.view === "timeline" && (
          <div className="switch" role="group" aria-label="Lanes">
            <button
              type="button"
              aria-pressed={view.lanes === "company"}
              onClick={() => update({ lanes: "company" }, "replace")}
            >
              By company
            </button>
            <button
              type="button"
              aria-pressed={view.lanes === "type"}
              onClick={() => update({ lanes: "type" }, "replace")}
            >
              By type
            </button>
          </div>
        )}
      </header>
      {details.error && (
        <div className="notice" role="alert">
          Event details could not be loaded: {details.error.message}{" "}
          <button
            type="button"
            className="link"
            onClick={() => void details.refetch()}
            disabled={details.isFetching}
          >
            Retry
          </button>
        </div>
      )}
      {timeline.synthetic && (
        <p className="synthetic-banner" role="note">
          Synthetic benchmark data: these events are generated and are not real.
        </p>
      )}
      <nav id="filters" className="filters" aria-label="Filters">
        <button type="button" className="drawer-close" onClick={() => setDrawer(false)}>
          Done
        </button>
        <FilterPanel
          timeline={timeline}
          view={view}
          facets={facets}
          visibleWindow={view.window ?? extent}
          onChange={setFilters}
        />
      </nav>
      <main className="main" id="main" tabIndex={-1}>
        {view.event && !selected && (
          <div className="notice" role="alert">
            No such event: “{view.event}”. It may have been removed or renamed since the link was
            made.{" "}
            <button
              type="button"
              className="link"
              onClick={() => update({ event: null }, "replace")}
            >
              Dismiss
            </button>
          </div>
        )}
        {result.events.length === 0 ? (
          <div className="empty" role="status">
            <p>No events match these filters.</p>
            <button type="button" onClick={clearAll}>
              Clear filters
            </button>
          </div>
        ) : view.view === "timeline" ? (
          <section className="timeline" role="region" aria-label="Timeline">
            <Legend types={typesShown} />
            <TimelinePanel
              spans={spans}
              extent={extent}
              lanes={view.lanes}
              window={view.window}
              selectedId={view.event}
              companyName={companyName}
              eventLabel={eventLabel}
              onWindow={onWindow}
              onSelect={select}
              fallback={
                prerendered ? <TimelineFallback events={ordered} companyName={companyName} /> : null
              }
            />
            <UndatedList
              events={undated}
              selectedId={view.event}
              onSelect={select}
              onShowAll={() => update({ view: "list" }, "replace")}
            />
          </section>
        ) : (
          <EventTable
            events={ordered}
            companyName={companyName}
            selectedId={view.event}
            onSelect={select}
          />
        )}
      </main>
      {selected && (
        <DetailPane
          head={selected}
          event={details.data?.events.get(selected.id)}
          problem={
            details.error
              ? "The summary and sources could not be loaded."
              : details.data && !details.data.events.has(selected.id)
                ? "This event is missing from events.json: the data files are from different builds. Rebuild to fix it."
                : null
          }
          sources={details.data?.sources ?? NO_SOURCES}
          companies={companyById}
          events={everyEvent}
          ordered={ordered}
          onSelect={select}
          onClose={close}
          onFilterCompany={(id) => update({ companies: [id] }, "replace")}
          onFilterCountry={(code) => update({ countries: [code] }, "replace")}
        />
      )}
    </div>
  );
}

const NO_SOURCES = new Map<string, never>();

function label(event: EventHead | undefined): string {
  if (!event) return "";
  const date = event.date
    ? describeDate(event.date)
    : event.effective
      ? `effective ${describeDate(event.effective)}`
      : "undated";
  return `${event.title}, ${date}`;
}

function padded(extent: [number, number] | null): [number, number] {
  if (!extent) return [Date.UTC(2000, 0, 1), Date.UTC(2025, 0, 1)];
  const margin = Math.max(YEAR / 4, (extent[1] - extent[0]) * 0.04);
  return [extent[0] - margin, extent[1] + margin];
}
