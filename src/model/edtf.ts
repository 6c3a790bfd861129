import edtf from "edtf";

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

const PRECISIONS: Record<number, Precision> = { 1: "year", 2: "month", 3: "day" };

// The edtf grammar is general and slow; a dataset repeats the same few thousand dates.
const parsedCache = new Map<string, DateExtent | null>();

/** Parses an EDTF string; returns null when it is not one (never throws). */
export function parseEdtf(value: string): DateExtent | null {
  let parsed = parsedCache.get(value);
  if (parsed === undefined) {
    parsed = parseUncached(value);
    parsedCache.set(value, parsed);
  }
  return parsed;
}

function parseUncached(value: string): DateExtent | null {
  try {
    const parsed = edtf(value);
    const precision = PRECISIONS[parsed.precision ?? 0];
    if (!precision || !Number.isFinite(parsed.min) || !Number.isFinite(parsed.max)) return null;
    const interval = parsed.type === "Interval";
    const approximate = interval ? /~|%/.test(value) : Boolean(parsed.approximate?.value);
    const uncertain = interval ? /\?|%/.test(value) : Boolean(parsed.uncertain?.value);
    return { min: parsed.min, max: parsed.max, precision, approximate, uncertain, interval };
  } catch {
    return null;
  }
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
export function edtfOverlaps(a: string, b: string): boolean {
  const x = widened(parseEdtf(a));
  const y = widened(parseEdtf(b));
  if (!x || !y) return false;
  return x.min <= y.max && y.min <= x.max;
}

const UNIT_MS: Record<Precision, number> = {
  day: 86_400_000,
  month: 31 * 86_400_000,
  year: 366 * 86_400_000,
};

// "About September" may be late August: an approximate date reaches one unit either side.
function widened(extent: DateExtent | null): { min: number; max: number } | null {
  if (!extent) return null;
  const pad = extent.approximate || extent.uncertain ? UNIT_MS[extent.precision] : 0;
  return { min: extent.min - pad, max: extent.max + pad };
}

/** Ranks precision so the finer of two dates can be kept (day > month > year). */
export function precisionRank(value: string): number {
  const parsed = parseEdtf(value);
  if (!parsed) return 0;
  const rank = { year: 1, month: 2, day: 3 }[parsed.precision];
  return parsed.approximate || parsed.uncertain ? rank - 0.5 : rank;
}
