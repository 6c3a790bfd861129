import { fold } from "../../model/fold.ts";
import type { DateWords, Unit } from "../lexicon/types.ts";

/** A fixed relative phrase: "hier", "l'année dernière", "قبل شهرين". */
export interface FixedRelative {
  readonly unit: Unit;
  readonly offset: number;
}

/** Everything the date finder knows about one language, CLDR first, lexicon second. */
export interface DateVocabulary {
  /** Folded month name → 1–12. */
  readonly months: ReadonlyMap<string, number>;
  /** Month names CLDR capitalises (English "May"): they count only when capitalised in the text. */
  readonly capitalisedMonths: ReadonlySet<string>;
  /** Folded weekday name → 0 (Sunday) – 6. */
  readonly weekdays: ReadonlyMap<string, number>;
  readonly fixed: ReadonlyMap<string, FixedRelative>;
  /** Relative templates as regexes with groups `n` (count) and `unit` (or a fixed unit). */
  readonly templates: readonly CompiledTemplate[];
  /** Words CLDR puts between the parts of a date in this language ("de" in "3 de agosto de 2020"). */
  readonly connectors: readonly string[];
  readonly words: DateWords;
}

/** A relative-date template ready to match. */
export interface CompiledTemplate {
  readonly regex: RegExp;
  readonly sign: -1 | 1;
  readonly anchor: "publication" | "previous";
  /** Set when the template was made for one unit (CLDR templates are). */
  readonly unit?: Unit;
}

const UNITS: readonly Unit[] = ["day", "week", "month", "year"];
// Counts whose CLDR forms cover every plural category in the languages we read (one, two, few, many, other).
const SAMPLE_COUNTS = [3, 5, 11, 21, 100];

