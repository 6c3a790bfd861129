import { alternation, type DateVocabulary } from "./dateVocabulary.ts";

/** Matchers for one language, compiled once from its date vocabulary. */
export interface DateMatcher {
  readonly vocabulary: DateVocabulary;
  readonly months: RegExp;
  readonly weekdays: RegExp;
  readonly fixed: RegExp;
  readonly recent: RegExp;
  readonly sameYear: RegExp;
  readonly ordinals: RegExp;
  readonly gap: RegExp;
  readonly before: RegExp;
  readonly lastBefore: RegExp;
  readonly lastAfter: RegExp;
  readonly approximateBefore: RegExp;
  readonly thatAfter: RegExp;
  readonly weekdayPrefix: RegExp | null;
  /** A bare day/month after a word that makes it a date ("ngày 2/11"); null where none does. */
  readonly dayMonth: RegExp | null;
  readonly weekdaySuffix: RegExp | null;
  /** Matches where any relative template might ("two weeks ago", "il y a trois mois"). */
  readonly relative: RegExp;
  /** Matches any sentence that can hold a date; most sentences hold none and skip the rest. */
  readonly any: RegExp;
  /** Years are written in the Buddhist era (Thai, Lao, Khmer). */
  readonly buddhistEra: boolean;
  /** The press writes years with two digits and the year sign ("20年中"). */
  readonly shortYears: boolean;
}

// Left out of the prefilter: a check before every alternative is tried at every position, and
// what it turns down the templates themselves turn down later.
const WORD_START = /\(\?<!\[\\p\{L\}\\p\{M\}\\p\{N\}\]\)/g;

/** Compiles the regexes a vocabulary needs, once per language. */
export function compileDateMatcher(
  vocabulary: DateVocabulary,
  {
    spaced,
    buddhistEra = false,
    shortYears = false,
  }: { readonly spaced: boolean; readonly buddhistEra?: boolean; readonly shortYears?: boolean },
): DateMatcher {
  const b = spaced ? "(?<![\\p{L}\\p{M}\\p{N}])" : "";
  // The templates in one regex, their named groups made plain (a name may stand once only).
  const relative = new RegExp(
    vocabulary.templates
      .map(
        (t) => `(?:${t.regex.source.replace(/\(\?<[A-Za-z]\w*>/g, "(?:").replace(WORD_START, "")})`,
      )
      .join("|") || "(?!)",
    "u",
  );
  const e = spaced ? "(?![\\p{L}])" : "";
  const words = vocabulary.words;
  const joined = [...words.connectors, ...vocabulary.connectors];
  const connectors = joined.length ? `(?:${joined.join("|")})` : "(?!)";
  // Each month name guards its own end: "tháng 1" must not match "tháng 10", "mai" must not
  // match "maison", but "8月" is followed by the day's digits in "8月3日".
  const monthNames = [...vocabulary.months.keys()]
    .sort((x, y) => y.length - x.length)
    .map(
      (name) =>
        escapeRegex(name).replace(/\s+/g, "\\s*") +
        (/\d$/.test(name)
          ? "(?!\\d)"
          : // Tamil and Malayalam glue case endings on: "மே" (May) must not match "மேலும்".
            spaced && /[\p{Script=Tamil}\p{Script=Malayalam}]\u200d?$/u.test(name)
            ? "(?![\\p{L}\\p{M}])"
            : spaced &&
                /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}]$/u.test(
                  name,
                )
              ? "(?![\\p{L}])"
              : ""),
    );
  return {
    vocabulary,
    buddhistEra,
    shortYears,
    months: new RegExp(`${b}(?:${monthNames.join("|")})`, "gu"),
    weekdays: new RegExp(`${b}${alternation(vocabulary.weekdays.keys())}${e}`, "gu"),
    fixed: new RegExp(`${b}${alternation(vocabulary.fixed.keys())}${e}`, "gu"),
    recent: new RegExp(
      words.recent.length ? `${b}(?:${words.recent.join("|")})${e}` : "(?!)",
      "gu",
    ),
    ordinals: new RegExp(`${b}${alternation(Object.keys(words.ordinals ?? {}))}${e}`, "gu"),
    sameYear: new RegExp(
      words.sameYear?.length ? `${b}(?:${words.sameYear.join("|")})${e}` : "(?!)",
      "gu",
    ),
    gap: new RegExp(`^(?:[\\s,./\\-]|${connectors}(?![\\p{L}]))*$`, "u"),
    // Where words are not spaced, the word before the connector touches it ("เมื่อปี 2553"), and
    // a space before the number sets it apart as Thai does; "在2000家" is a count.
    before: new RegExp(
      spaced ? `(?:^|[\\s(,])(?:${connectors}|[(])\\s*$` : `(?:${connectors})\\s+$|[(]\\s*$`,
      "u",
    ),
    lastBefore: new RegExp(`(?:${words.lastMonth.join("|") || "(?!)"})\\s*$`, "u"),
    lastAfter: new RegExp(`^\\s*(?:${words.lastMonth.join("|") || "(?!)"})${e}`, "u"),
    approximateBefore: new RegExp(
      `(?:${words.approximate.join("|") || "(?!)"})[\\s-]*(?:de |du |of |d')?\\s*$`,
      "u",
    ),
    thatAfter: new RegExp(`^\\s*(?:${words.thatSuffix.join("|") || "(?!)"})${e}`, "u"),
    weekdayPrefix: words.weekdayPrefix?.length
      ? new RegExp(`(?:${words.weekdayPrefix.join("|")})\\s*$`, "u")
      : null,
    weekdaySuffix: words.weekdaySuffix?.length
      ? new RegExp(`^\\s*(?:${words.weekdaySuffix.join("|")})`, "u")
      : null,
    dayMonth: words.dayMonthPrefix?.length
      ? new RegExp(
          `(?<![\\p{L}\\d])(?:${words.dayMonthPrefix.join("|")})\\s+(?<day>\\d{1,2})[/.](?<month>\\d{1,2})(?![/.]?\\d)`,
          "gu",
        )
      : null,
    relative,
    // Every date expression has a digit, a month or weekday name, a CLDR relative phrase, an
    // ordinal, or a whole relative template. A count word alone ("a", "un") is in most sentences.
    any: new RegExp(
      [
        "\\d",
        ...monthNames,
        alternation(vocabulary.weekdays.keys()),
        alternation(vocabulary.fixed.keys()),
        alternation(Object.keys(words.ordinals ?? {})),
        ...words.recent,
        ...(words.sameYear ?? []),
        relative.source,
      ].join("|"),
      "u",
    ),
  };
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
