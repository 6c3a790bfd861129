import type { EventType } from "../../model/eventType.ts";

/**
 * Words for one language that the extractor cannot get from CLDR. Month, weekday and
 * "yesterday / last year / 3 weeks ago" phrases come from the runtime's CLDR data
 * (`Intl`), so a lexicon holds only what CLDR lacks.
 *
 * Every entry is a regular-expression source matched against *folded* text: lowercased,
 * Latin diacritics and Arabic vowel marks removed, Arabic alef/yeh/teh-marbuta unified,
 * curly quotes made straight, every digit ASCII. Write patterns in that form ("cua hang",
 * not "cửa hàng"). Two shorthands: `…` is a gap of a few words, and `{service}`,
 * `{merchant}`, `{relation}`, `{stake}` stand for the noun lists below.
 */
export interface Lexicon {
  /** ISO 639-1 code. */
  readonly language: string;
  /** False for scripts written without spaces (zh, ja): gaps count characters, not words. */
  readonly spaced: boolean;
  /**
   * The language leaves out a subject the context gives ("2013年には…サービスを終了し"): a dated
   * closure, exit or halt that names no company is the last company's.
   */
  readonly dropsSubjects?: boolean;
  /** Every noun is written with a capital (de): a capital letter is no sign of a name. */
  readonly capitalisesNouns?: boolean;
  /**
   * The verb ends the clause (ja, ko, tr, hi, ur): a hedge anywhere in the sentence may govern
   * the move ("撤退する見通し"). Elsewhere a hedge well after the move is another clause's.
   */
  readonly verbFinal?: boolean;
  /**
   * Adjectives follow the noun (fr, es, it, pt): "le petit studio britannique Ndemic", "la
   * empresa texana Harlow", so one lower-case word may stand between a company marker and a name.
   */
  readonly adjectivesFollow?: boolean;
  /** Prefixes that attach to a word (Arabic و, ف): allowed before any pattern. */
  readonly clitics?: string;
  /** Country names the press uses that CLDR-derived lists lack ("Mỹ" → US). */
  readonly countries?: Readonly<Record<string, string>>;
  /** Noun lists the action patterns refer to. */
  readonly nouns: {
    /** Things a company can shut down, by the English word titles use: { store: [...], website: [...] }. */
    readonly service: Readonly<Record<string, readonly string[]>>;
    /** Sellers, merchants, vendors, suppliers, brands on a platform. */
    readonly merchant: readonly string[];
    /** Partnership, agreement, licence, integration, ties. */
    readonly relation: readonly string[];
    /** Stake, share, holding, percent. */
    readonly stake: readonly string[];
  };
  /** Phrases that report a move, most specific first; the first rule to match a span wins. */
  readonly actions: readonly ActionRule[];
  /** China, Chinese, mainland, and major Chinese cities, beyond the CLDR country name. */
  readonly china: readonly string[];
  /** Words that make "China" read as "mainland China" in a generated title. */
  readonly mainland: readonly string[];
  /** Noun phrases that refer back to a company already named: "the company", "the platform". */
  readonly anaphors: readonly string[];
  /** Words that make a sentence hearsay or a denial: "could", "denied", "talks", "rumour". */
  readonly hedges: readonly string[];
  /**
   * Hedges that folding would merge with a plain form, matched on the text as written: German
   * "könnte" (might) is a hedge, "konnte" (was able to) reports what happened.
   */
  readonly exactHedges?: readonly string[];
  /**
   * Words that set a sentence in the past relative to the story: "had already", "earlier",
   * "previously", "in the past", "two years later", "back in", "at the time", "since". Its
   * moves are background (passing mentions), and its dates never date the main event.
   */
  readonly background?: readonly string[];
  /**
   * Words right before a company that make it a precedent the news is compared with, not the
   * actor: "after LinkedIn, another brand pulls the plug", "dopo LinkedIn", "après LinkedIn".
   */
  readonly precedent?: readonly string[];
  /**
   * Words right before a sale's buyer, with up to three words between ("to South Korea's",
   * "a la surcoreana"): the company after them buys, so it is not the seller.
   */
  readonly buyerBefore?: readonly string[];
  /**
   * Words that end right before China when something moves there ("to move production to",
   * "pour délocaliser sa production vers"): a plant closed elsewhere to move to China is no
   * pull-back from it.
   */
  readonly relocation?: readonly string[];
  /**
   * Words that put a sentence after the day of writing ("will", "vai", "wird", "将"): a month
   * in it is the next one, never last year's, however deep in the article it stands.
   */
  readonly future?: readonly string[];
  /**
   * Words right after a date that make it the day of the report, not of the move: "3일 업계에
   * 따르면" (industry sources said on the 3rd). Such a date dates the article, like a dateline.
   */
  readonly reportedBy?: readonly string[];
  /** Getting round a block ("bypass", "contourner", "翻越"): see `ActionRule.backdrop`. */
  readonly circumvent?: readonly string[];
  /**
   * Words that make a move an entry or expansion, not a withdrawal: "launch", "enter",
   * "expand", "open … in China", "return to". A move phrase after one of them in the same
   * sentence is what the entry overcame ("returns after the ban was lifted"), not an event.
   */
  readonly entries?: readonly string[];
  /**
   * Words that mark an unknown name as a company. `before`: "شركة", "công ty", "компания";
   * `after`: "Inc", "GmbH", "公司", "株式会社", "şirketi". Patterns on folded text.
   */
  readonly companyMarkers?: {
    readonly before?: readonly string[];
    readonly after?: readonly string[];
  };
  /** Words just before a date that make it the date a change takes effect. */
  readonly effective: readonly string[];
  /** Words just after a date with the same meaning, for languages that put them there (tr "'dan itibaren", zh "起", ja "から"). */
  readonly effectiveAfter?: readonly string[];
  readonly dates: DateWords;
  /** Lines (or line starts) that are page furniture, not article text. */
  readonly boilerplate: readonly string[];
  /** Lines from which the rest of the file is not the article: comments, related stories. */
  readonly stopAt: readonly string[];
  /** Patterns naming the outlet; the `outlet` capture group is its name (on original text). */
  readonly outlet: readonly string[];
}

