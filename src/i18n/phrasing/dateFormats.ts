import type { Precision } from "../../model/edtf.ts";

const BY_PRECISION: Readonly<Record<Precision, Intl.DateTimeFormatOptions>> = {
  day: { day: "numeric", month: "long", year: "numeric" },
  month: { month: "long", year: "numeric" },
  year: { year: "numeric" },
};

/**
 * The platform's words for a date at each precision in a language ("août 2020",
 * "tháng 8 năm 2020", "أغسطس 2020", "2020年8月"), in UTC like every date of the dataset.
 * Formatters are made once per language: making one costs far more than formatting.
 */
export function dateFormats(tag: string): (ms: number, precision: Precision) => string {
  const formats = {
    day: new Intl.DateTimeFormat(tag, { ...BY_PRECISION.day, timeZone: "UTC" }),
    month: new Intl.DateTimeFormat(tag, { ...BY_PRECISION.month, timeZone: "UTC" }),
    year: new Intl.DateTimeFormat(tag, { ...BY_PRECISION.year, timeZone: "UTC" }),
  };
  return (ms, precision) => formats[precision].format(ms);
}
