import { buildDateVocabulary } from "../time/dateVocabulary.ts";
import { compileDateMatcher, type DateMatcher } from "../time/dateMatcher.ts";
import type { ActionRule, Lexicon } from "../lexicon/types.ts";
import { CHINESE_PLACES } from "../lexicon/chinesePlaces.ts";

/** A lexicon turned into the regexes the extractor runs. */
export interface CompiledLexicon {
  readonly language: string;
  readonly spaced: boolean;
  readonly dropsSubjects: boolean;
  readonly capitalisesNouns: boolean;
  readonly verbFinal: boolean;
  readonly adjectivesFollow: boolean;
  /** Each rule with a sticky regex: which rule matched where `allActions` found a phrase. */
  readonly actions: readonly { readonly rule: ActionRule; readonly regex: RegExp }[];
  /**
   * The action patterns joined into a few regexes, most specific first, each with the index of
   * its first rule in `actions`: one pass of each finds every phrase.
   */
  readonly actionGroups: readonly { readonly regex: RegExp; readonly first: number }[];
  /** English label → regex of the service nouns it covers ("store" → librairie, magasin…). */
  readonly services: readonly { readonly label: string; readonly regex: RegExp }[];
  readonly china: RegExp;
  readonly mainland: RegExp;
  readonly merchant: RegExp;
  readonly anaphors: RegExp;
  readonly hedges: RegExp;
  /** Hedges matched on the unfolded text, case-insensitively. */
  readonly exactHedges: RegExp;
  /** Marks a sentence as set before the story ("had already", "earlier"). */
  readonly background: RegExp;
  /** Ends where a company named as a precedent begins ("after LinkedIn, …"). */
  readonly precedent: RegExp;
  /** Puts a sentence after the day of writing. */
  readonly future: RegExp;
  readonly reportedBy: RegExp;
  /** Ends where China is named as where something moves to. */
  readonly relocation: RegExp;
  /** Ends where a sale's buyer begins: "to (South Korea's)", "a (la surcoreana)". */
  readonly buyerBefore: RegExp;
  /** Getting round a block, beside a name of the censorship apparatus. */
  readonly circumvent: RegExp;
  /** Marks a move as an entry or expansion ("launches", "enters"). */
  readonly entries: RegExp;
  /** Words before (`before`) or after (`after`) a name that mark it as a company's. */
  readonly companyBefore: RegExp;
  readonly companyAfter: RegExp;
  /** Matches when an effective-date marker ends the text it is run on. */
  readonly effectiveBefore: RegExp;
  /** Matches when an effective-date marker starts the text it is run on. */
  readonly effectiveAfter: RegExp;
  readonly boilerplate: RegExp;
  readonly stopAt: RegExp;
  readonly outlet: readonly RegExp[];
  readonly countries: Readonly<Record<string, string>>;
  readonly dates: DateMatcher;
  /** Month-first numeric dates (3/8/2020 is 8 March) in this language. */
  readonly monthFirst: boolean;
}

// Languages whose press writes years in the Buddhist era.
const BUDDHIST_ERA = new Set(["th", "lo", "km"]);
// Languages whose business press writes two-digit years ("20年中に生産終了").
const SHORT_YEARS = new Set(["ja"]);

const WORD_START = "(?<![\\p{L}\\p{M}\\p{N}])";

// V8 runs a regex of more than about 16,000 characters in its interpreter, not as machine code:
// French's 28,000 characters of move phrases in one regex took nine times as long as in four.
const GROUP_CHARS = 8000;

/** Consecutive patterns in groups of at most `GROUP_CHARS` characters (a longer one alone). */
function groupActions(patterns: readonly string[]): { patterns: string[]; first: number }[] {
  const groups: { patterns: string[]; first: number }[] = [];
  let size = Infinity;
  patterns.forEach((pattern, index) => {
    const last = groups[groups.length - 1];
    if (!last || size + pattern.length > GROUP_CHARS) {
      groups.push({ patterns: [pattern], first: index });
      size = pattern.length;
    } else {
      last.patterns.push(pattern);
      size += pattern.length;
    }
  });
  return groups;
}