/** A phrase that reports one kind of move. */
export interface ActionRule {
  readonly type: EventType;
  readonly pattern: string;
  /** The thing acted on, in English, for generated titles: "direct sales", "its website". */
  readonly what?: string;
  /**
   * The phrase names the censorship apparatus ("the Great Firewall"): it reports a block unless
   * a `circumvent` word is beside it ("apps that get around the Great Firewall" are what Apple
   * removed, not what Beijing blocked).
   */
  readonly backdrop?: boolean;
  /**
   * A sale told from the buyer's side ("SK hynix will acquire Intel's NAND business"): the
   * seller, who acts, is the company named right after the phrase, whatever comes before it.
   */
  readonly sellerAfter?: boolean;
  /**
   * A sale of whatever the phrase names ("sell Motorola Mobility to…"): a move only when the
   * buyer right after it is a Chinese company or is named as Chinese ("au chinois Midea").
   */
  readonly buyerChinese?: boolean;
  /**
   * A supplier dropped by what is done to its goods ("replace Huawei equipment", "écartant le
   * chinois Huawei"): a move only when the company named inside the phrase or right after it
   * is Chinese. "Replace old equipment" drops no one.
   */
  readonly supplierChinese?: boolean;
  /**
   * The phrase tells the move from the side of what it is done to ("its apps had been removed
   * from the app store"): the company named before it undergoes the move, no one named there
   * makes it.
   */
  readonly undergone?: boolean;
}

/** Date words CLDR does not provide. */
export interface DateWords {
  /** Words allowed between the parts of one date: "de", "năm", "of". */
  readonly connectors: readonly string[];
  /** Words after (or before) a month name meaning its latest past occurrence: "dernier", "last". */
  readonly lastMonth: readonly string[];
  /** Words standing for an unspecified small count: "quelques", "vài", "a few". */
  readonly few: readonly string[];
  /** Number words: { "deux": 2 }. */
  readonly numbers: Readonly<Record<string, number>>;
  /** Unit words, singular and plural, including dual forms with their count. */
  readonly units: Readonly<Record<string, Unit | readonly [Unit, number]>>;
  /** Templates with `{n}` and `{unit}`, e.g. "{n} {unit} plus tot", relative to an anchor. */
  readonly relative: readonly RelativeTemplate[];
  /** Words after a relative phrase that re-anchor it on the date last mentioned: "đó". */
  readonly thatSuffix: readonly string[];
  /** Phrases meaning "of the same year" after a month: its year is the date last mentioned's. */
  readonly sameYear?: readonly string[];
  /** Words meaning "recently": the event is about the publication date. */
  readonly recent: readonly string[];
  /** When set, a weekday name counts only after one of these words (vi "thứ hai" is also "second"). */
  readonly weekdayPrefix?: readonly string[];
  /** Or only before one of these (tr "pazar günü": "pazar" alone is also "market"). */
  readonly weekdaySuffix?: readonly string[];
  /**
   * Words before a bare day/month with no year that make it a date, day first: vi "ngày 2/11",
   * "từ 15/11". Without one, "2/11" may as well be a score or a share.
   */
  readonly dayMonthPrefix?: readonly string[];
  /** Month forms CLDR lacks, January first (ru locative "апреле" in "в апреле"). */
  readonly months?: readonly (readonly string[])[];
  /** Ordinal words for days of the month ("الأول" in "الأول من مايو", "first" in "the first of May"). */
  readonly ordinals?: Readonly<Record<string, number>>;
  /** Phrases for a year relative to publication that CLDR lacks: { "지난해": -1, "올해": 0 }. */
  readonly years?: Readonly<Record<string, number>>;
  /** Weekday names CLDR lacks, Monday first (zh "周一"). */
  readonly weekdays?: readonly (readonly string[])[];
  /** Words for early / mid / late that make a month or year approximate. */
  readonly approximate: readonly string[];
}

/** A unit of relative time. */
export type Unit = "day" | "week" | "month" | "year";

/** A relative-date template. */
export interface RelativeTemplate {
  readonly pattern: string;
  /** -1 for "ago / earlier", +1 for "in / later". */
  readonly sign: -1 | 1;
  /** "publication" for "ago", "previous" for "earlier / before that". */
  readonly anchor: "publication" | "previous";
}
