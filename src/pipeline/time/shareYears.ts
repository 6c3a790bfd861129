import type { DateMention } from "./findDates.ts";

// At most one short word between two dates of a list: "and", "et", "und", "과", "と", "和".
const LIST_GAP = /^[\s,、，]*(?:\p{L}{1,4}[\s,、，]*)?$/u;

/**
 * "2018년 4월과 12월", "in April and December 2018": months listed together share the year
 * the list gives once.
 */
export function shareYears(mentions: DateMention[], text: string): DateMention[] {
  const bare = (m: DateMention | undefined) =>
    m !== undefined &&
    m.month !== undefined &&
    m.year === undefined &&
    m.relative === undefined &&
    m.yearOffset === undefined &&
    !m.yearFromPrevious &&
    !m.last;
  const dated = (m: DateMention | undefined) =>
    m !== undefined && m.month !== undefined && m.year !== undefined;
  const listed = (a: DateMention, b: DateMention) => LIST_GAP.test(text.slice(a.end, b.start));
  const out = [...mentions];
  // Backwards first, so "April, May and June 2018" passes the year down the list.
  for (let i = out.length - 2; i >= 0; i--) {
    const [m, next] = [out[i], out[i + 1]];
    if (m && next && bare(m) && dated(next) && listed(m, next)) out[i] = { ...m, year: next.year };
  }
  for (let i = 1; i < out.length; i++) {
    const [before, m] = [out[i - 1], out[i]];
    if (before && m && bare(m) && dated(before) && listed(before, m))
      out[i] = { ...m, year: before.year };
  }
  return out;
}
