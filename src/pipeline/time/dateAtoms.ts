import type { DateMatcher } from "./dateMatcher.ts";
import type { DateMention } from "./findDates.ts";

/** One piece of a date: a day, month, year, weekday or year offset, with its span. */
export interface DateAtom {
  start: number;
  end: number;
  day?: number;
  month?: number;
  year?: number;
  weekday?: number;
  yearOffset?: number;
  /** A year or day written with its own marker (2020年, 22日), so it stands alone safely. */
  marked?: boolean;
  yearFromPrevious?: boolean;
}

// How many characters of connecting words ("de", ",", "年") may stand between two pieces.
const MAX_GAP = 14;

/**
 * Joins a sentence's date pieces into date mentions: "le 3 août 2020" is one, "mardi 3" another.
 * A piece joins the one before when it adds what the group lacks and only connecting words stand
 * between.
 */
export function groupAtoms(
  atoms: readonly DateAtom[],
  text: string,
  matcher: DateMatcher,
): DateMention[] {
  const mentions: DateMention[] = [];
  const sorted = [...atoms].sort((a, b) => a.start - b.start || b.end - a.end);
  let group: DateAtom[] = [];
  const flush = () => {
    const mention = groupToMention(group, text, matcher);
    if (mention) mentions.push(mention);
    group = [];
  };
  for (const atom of sorted) {
    const last = group[group.length - 1];
    if (last && !(joins(group, atom) && gapFits(text.slice(last.end, atom.start), matcher)))
      flush();
    if (last && atom.start < last.end) continue;
    group.push(atom);
  }
  flush();
  return mentions;
}

function joins(group: readonly DateAtom[], atom: DateAtom): boolean {
  const has = (key: keyof DateAtom) => group.some((a) => a[key] !== undefined);
  if (atom.yearOffset !== undefined) return has("month") && !has("year") && !has("yearOffset");
  if (atom.year !== undefined) return !has("year") && !has("yearOffset");
  if (atom.month !== undefined) return !has("month");
  if (atom.day !== undefined) return !has("day");
  return atom.weekday !== undefined && !has("weekday") && !has("day");
}

function gapFits(gap: string, matcher: DateMatcher): boolean {
  return gap.length <= MAX_GAP && matcher.gap.test(gap);
}

function groupToMention(
  group: readonly DateAtom[],
  text: string,
  matcher: DateMatcher,
): DateMention | null {
  const first = group[0];
  const lastDateAtom = group[group.length - 1];
  if (!first || !lastDateAtom) return null;
  const pick = <K extends keyof DateAtom>(key: K) => group.find((a) => a[key] !== undefined)?.[key];
  const year = pick("year") as number | undefined;
  if (group.length === 1 && first.month !== undefined && first.year !== undefined) {
    return {
      start: first.start,
      end: first.end,
      year: first.year,
      month: first.month,
      approximate: false,
    };
  }
  const month = pick("month") as number | undefined;
  let day = pick("day") as number | undefined;
  const weekday = pick("weekday") as number | undefined;
  const yearOffset = pick("yearOffset") as number | undefined;
  const yearFromPrevious = pick("yearFromPrevious") === true;
  // "22日", "지난 1일": a day with its CJK sign and no month is that day of the current month.
  const markedDay = group.length === 1 && first.day !== undefined && first.marked === true;
  if (month === undefined) day = undefined;
  const start = first.start;
  const end = lastDateAtom.end;
  const before = text.slice(Math.max(0, start - 24), start);
  const approximate = matcher.approximateBefore.test(before);
  if (year === undefined && month === undefined && yearOffset === undefined) {
    if (markedDay) return { start, end, day: first.day, approximate };
    if (weekday === undefined) return null;
    return { start, end, weekday, approximate };
  }
  if (year !== undefined && month === undefined && group.length === 1) {
    // A lone four-digit number is a year only where the language marks it as one ("en 2013", "2013年").
    const marked = group[0]?.marked || matcher.before.test(before);
    if (!marked) return null;
  }
  if (yearOffset !== undefined && month === undefined) {
    return {
      start,
      end,
      // "उसी साल", "the same year": the year of the date before it, not of publication.
      relative: {
        unit: "year",
        offset: yearOffset,
        anchor: yearFromPrevious ? "previous" : "publication",
      },
      approximate,
    };
  }
  const last =
    year === undefined &&
    month !== undefined &&
    (matcher.lastAfter.test(text.slice(end, end + 16)) || matcher.lastBefore.test(before));
  return {
    start,
    end,
    ...(year !== undefined ? { year } : {}),
    ...(month !== undefined ? { month } : {}),
    ...(day !== undefined ? { day } : {}),
    ...(yearOffset !== undefined ? { yearOffset } : {}),
    ...(yearFromPrevious ? { yearFromPrevious } : {}),
    ...(last ? { last } : {}),
    approximate,
  };
}
