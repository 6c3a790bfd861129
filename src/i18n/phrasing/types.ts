import type { Precision } from "../../model/edtf.ts";
import type { EventType } from "../../model/eventType.ts";
import type { Locale } from "../locales.ts";
import type { Isolated, Phrase } from "../phrase.ts";

/** What a title is made of. */
export interface TitleFacts {
  /** The company that makes the move (for `blocked`, the company blocked). */
  readonly actor: Isolated;
  /** The other party, when named. */
  readonly party: Isolated | null;
  /**
   * The thing acted on, as the English lexicons name it ("direct sales", "its website",
   * "buys a stake in"): a key into the language's own terms, never shown as it is outside
   * English.
   */
  readonly what: string | null;
  /** Whether the sources say "mainland China". */
  readonly mainland: boolean;
}

/** A date ready for a sentence. */
export interface DateFacts {
  /** The date alone, in words at its precision: "3 août 2020", "vers mai 2021". */
  readonly text: string;
  readonly precision: Precision;
  readonly approximate: boolean;
}

/** What a summary is made of besides the title. */
export interface SummaryFacts {
  readonly title: Phrase;
  /** The announced (or only) date; null when the sources give none. */
  readonly date: DateFacts | null;
  readonly effective: DateFacts | null;
  /** How many articles report the event. */
  readonly sources: number;
  /** The articles' languages, named in this language, without repeats. */
  readonly languages: readonly string[];
}

/**
 * How one language words an event: a title per type, a summary, and dates at each precision.
 * The engine (describeEventText) knows no language; a language is added by adding one of these.
 */
export interface Phrasing {
  readonly locale: Locale;
  /** The title of an event of each type. */
  readonly title: { readonly [T in EventType]: (facts: TitleFacts) => Phrase };
  /** "Title. When. Reported by whom." */
  readonly summary: (facts: SummaryFacts) => Phrase;
  readonly dates: {
    /** A UTC instant at a precision: "3 Aug 2020", "juin 2021", "2021年". */
    readonly core: (ms: number, precision: Precision) => string;
    /** An approximate date: "about May 2021", "vers mai 2021", "vers le 3 août 2020". */
    readonly approximate: (core: string, precision: Precision) => string;
    /** A date known only to the year: "2021 (year only)". */
    readonly yearOnly: (core: string) => string;
  };
}
