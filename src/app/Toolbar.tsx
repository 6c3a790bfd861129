import type { RefObject } from "react";
import type { Locale } from "../i18n/locales.ts";
import type { EventHead } from "../model/timelineFile.ts";
import type { Details } from "./data/details.ts";
import { ExportButtons } from "./export/ExportButtons.tsx";
import { LanguageSwitch } from "./i18n/LanguageSwitch.tsx";
import { useI18n } from "./i18n/useI18n.ts";
import { CopyLinkButton } from "./share/CopyLinkButton.tsx";
import type { HistoryMode } from "./state/useViewState.ts";
import type { ViewState } from "./state/viewState.ts";

/**
 * The explorer's toolbar: the search, how many events are shown, the filters' drawer (on a
 * narrow screen), clearing every filter, the link, exports, the interface language, and the
 * choice of view and of lanes.
 */
export function Toolbar({
  view,
  update,
  searchRef,
  shown,
  total,
  canClear,
  onClearAll,
  drawer,
  onToggleDrawer,
  events,
  details,
  onChooseLocale,
}: {
  readonly view: ViewState;
  readonly update: (patch: Partial<ViewState>, mode: HistoryMode) => void;
  readonly searchRef: RefObject<HTMLInputElement | null>;
  /** How many events the filters leave, of `total`. */
  readonly shown: number;
  readonly total: number;
  readonly canClear: boolean;
  readonly onClearAll: () => void;
  readonly drawer: boolean;
  readonly onToggleDrawer: () => void;
  /** The events shown, for export. */
  readonly events: readonly EventHead[];
  readonly details: Details | undefined;
  readonly onChooseLocale: (locale: Locale) => void;
}) {
  const localizer = useI18n();
  const words = localizer.messages.toolbar;
  const shownOf = words.shownOf(total);
  return (
    <header className="toolbar">
      <h1>Exitline</h1>
      <label className="search">
        <span className="visually-hidden">{words.searchLabel}</span>
        <input
          ref={searchRef}
          type="search"
          placeholder={words.searchPlaceholder}
          value={view.query}
          onChange={(e) => update({ query: e.target.value }, "replace")}
        />
      </label>
      <p className="count" aria-live="polite">
        {shownOf[0] && shownOf[0]}
        <strong>{localizer.number(shown)}</strong>
        {shownOf[1]}
      </p>
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={drawer}
        aria-controls="filters"
        onClick={onToggleDrawer}
      >
        {words.filters}
      </button>
      <button type="button" onClick={onClearAll} disabled={!canClear}>
        {words.clearAll}
      </button>
      <CopyLinkButton label={words.copyLink} link={() => window.location.href} />
      <ExportButtons events={events} details={details} />
      <LanguageSwitch onChoose={onChooseLocale} />
      <div className="switch" role="group" aria-label={words.view}>
        <button
          type="button"
          aria-pressed={view.view === "timeline"}
          onClick={() => update({ view: "timeline" }, "replace")}
        >
          {words.timeline}
        </button>
        <button
          type="button"
          aria-pressed={view.view === "list"}
          onClick={() => update({ view: "list" }, "replace")}
        >
          {words.list}
        </button>
      </div>
      {view.view === "timeline" && (
        <div className="switch" role="group" aria-label={words.lanes}>
          <button
            type="button"
            aria-pressed={view.lanes === "company"}
            onClick={() => update({ lanes: "company" }, "replace")}
          >
            {words.byCompany}
          </button>
          <button
            type="button"
            aria-pressed={view.lanes === "type"}
            onClick={() => update({ lanes: "type" }, "replace")}
          >
            {words.byType}
          </button>
        </div>
      )}
    </header>
  );
}
