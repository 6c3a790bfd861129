/** An ISO 8601-2 (EDTF) date string such as `2020-08-03`, `2021-06`, `2021`, `2021-05~`. */
export type EdtfDate = string & { readonly __brand: "EdtfDate" };

/** How finely a date is known. */
export type Precision = "day" | "month" | "year";

/** The parts of an EDTF date that layout and formatting need, in UTC milliseconds. */
export interface DateExtent {
  readonly min: number;
  readonly max: number;
  readonly precision: Precision;
  readonly approximate: boolean;
  readonly uncertain: boolean;
  readonly interval: boolean;
}

// Exitline reads and writes one EDTF profile: a year, month or day (level 0), an approximate
// (~), uncertain (?) or both (%) qualifier (level 1), and closed intervals of those. Parsing it
// here keeps the 13 KB edtf grammar out of the app; test/model/edtf.test.ts checks that this
// parser agrees with the edtf library on the whole profile.
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

const parsedCache = new Map<string, DateExtent | null>();

/** Parses an EDTF string of Exitline's profile; null when it is not one (never throws). */
export function parseEdtf(value: string): DateExtent | null {
  let parsed = parsedCache.get(value);
  if (parsed === undefined) {
    parsed = parseUncached(value);
    parsedCache.set(value, parsed);
  }
  return parsed;
}

function parseUncached(value: string): DateExtent | null {
  const parts = value.split("/");
  if (parts.length === 2) {
    const start = parseDate(parts[0] ?? "");
    const end = parseDate(parts[1] ?? "");
    if (!start || !end || end.min <= start.min) return null;
    return {
      min: start.min,
      max: end.max,
      precision: start.precision,
      approximate: start.approximate || end.approximate,
      uncertain: start.uncertain || end.uncertain,
      interval: true,
    };
  }
  return parts.length === 1 ? parseDate(value) : null;
}

function parseDate(value: string): DateExtent | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  const qualifier = match[4];
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > daysIn(year, month ?? 1))) return null;
  const start = utc(year, (month ?? 1) - 1, day ?? 1);
  const end =
    day !== undefined
      ? utc(year, (month ?? 1) - 1, day + 1)
      : month !== undefined
        ? utc(year, month, 1)
        : utc(year + 1, 0, 1);
  return {
    min: start,
    max: end - 1,
    precision: day !== undefined ? "day" : month !== undefined ? "month" : "year",
    approximate: qualifier === "~" || qualifier === "%",
    uncertain: qualifier === "?" || qualifier === "%",
    interval: false,
  };
}

// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(Date.UTC(2000, monthIndex, day));
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

function daysIn(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

/** Whether a string is a date Exitline can place on a timeline. */
export function isEdtf(value: string): value is EdtfDate {
  return parseEdtf(value) !== null;
}

/** Builds an EDTF string from calendar parts, keeping only the precision given. */
export function formatEdtf(
  year: number,
  month?: number,
  day?: number,
  approximate = false,
): EdtfDate {
  let out = String(year).padStart(4, "0");
  if (month !== undefined) out += `-${String(month).padStart(2, "0")}`;
  if (month !== undefined && day !== undefined) out += `-${String(day).padStart(2, "0")}`;
  return (approximate ? `${out}~` : out) as EdtfDate;
}

/** Whether two dates can describe the same moment: their ranges overlap. */
export function edtfOverlaps(a: string, b: string, slackDays = 0): boolean {
  const x = widened(parseEdtf(a));
  const y = widened(parseEdtf(b));
  if (!x || !y) return false;
  const slack = slackDays * DAY_MS;
  return x.min - slack <= y.max && y.min - slack <= x.max;
}

const DAY_MS = 86_400_000;

/**
 * How far an approximate date reaches either side, in days. "About September" may be late
 * August, but not July: a whole month either way would make "this week" in early July meet May.
 */
export const APPROXIMATE_REACH_DAYS: Record<Precision, number> = { day: 1, month: 16, year: 366 };

function widened(extent: DateExtent | null): { min: number; max: number } | null {
  if (!extent) return null;
  const pad =
    extent.approximate || extent.uncertain ? APPROXIMATE_REACH_DAYS[extent.precision] * DAY_MS : 0;
  return { min: extent.min - pad, max: extent.max + pad };
}

/** Ranks precision so the finer of two dates can be kept (day > month > year). */
export function precisionRank(value: string): number {
  const parsed = parseEdtf(value);
  if (!parsed) return 0;
  const rank = { year: 1, month: 2, day: 3 }[parsed.precision];
  return parsed.approximate || parsed.uncertain ? rank - 0.5 : rank;
}