/** Builds the date vocabulary for a language from CLDR (via Intl) and its lexicon's date words. */
export function buildDateVocabulary(
  language: string,
  words: DateWords,
  spaced: boolean,
): DateVocabulary {
  const start = spaced ? "(?<![\\p{L}\\p{M}\\p{N}])" : "";
  const months = new Map<string, number>();
  const capitalisedMonths = new Set<string>();
  for (let m = 1; m <= 12; m++) {
    const date = new Date(Date.UTC(2021, m - 1, 15));
    const forms = [
      new Intl.DateTimeFormat(language, { month: "long", timeZone: "UTC" }).format(date),
      partOf(
        new Intl.DateTimeFormat(language, { day: "numeric", month: "long", timeZone: "UTC" }),
        date,
        "month",
      ),
      new Intl.DateTimeFormat(language, { month: "short", timeZone: "UTC" }).format(date),
      partOf(
        new Intl.DateTimeFormat(language, { day: "numeric", month: "short", timeZone: "UTC" }),
        date,
        "month",
      ),
    ];
    forms.forEach((form, index) => {
      const key = fold(form).replace(/\.$/, "");
      // Short forms like "mar" or "jun" are ordinary words too; keep only long or dotted ones.
      const isShort = index >= 2;
      if (!key || /^\d+$/.test(key)) return;
      // Tamil and Malayalam abbreviations are common words ("ஆக" is "as", "மார்" "chest"), and
      // the press writes these months in full.
      if (isShort && /[\p{Script=Tamil}\p{Script=Malayalam}]/u.test(key)) return;
      // "Aug." and "Sept.": with their dot, short forms are unambiguous, and the press
      // also cuts a month after four letters.
      if (isShort && /^\p{L}+$/u.test(key)) {
        const long = fold(forms[0] ?? "");
        for (const dotted of [`${key}.`, `${long.slice(0, 4)}.`])
          if (/^\p{L}{5,}$/u.test(long) || dotted === `${key}.`) months.set(dotted, m);
      }
      if (isShort && key.length < 4 && !/[^\x20-\x7e]/.test(key)) return;
      months.set(key, m);
      // Where CLDR capitalises a month inside a date (English "May 3"), a lowercase one is another word.
      const inDate = forms[1] ?? "";
      if (inDate[0] && inDate[0] !== inDate[0].toLowerCase()) capitalisedMonths.add(key);
    });
  }

  words.months?.forEach((names, index) => {
    for (const name of names) months.set(fold(name), index + 1);
  });

  const weekdays = new Map<string, number>();
  for (let d = 0; d < 7; d++) {
    // 2021-01-03 was a Sunday.
    const date = new Date(Date.UTC(2021, 0, 3 + d));
    weekdays.set(
      fold(new Intl.DateTimeFormat(language, { weekday: "long", timeZone: "UTC" }).format(date)),
      d,
    );
  }
  words.weekdays?.forEach((names, mondayFirst) => {
    for (const name of names) weekdays.set(fold(name), (mondayFirst + 1) % 7);
  });

  const fixed = new Map<string, FixedRelative>();
  for (const [phrase, offset] of Object.entries(words.years ?? {}))
    fixed.set(fold(phrase), { unit: "year", offset });
  const auto = new Intl.RelativeTimeFormat(language, { numeric: "auto" });
  const always = new Intl.RelativeTimeFormat(language, { numeric: "always" });
  const templates: CompiledTemplate[] = [];
  const slot = countSlot(words);
  for (const unit of UNITS) {
    for (const offset of [-2, -1, 0, 1, 2]) {
      const phrase = fold(auto.format(offset, unit));
      if (!/\d/.test(phrase)) fixed.set(phrase, { unit, offset });
    }
    const seen = new Set<string>();
    for (const n of SAMPLE_COUNTS) {
      for (const sign of [-1, 1] as const) {
        const parts = always.formatToParts(sign * n, unit);
        const source = parts
          .map((part) => (part.type === "integer" ? slot : escapeWithSpaces(fold(part.value))))
          .join("");
        if (!source.includes(slot) || seen.has(source)) continue;
        seen.add(source);
        templates.push({
          regex: new RegExp(start + source, "gu"),
          sign,
          anchor: "publication",
          unit,
        });
      }
    }
  }
  const unitSlot = `(?<unit>${alternation(Object.keys(words.units))})`;
  // Lexicon templates come first, in the lexicon's order: "vài tuần trước đó" must win over
  // CLDR's "vài tuần trước", and "dua tahun lalu" over a later "tahun lalu".
  const own: CompiledTemplate[] = [];
  for (const template of words.relative) {
    // Lexicon templates are regex sources already written in folded form.
    const source = template.pattern
      .split(/(\{n\}|\{unit\})/)
      .map((piece) =>
        piece === "{n}" ? slot : piece === "{unit}" ? unitSlot : piece.replace(/ +/g, "\\s*"),
      )
      .join("");
    own.push({
      regex: new RegExp(start + source, "gu"),
      sign: template.sign,
      anchor: template.anchor,
    });
  }
  templates.unshift(...own);
  const connectors = new Set<string>();
  const full = new Intl.DateTimeFormat(language, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  for (const part of full.formatToParts(new Date(Date.UTC(2021, 5, 15)))) {
    if (part.type !== "literal") continue;
    for (const word of fold(part.value).split(/[\s,.]+/)) {
      if (/^\p{L}+$/u.test(word)) connectors.add(word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    }
  }
  return {
    months,
    capitalisedMonths,
    weekdays,
    fixed,
    templates,
    connectors: [...connectors],
    words,
  };
}

function partOf(
  format: Intl.DateTimeFormat,
  date: Date,
  type: Intl.DateTimeFormatPartTypes,
): string {
  return format.formatToParts(date).find((part) => part.type === type)?.value ?? "";
}

function countSlot(words: DateWords): string {
  const named = [...Object.keys(words.numbers), ...words.few].map(fold);
  return `(?<n>\\d{1,3}|${alternation(named)})`;
}

/** A regex alternation of folded words, longest first so "tháng 10" beats "tháng 1". */
export function alternation(items: Iterable<string>): string {
  const unique = [...new Set([...items].map(fold))].filter(Boolean);
  unique.sort((a, b) => b.length - a.length);
  return unique.length ? `(?:${unique.map(escapeWithSpaces).join("|")})` : "(?!)";
}

function escapeWithSpaces(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s*");
}
