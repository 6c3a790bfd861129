import type { DateMatcher } from "./dateMatcher.ts";
import type { DateMention } from "./findDates.ts";

const ISO = /(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/gu;
const DMY = /(?<![\d.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)(?!\d)/gu;
// "2014년 07월 03일", "2021年11月2日": numbers with the CJK year, month and day signs.
const CJK = /(?<!\d)((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일号號])?/gu;
// "04.10.22" on a byline: two digits each, dotted, as Hebrew and German sites stamp pages.
const DOTTED_SHORT_YEAR = /(?<![\d.])(\d\d)\.(\d\d)\.(\d\d)(?![\d.])/gu;

/**
 * The dates a page writes in figures: ISO, the CJK signs, dotted short years, day/month/year,
 * and a bare day/month after a word that makes it a date. Only where `free` allows, and never
 * two over one another.
 */
export function findNumericDates(
  text: string,
  matcher: DateMatcher,
  usesMonthFirst: boolean,
  isFree: (start: number, end: number) => boolean,
): DateMention[] {
  const mentions: DateMention[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number) =>
    isFree(start, end) && taken.every(([s, t]) => end <= s || start >= t);
  const pushNumeric = (year: number, month: number, day: number, start: number, length: number) => {
    const end = start + length;
    if (month < 1 || month > 12 || day < 1 || day > 31 || !free(start, end)) return;
    taken.push([start, end]);
    mentions.push({ start, end, year, month, day, approximate: false });
  };
  for (const m of text.matchAll(ISO)) {
    pushNumeric(Number(m[1]), Number(m[2]), Number(m[3]), m.index, m[0].length);
  }
  for (const m of text.matchAll(CJK)) {
    const day = m[3] === undefined ? undefined : Number(m[3]);
    const end = m.index + m[0].length;
    const month = Number(m[2]);
    if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) continue;
    if (!free(m.index, end)) continue;
    taken.push([m.index, end]);
    mentions.push({ start: m.index, end, year: Number(m[1]), month, day, approximate: false });
  }
  for (const m of text.matchAll(DOTTED_SHORT_YEAR)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    pushNumeric(
      2000 + Number(m[3]),
      usesMonthFirst ? a : b,
      usesMonthFirst ? b : a,
      m.index,
      m[0].length,
    );
  }
  for (const m of matcher.dayMonth ? text.matchAll(matcher.dayMonth) : []) {
    const [day, month] = [Number(m.groups?.day), Number(m.groups?.month)];
    const numbers = `${m.groups?.day}`.length + 1 + `${m.groups?.month}`.length;
    const end = m.index + m[0].length;
    const start = end - numbers;
    if (month < 1 || month > 12 || day < 1 || day > 31 || !free(start, end)) continue;
    taken.push([start, end]);
    mentions.push({ start, end, month, day, approximate: false });
  }
  for (const m of text.matchAll(DMY)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // "22/05/2019": whichever number cannot be a month is the day, whatever the habit.
    const monthFirst = usesMonthFirst ? a <= 12 : b > 12;
    pushNumeric(Number(m[3]), monthFirst ? a : b, monthFirst ? b : a, m.index, m[0].length);
  }
  return mentions;
}
