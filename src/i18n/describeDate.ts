import { parseEdtf } from "../model/edtf.ts";
import { en } from "./phrasing/en.ts";
import type { DateFacts, Phrasing } from "./phrasing/types.ts";

/** An EDTF date's words and precision in a language; null when the value is not a date. */
export function dateFacts(value: string, phrasing: Phrasing): DateFacts | null {
  const extent = parseEdtf(value);
  if (!extent) return null;
  const core = phrasing.dates.core(extent.min, extent.precision);
  const text = extent.approximate
    ? phrasing.dates.approximate(core, extent.precision)
    : extent.precision === "year"
      ? phrasing.dates.yearOnly(core)
      : core;
  return { text, precision: extent.precision, approximate: extent.approximate };
}

/**
 * A date in words with its precision: "3 Aug 2020", "June 2021", "2021 (year only)",
 * "about May 2021"; "juin 2021", "tháng 6 năm 2021", "يونيو 2021", "2021年6月", "vers mai 2021".
 * A value that is not a date is returned as it is.
 */
export function describeDate(value: string, phrasing: Phrasing = en): string {
  return dateFacts(value, phrasing)?.text ?? value;
}
