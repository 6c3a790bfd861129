import { groupAtoms, type DateAtom } from "./dateAtoms.ts";
import { findNumericDates } from "./numericDates.ts";
import { shareYears } from "./shareYears.ts";
import type { DateMatcher } from "./dateMatcher.ts";
import type { FoldedText } from "../../model/fold.ts";
import type { Unit } from "../lexicon/types.ts";

/** A date expression found in a sentence, before it is resolved against an anchor. */
export interface DateMention {
  /** Span in the folded sentence. */
  readonly start: number;
  readonly end: number;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** "avril cette année": the year is the anchor's year plus this. */
  readonly yearOffset?: number;
  /** "juillet de la même année": `yearOffset` counts from the date last mentioned. */
  readonly yearFromPrevious?: boolean;
  /** "mai dernier", "last May": the latest such month strictly before the anchor. */
  readonly last?: boolean;
  /** Told as past: the latest such month on or before the anchor. */
  readonly past?: boolean;
  /** 0 (Sunday) – 6: the latest such day on or before the anchor. */
  readonly weekday?: number;
  /** Told as what is to come: a weekday is the next such day after the anchor. */
  readonly upcoming?: boolean;
  readonly relative?: {
    readonly unit: Unit;
    readonly offset: number;
    readonly anchor: "publication" | "previous";
  };
  /** "recently": about the publication date. */
  readonly recent?: boolean;
  readonly approximate: boolean;
}

// Thai years count from the Buddha's death: 2567 is 2024.
const BUDDHIST_YEAR = /(?<![\d.,])(25[0-9]\d)(?![\d%])/gu;
const BE_OFFSET = 543;
const MARKED_DAY = /^\s{0,2}(\d{1,2})\s*[日일号號]/u;

/**
 * "本周二", "上周二", "先週火曜日", "지난주 화요일": a weekday that shares its first sign with the
 * week before it, or follows it, is that day of that week.
 */
function weekdayOfWeek(
  text: string,
  start: number,
  end: number,
  matcher: DateMatcher,
): { weekday: number; end: number } | null {
  matcher.weekdays.lastIndex = 0;
  const m = matcher.weekdays.exec(text.slice(start + 1, end + 12));
  // The shared regex is matched with matchAll later, which starts where this left it.
  matcher.weekdays.lastIndex = 0;
  const at = m ? start + 1 + m.index : -1;
  const weekday = m ? matcher.vocabulary.weekdays.get(m[0]) : undefined;
  if (!m || weekday === undefined || at > end + 1 || !/^\s?$/.test(text.slice(end, at)))
    return null;
  return { weekday, end: at + m[0].length };
}

