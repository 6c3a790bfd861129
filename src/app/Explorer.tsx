import { useCallback, useMemo, useRef, useState } from "react";
import type { Timeline } from "../model/timelineFile.ts";
import { extentOf, type EventSpan } from "../timeline/layout/eventSpan.ts";
import { useDataset } from "./data/useDataset.ts";
import { DetailPane } from "./detail/DetailPane.tsx";
import { buildEventIndex } from "./filtering/eventIndex.ts";
import { useFilteredEvents } from "./filtering/useFilteredEvents.ts";
import { FilterPanel } from "./filters/FilterPanel.tsx";
import { useI18n } from "./i18n/useI18n.ts";
import { useLinkedLocale } from "./i18n/useLinkedLocale.ts";
import { EventTable } from "./list/EventTable.tsx";
import { revealEvent } from "./state/revealEvent.ts";
import { useEventSelection } from "./state/useEventSelection.ts";
import { useViewState, type HistoryMode } from "./state/useViewState.ts";
import type { ViewState } from "./state/viewState.ts";
import { Legend } from "./timeline/Legend.tsx";
import { TimelineFallback } from "./timeline/TimelineFallback.tsx";
import { useEventLabel } from "./timeline/useEventLabel.ts";
import { TIMELINE_ID, TimelinePanel } from "./timeline/TimelinePanel.tsx";
import { paddedExtent } from "./timeline/timeWindow.ts";
import { UndatedList } from "./timeline/UndatedList.tsx";
import { Toolbar } from "./Toolbar.tsx";
import { useExplorerKeys } from "./useExplorerKeys.ts";

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
  const localizer = useI18n();
  const { messages } = localizer;
  const chooseLocale = useLinkedLocale(view.lang, update);
  const [drawer, setDrawer] = useState(false);
  const closeDrawer = useCallback(() => setDrawer(false), []);
  const searchRef = useRef<HTMLInputElement>(null);
  const companyById = useMemo(() => new Map(timeline.companies.map((c) => [c.id, c])), [timeline]);
  const companyName = useCallback((id: string) => companyById.get(id)?.name ?? id, [companyById]);
  const {
    events: ordered,
    spans,
    facets,
  } = useFilteredEvents(index, view, companyName, details.data, prerendered);
  const undated = useMemo(() => ordered.filter((e) => !e.date && !e.effective), [ordered]);
  const extent = useMemo(
    () =>
      paddedExtent(extentOf(index.events.flatMap((e): EventSpan[] => (e.span ? [e.span] : [])))),
    [index],
  );
  const eventLabel = useEventLabel(index.byId, companyName);
  const selected = view.event ? (index.byId.get(view.event)?.event ?? null) : null;
  const everyEvent = useMemo(() => index.events.map((e) => e.event), [index]);
  const { select, close } = useEventSelection(view, update, reveal);
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
  useExplorerKeys({
    searchRef,
    drawer,
    closeDrawer,
    detail: view.event !== null,
    closeDetail: close,
  });

  const filtered = ordered.length !== timeline.events.length;
  const timelineShown = ordered.length > 0 && view.view === "timeline";
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
        {timelineShown ? messages.toolbar.skipToTimeline : messages.toolbar.skipToEvents}
      </a>
      <Toolbar
        view={view}
        update={update}
        searchRef={searchRef}
        shown={ordered.length}
        total={timeline.events.length}
        canClear={filtered || view.query !== ""}
        onClearAll={clearAll}
        drawer={drawer}
        onToggleDrawer={() => setDrawer(!drawer)}
        events={ordered}
        details={details.data}
        onChooseLocale={chooseLocale}
      />
      {details.error && (
        <div className="notice" role="alert">
          {messages.notices.detailsFailed}{" "}
          <span lang="en" dir="ltr">
            {details.error.message}
          </span>{" "}
          <button
            type="button"
            className="link"
            onClick={() => void details.refetch()}
            disabled={details.isFetching}
          >
            {messages.shell.retry}
          </button>
        </div>
      )}
      {timeline.synthetic && (
        <p className="synthetic-banner" role="note">
          {messages.notices.synthetic}
        </p>
      )}
      <nav id="filters" className="filters" aria-label={messages.toolbar.filters}>
        <button type="button" className="drawer-close" onClick={closeDrawer}>
          {messages.filters.done}
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
            {messages.notices.noSuchEvent(view.event)}{" "}
            <button
              type="button"
              className="link"
              onClick={() => update({ event: null }, "replace")}
            >
              {messages.notices.dismiss}
            </button>
          </div>
        )}
        {ordered.length === 0 ? (
          <div className="empty" role="status">
            <p>{messages.notices.noMatch}</p>
            <button type="button" onClick={clearAll}>
              {messages.notices.clearFilters}
            </button>
          </div>
        ) : view.view === "timeline" ? (
          <section className="timeline" role="region" aria-label={messages.timeline.region}>
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
              companyName={companyName}
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
              ? messages.notices.summaryFailed
              : details.data && !details.data.events.has(selected.id)
                ? messages.notices.missingEvent
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
