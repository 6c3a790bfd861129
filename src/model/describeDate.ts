import { parseEdtf } from "./edtf.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
// One formatter for every call: creating one costs far more than formatting, and the timeline
// describes the dates of every mark it draws.
const LONG_MONTH = new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" });

/** A date in words with its precision: "3 Aug 2020", "June 2021", "2021 (year only)", "about May 2021". */
export function describeDate(value: string): string {
  const extent = parseEdtf(value);
  if (!extent) return value;
  const date = new Date(extent.min);
  const year = date.getUTCFullYear();
  const month = MONTHS[date.getUTCMonth()] ?? "";
  const core =
    extent.precision === "day"
      ? `${date.getUTCDate()} ${month} ${year}`
      : extent.precision === "month"
        ? `${LONG_MONTH.format(date)} ${year}`
        : `${year}`;
  if (extent.approximate) return `about ${core}`;
  return extent.precision === "year" ? `${core} (year only)` : core;
}
