import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { eventTitle } from "../i18n/eventText.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Timeline } from "../model/timelineFile.ts";
import { extentOf, type EventSpan } from "../timeline/layout/eventSpan.ts";
import { useDataset } from "./data/useDataset.ts";
import { DetailPane } from "./detail/DetailPane.tsx";
import { ExportButtons } from "./export/ExportButtons.tsx";
import { CopyLinkButton } from "./share/CopyLinkButton.tsx";
import { buildEventIndex, buildTextIndex } from "./filtering/eventIndex.ts";
import { filterEvents } from "./filtering/filterEvents.ts";
import { useSearchTexts } from "./filtering/useSearchTexts.ts";
import { FilterPanel } from "./filters/FilterPanel.tsx";
import { LanguageSwitch } from "./i18n/LanguageSwitch.tsx";
import { useChooseLocale, useI18n } from "./i18n/useI18n.ts";
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
  const localizer = useI18n();
  const choose = useChooseLocale();
  const { messages } = localizer;
  // Back and Forward can bring a link's other language back.
  useEffect(() => {
    if (view.lang && view.lang !== localizer.locale) choose(view.lang);
  }, [view.lang, localizer.locale, choose]);
  const chooseLocale = useCallback(
    (locale: Locale) => {
      update({ lang: locale }, "replace");
      choose(locale);
    },
    [update, choose],
  );
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
  const titleOf = useCallback(
    (head: Parameters<typeof eventTitle>[0]) => eventTitle(head, companyName, localizer),
    [companyName, localizer],
  );
  const eventLabel = useCallback(
    (id: string) => {
      const head = index.byId.get(id)?.event;
      return head
        ? messages.timeline.label(localizer.text(titleOf(head)), localizer.when(head))
        : "";
    },
    [index, titleOf, localizer, messages],
  );
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
  const shownOf = messages.toolbar.shownOf(timeline.events.length);
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
      <header className="toolbar">
        <h1>Exitline</h1>
        <label className="search">
          <span className="visually-hidden">{messages.toolbar.searchLabel}</span>
          <input
            ref={search}
            type="search"
            placeholder={messages.toolbar.searchPlaceholder}
            value={view.query}
            onChange={(e) => update({ query: e.target.value }, "replace")}
          />
        </label>
        <p className="count" aria-live="polite">
          {shownOf[0] && shownOf[0]}
          <strong>{localizer.number(result.events.length)}</strong>
          {shownOf[1]}
        </p>
        <button
          type="button"
          className="filters-toggle"
          aria-expanded={drawer}
          aria-controls="filters"
          onClick={() => setDrawer(!drawer)}
        >
          {messages.toolbar.filters}
        </button>
        <button type="button" onClick={clearAll} disabled={!filtered && !view.query}>
          {messages.toolbar.clearAll}
        </button>
        <CopyLinkButton label={messages.toolbar.copyLink} link={() => window.location.href} />
        <ExportButtons events={ordered} details={details.data} />
        <LanguageSwitch onChoose={chooseLocale} />
        <div className="switch" role="group" aria-label={messages.toolbar.view}>
          <button
            type="button"
            aria-pressed={view.view === "timeline"}
            onClick={() => update({ view: "timeline" }, "replace")}
          >
            {messages.toolbar.timeline}
          </button>
          <button
            type="button"
            aria-pressed={view.view === "list"}
            onClick={() => update({ view: "list" }, "replace")}
          >
            {messages.toolbar.list}
          </button>
        </div>
        {view.view === "timeline" && (
          <div className="switch" role="group" aria-label={messages.toolbar.lanes}>
            <button
              type="button"
              aria-pressed={view.lanes === "company"}
              onClick={() => update({ lanes: "company" }, "replace")}
            >
              {messages.toolbar.byCompany}
            </button>
            <button
              type="button"
              aria-pressed={view.lanes === "type"}
              onClick={() => update({ lanes: "type" }, "replace")}
            >
              {messages.toolbar.byType}
            </button>
          </div>
        )}
      </header>
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
        <button type="button" className="drawer-close" onClick={() => setDrawer(false)}>
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
        {result.events.length === 0 ? (
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

function padded(extent: [number, number] | null): [number, number] {
  if (!extent) return [Date.UTC(2000, 0, 1), Date.UTC(2025, 0, 1)];
  const margin = Math.max(YEAR / 4, (extent[1] - extent[0]) * 0.04);
  return [extent[0] - margin, extent[1] + margin];
}
