import { formatEdtf, isEdtf, type EdtfDate } from "../../model/edtf.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// 2021-03-15, 2021-03, 2021/03/15, then an optional time: ISO 8601 and what exports make of it.
const ISO = /^(\d{4})[-/](\d{2})(?:[-/](\d{2}))?(?:$|[T\s]\d{2}:?\d{2})/;
// 20210315T123000Z: ISO 8601's basic format, as GDELT writes its seendate.
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})T\d{2}:?\d{2}/;
// RFC 822/2822 as RSS pubDate writes it: "Mon, 15 Mar 2021 08:00:00 +0800", weekday optional.
const RFC_822 = /^(?:[a-z]{3,9}\.?,?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4}|\d{2})(?:\s|$|,)/i;
// "Mar 15, 2021 8:00 PM": the US order some exports write.
const MONTH_FIRST = /^(?:[a-z]{3,9}\.?,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s|$|,)/i;
// 16.03.2021: day first, as German, Russian and other exports write it; dots are never US order.
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s|$|,)/;
const DIGITS = /^\d+(?:\.\d+)?$/;

/**
 * The calendar date a feed or export states for an article, to the day (or month), or null.
 * The date is the one the source wrote, in its own zone: "Mon, 15 Mar 2021 23:30 -0500" is the
 * 15th, because that is the "today" its text means. Unix seconds or milliseconds carry no zone
 * and are read in UTC; all-digit strings of 8 or 14 digits are GDELT's YYYYMMDD[hhmmss].
 */
export function parsePublished(value: string | number): EdtfDate | null {
  const text = String(value).trim();
  if (DIGITS.test(text)) return fromDigits(text);
  const iso = ISO.exec(text) ?? ISO_BASIC.exec(text);
  if (iso) return date(iso[1], iso[2], iso[3]);
  const dotted = DOTTED.exec(text);
  if (dotted) return date(dotted[3], dotted[2], dotted[1]);
  const rfc = RFC_822.exec(text);
  if (rfc) return date(fullYear(rfc[3]), monthNumber(rfc[2]), rfc[1]);
  const us = MONTH_FIRST.exec(text);
  if (us) return date(us[3], monthNumber(us[1]), us[2]);
  return null;
}

function fromDigits(text: string): EdtfDate | null {
  if (text.length === 8 || text.length === 14) {
    const compact = date(text.slice(0, 4), text.slice(4, 6), text.slice(6, 8));
    if (compact) return compact;
  }
  const number = Number(text);
  // Seconds until the year 5138; past that, milliseconds.
  const ms = number < 1e11 ? number * 1000 : number;
  const day = new Date(ms);
  if (Number.isNaN(day.getTime())) return null;
  return date(
    String(day.getUTCFullYear()),
    String(day.getUTCMonth() + 1),
    String(day.getUTCDate()),
  );
}

function date(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): EdtfDate | null {
  if (year === undefined || month === undefined) return null;
  const built = formatEdtf(
    Number(year),
    Number(month),
    day === undefined ? undefined : Number(day),
  );
  return isEdtf(built) ? built : null;
}

// RFC 2822 §4.3: a two-digit year below 50 is 20xx, otherwise 19xx.
function fullYear(year: string | undefined): string | undefined {
  if (year === undefined || year.length === 4) return year;
  return String(Number(year) + (Number(year) < 50 ? 2000 : 1900));
}

function monthNumber(name: string | undefined): string | undefined {
  const index = MONTHS.indexOf((name ?? "").slice(0, 3).toLowerCase());
  return index === -1 ? undefined : String(index + 1);
}