/** "지난달 8일", "上月8日", "先月8日": the day a CJK sign marks right after a relative month. */
function markedDay(text: string, at: number): { day: number; end: number } | null {
  const m = MARKED_DAY.exec(text.slice(at));
  const day = m ? Number(m[1]) : 0;
  return m && day >= 1 && day <= 31 ? { day, end: at + m[0].length } : null;
}
// A year may carry its own marker: 2020年, 2020년, a case ending after an apostrophe ("2015'te"),
// or one glued on in Tamil and Malayalam ("2010ஆம்", "2010-ல்", "2010ൽ"), or their "since" after it.
const YEAR =
  /(?<![\d.,])((?:19[5-9]|20[0-4])\d)(?![\d%])(?:\s*([年년])|(['’]\p{Ll}{1,4}(?![\p{L}])|-?[\p{Script=Tamil}\p{Script=Malayalam}]+|\s(?:முதல்|മുതൽ)))?/gu;
// "19年12月", "20年中に", "21年度": the business press's two-digit year, told from "20年前" (twenty
// years ago) and "設立20年" by what follows the sign.
const SHORT_YEAR =
  /(?<![\d.,])(\d{2})年(?=\s*\d{1,2}月|中|内|度|末|初|春|夏|秋|冬|半ば|前半|後半|上期|下期|上半期|下半期)/gu;
const DAY = /(?<![\d.,:])(\d{1,2})(?:er|st|nd|rd|th|o|°|\.|\s*[日일号號])?(?![\d%:,.]\d|\d)/gu;

/** Finds every date expression in a folded sentence. `original` lets it check capitalisation. */
export function findDates(
  sentence: FoldedText,
  original: string,
  matcher: DateMatcher,
  usesMonthFirst: boolean,
): DateMention[] {
  const text = sentence.text;
  if (!matcher.any.test(text)) return [];
  const vocab = matcher.vocabulary;
  const mentions: DateMention[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([s, t]) => end <= s || start >= t);

  for (const template of matcher.relative.test(text) ? vocab.templates : []) {
    for (const m of text.matchAll(template.regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const count = readCount(m.groups?.n, vocab.words.numbers);
      const unitWord = m.groups?.unit;
      const unitEntry = unitWord ? vocab.words.units[unitWord] : undefined;
      const unit =
        template.unit ??
        (Array.isArray(unitEntry) ? unitEntry[0] : (unitEntry as Unit | undefined));
      if (!unit) continue;
      const n =
        Array.isArray(unitEntry) && m.groups?.n === undefined ? (unitEntry[1] as number) : count.n;
      const anchored = matcher.thatAfter.test(text.slice(end)) ? "previous" : template.anchor;
      const day = unit === "month" ? markedDay(text, end) : null;
      const weekday = unit === "week" ? weekdayOfWeek(text, start, end, matcher) : null;
      const last = weekday?.end ?? day?.end ?? end;
      taken.push([start, last]);
      mentions.push({
        start,
        end: last,
        relative: { unit, offset: template.sign * n, anchor: anchored },
        ...(day ? { day: day.day } : {}),
        ...(weekday ? { weekday: weekday.weekday } : {}),
        approximate: count.few,
      });
    }
  }
  const relativeYears: DateAtom[] = [];
  for (const m of text.matchAll(matcher.fixed)) {
    const start = m.index;
    const end = start + m[0].length;
    const entry = vocab.fixed.get(m[0]);
    if (!entry || !free(start, end)) continue;
    taken.push([start, end]);
    // "tháng sau đó", "năm sau đó": next month, or year, after the date before it.
    const fromPrevious = matcher.thatAfter.test(text.slice(end));
    if (entry.unit === "year")
      relativeYears.push({
        start,
        end,
        yearOffset: entry.offset,
        ...(fromPrevious ? { yearFromPrevious: true } : {}),
      });
    else {
      const day = entry.unit === "month" ? markedDay(text, end) : null;
      const weekday = entry.unit === "week" ? weekdayOfWeek(text, start, end, matcher) : null;
      const last = weekday?.end ?? day?.end ?? end;
      taken.push([start, last]);
      mentions.push({
        start,
        end: last,
        relative: { ...entry, anchor: fromPrevious ? "previous" : "publication" },
        ...(day ? { day: day.day } : {}),
        ...(weekday ? { weekday: weekday.weekday } : {}),
        approximate: false,
      });
    }
  }
  for (const m of text.matchAll(matcher.sameYear)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    taken.push([m.index, m.index + m[0].length]);
    relativeYears.push({
      start: m.index,
      end: m.index + m[0].length,
      yearOffset: 0,
      yearFromPrevious: true,
    });
  }
  for (const m of text.matchAll(matcher.recent)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    taken.push([m.index, m.index + m[0].length]);
    mentions.push({ start: m.index, end: m.index + m[0].length, recent: true, approximate: true });
  }
  for (const mention of findNumericDates(text, matcher, usesMonthFirst, free)) {
    taken.push([mention.start, mention.end]);
    mentions.push(mention);
  }
  if (matcher.buddhistEra)
    for (const m of text.matchAll(BUDDHIST_YEAR)) {
      const end = m.index + m[0].length;
      if (!free(m.index, end)) continue;
      taken.push([m.index, end]);
      relativeYears.push({ start: m.index, end, year: Number(m[1]) - BE_OFFSET });
    }

  const atoms: DateAtom[] = [...relativeYears];
  for (const m of text.matchAll(matcher.months)) {
    const start = m.index;
    const end = start + m[0].length;
    const name = m[0].replace(/\s+/g, " ");
    const month = vocab.months.get(name);
    if (month === undefined || !free(start, end)) continue;
    if (vocab.capitalisedMonths.has(name) && !isCapitalised(original, sentence.origin[start]))
      continue;
    // "Tháng 6.2021": a year glued to the month by a dot or slash belongs to it.
    const glued = /^[./-]((?:19|20)\d\d)(?!\d)/u.exec(text.slice(end));
    if (glued?.[1])
      atoms.push({ start, end: end + glued[0].length, month, year: Number(glued[1]) });
    else atoms.push({ start, end, month });
  }
  for (const m of text.matchAll(matcher.weekdays)) {
    const start = m.index;
    const end = start + m[0].length;
    const weekday = vocab.weekdays.get(m[0]);
    if (weekday === undefined || !free(start, end)) continue;
    // Where a weekday name is ambiguous, the lexicon says which neighbouring words confirm it.
    const confirmed =
      (!matcher.weekdayPrefix && !matcher.weekdaySuffix) ||
      matcher.weekdayPrefix?.test(text.slice(Math.max(0, start - 12), start)) ||
      matcher.weekdaySuffix?.test(text.slice(end, end + 12));
    if (!confirmed) continue;
    atoms.push({ start, end, weekday });
  }
  for (const m of text.matchAll(YEAR)) {
    const end = m.index + m[0].length;
    if (free(m.index, end))
      atoms.push({ start: m.index, end, year: Number(m[1]), marked: Boolean(m[2] ?? m[3]) });
  }
  if (matcher.shortYears)
    for (const m of text.matchAll(SHORT_YEAR)) {
      const end = m.index + m[0].length;
      const yy = Number(m[1]);
      if (free(m.index, end))
        atoms.push({ start: m.index, end, year: (yy < 50 ? 2000 : 1900) + yy, marked: true });
    }
  for (const m of text.matchAll(matcher.ordinals)) {
    const day = vocab.words.ordinals?.[m[0]];
    const end = m.index + m[0].length;
    if (day && free(m.index, end)) atoms.push({ start: m.index, end, day });
  }
  for (const m of text.matchAll(DAY)) {
    const day = Number(m[1]);
    const end = m.index + m[0].length;
    if (
      day >= 1 &&
      day <= 31 &&
      free(m.index, end) &&
      !atoms.some((a) => a.start < end && m.index < a.end)
    ) {
      atoms.push({ start: m.index, end, day, marked: /[日일号號]/u.test(m[0]) });
    }
  }
  mentions.push(...groupAtoms(atoms, text, matcher));
  return shareYears(
    mentions.sort((a, b) => a.start - b.start),
    text,
  );
}

function readCount(
  word: string | undefined,
  numbers: Readonly<Record<string, number>>,
): { n: number; few: boolean } {
  if (word === undefined) return { n: 1, few: false };
  if (/^\d+$/.test(word)) return { n: Number(word), few: false };
  const known = numbers[word];
  // "A few" weeks is not a count we can state; three is its usual size, and the result is approximate.
  return known === undefined ? { n: 3, few: true } : { n: known, few: false };
}

function isCapitalised(original: string, index: number | undefined): boolean {
  const char = index === undefined ? "" : (original[index] ?? "");
  return char !== char.toLowerCase();
}