/** Compiles a lexicon; the result is cached by the caller, once per language. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const start = lexicon.spaced ? WORD_START + (lexicon.clitics ?? "") : "";
  // A quoted noun still ends a gap: sold its "memory business" (folding makes every quote ").
  const gap = lexicon.spaced ? '(?:\\s+\\S+){0,6}?\\s+"?' : ".{0,16}?";
  // "……" spans a long object: "removed more than 100 apps offering generative AI … from".
  const wideGap = lexicon.spaced ? "(?:\\s+\\S+){0,16}?\\s+" : ".{0,48}?";
  const nouns: Record<string, readonly string[]> = {
    ...lexicon.nouns,
    service: Object.values(lexicon.nouns.service).flat(),
  };
  const expand = (pattern: string) =>
    pattern
      .replace(/\s*……\s*/g, wideGap)
      .replace(/\s*…\s*/g, gap)
      .replace(/\{(\w+)\}/g, (_, name: string) => `(?:${(nouns[name] ?? ["(?!)"]).join("|")})`);
  // Lists that are searched with matchAll need the global flag; those only tested must not have it.
  const list = (items: readonly string[], flags: "gu" | "u", end = "") =>
    new RegExp(items.length ? `${start}(?:${items.join("|")})${end}` : "(?!)", flags);
  const lineStart = (items: readonly string[]) =>
    new RegExp(items.length ? `^[\\s\\p{P}]*(?:${items.join("|")})(?![\\p{L}])` : "(?!)", "u");
  return {
    language: lexicon.language,
    spaced: lexicon.spaced,
    dropsSubjects: lexicon.dropsSubjects ?? false,
    capitalisesNouns: lexicon.capitalisesNouns ?? false,
    verbFinal: lexicon.verbFinal ?? false,
    adjectivesFollow: lexicon.adjectivesFollow ?? false,
    actions: lexicon.actions.map((rule) => ({
      rule,
      regex: new RegExp(start + expand(rule.pattern), "uy"),
    })),
    // The word-start check stands once in front of each group, so a position inside a word is
    // turned down once rather than by every rule.
    actionGroups: groupActions(lexicon.actions.map((rule) => expand(rule.pattern))).map(
      ({ patterns, first }) => ({
        regex: new RegExp(`${start}(?:${patterns.map((p) => `(?:${p})`).join("|")})`, "gu"),
        first,
      }),
    ),
    services: Object.entries(lexicon.nouns.service).map(([label, items]) => ({
      label,
      regex: list(items, "u"),
    })),
    // Pinyin place names only where words are spaced: in Chinese or Japanese text a Latin
    // "Wuxi" inside another token is not a place.
    china: list(
      lexicon.spaced
        ? [...lexicon.china, ...CHINESE_PLACES.map((p) => `${p}(?![\\p{L}])`)]
        : lexicon.china,
      "gu",
    ),
    mainland: list(lexicon.mainland, "u"),
    merchant: list(lexicon.nouns.merchant, "u"),
    anaphors: list(lexicon.anaphors, "u", lexicon.spaced ? "(?![\\p{L}])" : ""),
    hedges: list(lexicon.hedges, "u"),
    exactHedges: new RegExp(
      lexicon.exactHedges?.length ? `${start}(?:${lexicon.exactHedges.join("|")})` : "(?!)",
      "iu",
    ),
    background: list(lexicon.background ?? [], "u"),
    precedent: new RegExp(
      lexicon.precedent?.length ? `${start}(?:${lexicon.precedent.join("|")})\\s+$` : "(?!)",
      "u",
    ),
    future: list(lexicon.future ?? [], "u", lexicon.spaced ? "(?![\\p{L}])" : ""),
    reportedBy: new RegExp(`^[\\s,、，]*(?:${(lexicon.reportedBy ?? ["(?!)"]).join("|")})`, "u"),
    relocation: new RegExp(
      lexicon.relocation?.length ? `${start}(?:${lexicon.relocation.join("|")})\\s*$` : "(?!)",
      "u",
    ),
    buyerBefore: new RegExp(
      lexicon.buyerBefore?.length
        ? `${start}(?:${lexicon.buyerBefore.join("|")})\\s+(?:[\\p{L}\\p{M}'’.-]+\\s+){0,3}$`
        : "(?!)",
      "u",
    ),
    entries: list(lexicon.entries ?? [], "gu"),
    circumvent: list(lexicon.circumvent ?? [], "u"),
    companyBefore: list(lexicon.companyMarkers?.before ?? [], "u"),
    companyAfter: list(lexicon.companyMarkers?.after ?? [], "u"),
    // Only short function words may stand between the marker and the date ("à partir du",
    // "effective on the"): "withdrew from China on 1 November" is not an effective date.
    effectiveBefore: new RegExp(
      `(?:${lexicon.effective.join("|") || "(?!)"})[\\s'",:]*(?:[\\p{L}]{1,3}[\\s'",:]+){0,2}$`,
      "u",
    ),
    effectiveAfter: new RegExp(
      `^['’]?[\\p{L}]{0,4}\\s*(?:${lexicon.effectiveAfter?.join("|") || "(?!)"})`,
      "u",
    ),
    boilerplate: lineStart(lexicon.boilerplate),
    stopAt: lineStart(lexicon.stopAt),
    outlet: lexicon.outlet.map((source) => new RegExp(source, "imu")),
    countries: lexicon.countries ?? {},
    dates: compileDateMatcher(
      buildDateVocabulary(lexicon.language, lexicon.dates, lexicon.spaced),
      {
        spaced: lexicon.spaced,
        buddhistEra: BUDDHIST_ERA.has(lexicon.language),
        shortYears: SHORT_YEARS.has(lexicon.language),
      },
    ),
    monthFirst: lexicon.language === "en",
  };
}
