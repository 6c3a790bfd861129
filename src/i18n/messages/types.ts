import type { CuratableEventField } from "../../model/dataset.ts";
import type { EventType } from "../../model/eventType.ts";
import type { DateFacts } from "../phrasing/types.ts";

/**
 * Every word of the interface in one language. Counted phrases are functions, so each language
 * chooses its plural forms (through `plural`) and its word order.
 */
export interface Messages {
  readonly shell: {
    readonly loading: string;
    readonly retry: string;
    /** Said before the technical detail of a failure, which stays in English. */
    readonly cannotLoad: string;
    readonly cannotShow: string;
  };
  readonly toolbar: {
    /** The skip link, the first tab stop, when the timeline is shown. */
    readonly skipToTimeline: string;
    /** The skip link when the list or an empty result is shown instead. */
    readonly skipToEvents: string;
    readonly searchLabel: string;
    readonly searchPlaceholder: string;
    /** The words before and after the number of events shown: ["", " of 12 events"]. */
    readonly shownOf: (total: number) => readonly [string, string];
    readonly filters: string;
    readonly clearAll: string;
    readonly copyLink: string;
    readonly view: string;
    readonly timeline: string;
    readonly list: string;
    readonly lanes: string;
    readonly byCompany: string;
    readonly byType: string;
    readonly language: string;
  };
  readonly notices: {
    /** Said before the technical detail, which stays in English. */
    readonly detailsFailed: string;
    readonly synthetic: string;
    readonly noSuchEvent: (id: string) => string;
    readonly dismiss: string;
    readonly noMatch: string;
    readonly clearFilters: string;
    readonly summaryFailed: string;
    readonly missingEvent: string;
  };
  readonly dates: {
    /** An event known only by its effective date: "effective 3 Aug 2020". */
    readonly effective: (date: DateFacts) => string;
    readonly undated: string;
  };
  readonly filters: {
    readonly done: string;
    readonly counting: string;
    readonly company: string;
    readonly country: string;
    readonly type: string;
    readonly language: string;
    readonly date: string;
    readonly from: string;
    readonly to: string;
    readonly useVisibleWindow: string;
    readonly findCompany: string;
    readonly noCompanyMatches: (needle: string) => string;
    /** How many events a choice would give. */
    readonly events: (count: number) => string;
    readonly showAll: (all: number, more: number) => string;
  };
  readonly list: {
    readonly label: string;
    readonly caption: (count: number) => string;
    readonly date: string;
    readonly company: string;
    readonly type: string;
    readonly event: string;
  };
  readonly types: Readonly<Record<EventType, string>>;
  readonly detail: {
    readonly close: string;
    readonly closeTitle: string;
    readonly loading: string;
    readonly announced: string;
    readonly effective: string;
    readonly notStated: string;
    /** Before how the pipeline found a date: "Basis:". */
    readonly basis: string;
    readonly companies: string;
    readonly onlyCompany: string;
    readonly counterparty: string;
    readonly countries: string;
    readonly onlyCountry: string;
    readonly confidence: string;
    /** " · curated: date, title" */
    readonly curated: (fields: readonly string[]) => string;
    readonly fields: Readonly<Record<CuratableEventField, string>>;
    readonly copyLink: string;
    readonly steps: string;
    readonly previous: string;
    readonly next: string;
    readonly sources: (count: number) => string;
    readonly moreFrom: (company: string) => string;
    readonly thisCompany: string;
  };
  readonly source: {
    readonly label: (language: string) => string;
    readonly published: (date: DateFacts) => string;
    readonly curated: string;
    readonly metadata: string;
    readonly mainStory: string;
    readonly passingMention: string;
    readonly show: string;
    readonly hide: string;
    readonly fullText: string;
    readonly loading: string;
    /** Said before the technical detail, which stays in English. */
    readonly cannotLoad: string;
  };
  readonly share: {
    /** A share page's link to the explorer open on its event. */
    readonly openInApp: (title: string) => string;
    /** A share page's links to the same event's page in each other language. */
    readonly otherLanguages: string;
    readonly copied: string;
    readonly failed: string;
  };
  readonly export: {
    readonly label: string;
    readonly csv: string;
    readonly json: string;
    readonly waiting: string;
  };
  readonly timeline: {
    readonly region: string;
    /** A mark's accessible name and tooltip: "Zoom exits the Chinese market, 3 Aug 2020". */
    readonly label: (title: string, when: string) => string;
    readonly cluster: (count: number, from: string, to: string) => string;
    readonly zoom: string;
    readonly zoomIn: string;
    readonly zoomInTitle: string;
    readonly zoomOut: string;
    readonly zoomOutTitle: string;
    readonly fitAll: string;
    readonly fitAllTitle: string;
    readonly scrollHint: string;
    readonly marks: string;
    readonly overview: string;
    readonly legend: string;
    readonly day: string;
    readonly band: string;
    readonly approximate: string;
    readonly effectiveDate: string;
    readonly undatedLabel: string;
    readonly undated: (count: number) => string;
    readonly undatedMore: (count: number) => string;
  };
}
