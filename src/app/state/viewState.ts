import { isLocale, type Locale } from "../../i18n/locales.ts";
import { EVENT_TYPES, type EventType } from "../../model/eventType.ts";

/** How the timeline groups its lanes. */
export type LaneMode = "company" | "type";
/** Which view shows the filtered events. */
export type ViewMode = "timeline" | "list";

/** Everything a shared link restores: selection, filters, search, visible window, modes. */
export interface ViewState {
  readonly event: string | null;
  readonly companies: readonly string[];
  readonly countries: readonly string[];
  readonly types: readonly EventType[];
  readonly languages: readonly string[];
  /** Date-range filter bounds, inclusive days (YYYY-MM-DD). */
  readonly from: string | null;
  readonly to: string | null;
  readonly query: string;
  /** Visible time window in UTC milliseconds; null fits everything. */
  readonly window: readonly [number, number] | null;
  readonly lanes: LaneMode;
  readonly view: ViewMode;
  /**
   * The interface language when the link names one or the reader chose one; null leaves it to
   * the browser's preferences, so a link shared without a choice opens in each reader's own.
   */
  readonly lang: Locale | null;
}

/** The view a bare URL opens. */
export const DEFAULT_VIEW: ViewState = {
  event: null,
  companies: [],
  countries: [],
  types: [],
  languages: [],
  from: null,
  to: null,
  query: "",
  window: null,
  lanes: "company",
  view: "timeline",
  lang: null,
};

/** The URL format's version; links without `v` are version 1. */
export const VIEW_STATE_VERSION = 1;

const ID = /^[a-z0-9][a-z0-9_-]{0,120}$/;
const COUNTRY = /^[A-Z]{2}$/;
const LANGUAGE = /^[a-z]{2,3}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_QUERY = 200;

/**
 * Reads a view from a query string. Never throws: a malformed or unknown value falls back to its
 * default, so a damaged link still opens the app.
 */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const version = Number(params.get("v") ?? VIEW_STATE_VERSION);
  // Later versions rename parameters here, so that old links keep working.
  if (!Number.isInteger(version) || version < 1) return DEFAULT_VIEW;
  const list = (key: string, valid: RegExp) =>
    [
      ...new Set(
        (params.get(key) ?? "")
          .split(",")
          .map((s) => s.trim())
          .filter((s) => valid.test(s)),
      ),
    ].sort();
  const day = (key: string) => {
    const value = params.get(key);
    return value && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
      ? value
      : null;
  };
  const event = params.get("e");
  const lanes = params.get("lanes");
  const view = params.get("view");
  const lang = params.get("lang");
  return {
    event: event && ID.test(event) ? event : null,
    companies: list("c", ID),
    countries: list("n", COUNTRY),
    types: list("t", /^[a-z-]+$/).filter((t): t is EventType =>
      (EVENT_TYPES as readonly string[]).includes(t),
    ),
    languages: list("l", LANGUAGE),
    from: day("from"),
    to: day("to"),
    // U+FFFD means the link's percent-encoding was broken: that search is not what was shared.
    // A cut inside an emoji would leave half a character, which the next link writes as U+FFFD.
    query: (params.get("q") ?? "").includes("\uFFFD")
      ? ""
      : (params.get("q") ?? "").slice(0, MAX_QUERY).replace(/[\uD800-\uDBFF]$/, ""),
    window: parseWindow(params.get("w")),
    lanes: lanes === "type" ? "type" : "company",
    view: view === "list" ? "list" : "timeline",
    lang: isLocale(lang) ? lang : null,
  };
}

/** Writes a view as a query string holding only what differs from the defaults ("" for none). */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const join = (values: readonly string[]) => [...values].sort().join(",");
  if (state.event) params.set("e", state.event);
  if (state.companies.length) params.set("c", join(state.companies));
  if (state.countries.length) params.set("n", join(state.countries));
  if (state.types.length) params.set("t", join(state.types));
  if (state.languages.length) params.set("l", join(state.languages));
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.query) params.set("q", state.query);
  if (state.window) params.set("w", `${isoDay(state.window[0])}..${isoDay(state.window[1])}`);
  if (state.lanes !== DEFAULT_VIEW.lanes) params.set("lanes", state.lanes);
  if (state.view !== DEFAULT_VIEW.view) params.set("view", state.view);
  if (state.lang) params.set("lang", state.lang);
  if ([...params.keys()].length === 0) return "";
  params.set("v", String(VIEW_STATE_VERSION));
  return `?${params.toString().replace(/%2C/g, ",")}`;
}

// A window is stored to the day: links stay short and the view they restore is the same.
function parseWindow(value: string | null): readonly [number, number] | null {
  const match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value ?? "");
  if (!match) return null;
  const start = Date.parse(`${match[1]}T00:00:00Z`);
  const end = Date.parse(`${match[2]}T00:00:00Z`);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return null;
  return [start, end];
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
