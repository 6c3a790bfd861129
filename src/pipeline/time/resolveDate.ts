import { formatEdtf, isEdtf, parseEdtf, type EdtfDate } from "../../model/edtf.ts";
import type { DateMention } from "./findDates.ts";

/** A calendar date known to some precision: what relative expressions count from. */
export interface CalendarParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly approximate?: boolean;
}

/** Reads an EDTF date into calendar parts (null for intervals and unparseable values). */
export function toParts(value: string | null): CalendarParts | null {
  if (!value) return null;
  const extent = parseEdtf(value);
  if (!extent || extent.interval) return null;
  const date = new Date(extent.min);
  return {
    year: date.getUTCFullYear(),
    ...(extent.precision !== "year" ? { month: date.getUTCMonth() + 1 } : {}),
    ...(extent.precision === "day" ? { day: date.getUTCDate() } : {}),
    approximate: extent.approximate,
  };
}

/** Writes calendar parts as EDTF. */
export function fromParts(parts: CalendarParts): EdtfDate {
  return formatEdtf(
    parts.year,
    parts.month,
    parts.month ? parts.day : undefined,
    parts.approximate,
  );
}

const DAY = 86_400_000;

/**
 * Resolves a date mention to EDTF, keeping only the precision the text and its anchor support.
 * `published` anchors "yesterday" and "in May"; `previous` (the date last mentioned) anchors
 * "a few weeks before that". Returns null when the mention cannot be placed without guessing.
 */
export function resolveMention(
  mention: DateMention,
  published: CalendarParts | null,
  previous: CalendarParts | null,
): EdtfDate | null {
  const resolved = resolveParts(mention, published, previous);
  // "Next year" from a curated 9999, or "last year" from 0000, has no four-digit EDTF form.
  return resolved !== null && isEdtf(resolved) ? resolved : null;
}

function resolveParts(
  mention: DateMention,
  published: CalendarParts | null,
  previous: CalendarParts | null,
): EdtfDate | null {
  const approximate = mention.approximate;
  if (mention.year !== undefined) {
    return fromParts({ year: mention.year, month: mention.month, day: mention.day, approximate });
  }
  if (mention.recent) return published ? coarsen(published, "month", true) : null;
  if (mention.relative) {
    const anchor = mention.relative.anchor === "previous" ? (previous ?? published) : published;
    if (!anchor) return null;
    if (mention.weekday !== undefined && mention.relative.unit === "week") {
      const day = dayOfWeek(anchor, mention.relative.offset, mention.weekday);
      if (day) return fromDate(day, "day", approximate);
    }
    const shifted = shift(anchor, mention.relative.unit, mention.relative.offset, approximate);
    const parts = mention.day !== undefined ? toParts(shifted) : null;
    return parts?.month ? fromParts({ ...parts, day: mention.day }) : shifted;
  }
  if (mention.yearFromPrevious && mention.month !== undefined) {
    const base = previous ?? published;
    return base
      ? fromParts({ year: base.year, month: mention.month, day: mention.day, approximate })
      : null;
  }
  if (!published) return null;
  if (mention.month !== undefined) {
    const year = yearForMonth(mention, published);
    return fromParts({ year, month: mention.month, day: mention.day, approximate });
  }
  if (mention.day !== undefined && mention.month === undefined) {
    // The latest such day on or before publication: this month's, else last month's.
    if (published.day === undefined || published.month === undefined) return null;
    const sameMonth = mention.day <= published.day;
    const month = sameMonth ? published.month : published.month === 1 ? 12 : published.month - 1;
    const year = !sameMonth && published.month === 1 ? published.year - 1 : published.year;
    return fromParts({ year, month, day: mention.day, approximate });
  }
  if (mention.weekday !== undefined) {
    if (published.day === undefined || published.month === undefined) {
      return fromParts({ ...published, approximate: true });
    }
    const anchor = Date.UTC(published.year, published.month - 1, published.day);
    if (mention.upcoming) {
      const ahead = (mention.weekday - new Date(anchor).getUTCDay() + 7) % 7 || 7;
      return fromDate(new Date(anchor + ahead * DAY), "day", approximate);
    }
    const back = (new Date(anchor).getUTCDay() - mention.weekday + 7) % 7;
    return fromDate(new Date(anchor - back * DAY), "day", approximate);
  }
  return null;
}

/** That weekday (0 is Sunday) of the week `offset` weeks from the anchor's; weeks start on Monday. */
function dayOfWeek(anchor: CalendarParts, offset: number, weekday: number): Date | null {
  if (anchor.month === undefined || anchor.day === undefined) return null;
  const day = Date.UTC(anchor.year, anchor.month - 1, anchor.day);
  const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY;
  return new Date(monday + (offset * 7 + ((weekday + 6) % 7)) * DAY);
}

function yearForMonth(mention: DateMention, published: CalendarParts): number {
  if (mention.yearOffset !== undefined) return published.year + mention.yearOffset;
  const month = mention.month ?? 1;
  if (published.month === undefined) return published.year;
  if (mention.last) return month < published.month ? published.year : published.year - 1;
  if (mention.past) return month <= published.month ? published.year : published.year - 1;
  // Without a year, a month is the occurrence nearest the publication date; ties go to the past.
  const target = published.year * 12 + published.month;
  const candidates = [published.year - 1, published.year, published.year + 1];
  let best = published.year;
  let bestDistance = Infinity;
  for (const year of candidates) {
    const distance = Math.abs(year * 12 + month - target) + (year * 12 + month > target ? 0.5 : 0);
    if (distance < bestDistance) [best, bestDistance] = [year, distance];
  }
  return best;
}

function shift(
  anchor: CalendarParts,
  unit: "day" | "week" | "month" | "year",
  offset: number,
  approximate: boolean,
): EdtfDate {
  if (unit === "year")
    return fromParts({
      year: anchor.year + offset,
      approximate: approximate || anchor.approximate,
    });
  if (anchor.month === undefined) {
    // A year-only anchor cannot say which month "two months ago" falls in.
    return fromParts({ year: anchor.year, approximate: true });
  }
  if (unit === "month" || anchor.day === undefined) {
    const months =
      unit === "month" ? offset : unit === "week" ? weeksToMonths(offset) : Math.trunc(offset / 30);
    const date = new Date(Date.UTC(anchor.year, anchor.month - 1 + months, 1));
    const loose = approximate || unit !== "month" || Boolean(anchor.approximate);
    return fromDate(date, "month", loose);
  }
  const days = unit === "week" ? offset * 7 : offset;
  const date = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day + days));
  // Weeks are rarely meant to the day: keep the month and say it is approximate.
  return unit === "week" ? fromDate(date, "month", true) : fromDate(date, "day", approximate);
}

function weeksToMonths(weeks: number): number {
  if (weeks === 0) return 0;
  return Math.sign(weeks) * Math.max(1, Math.round(Math.abs(weeks) / 4.35));
}

function coarsen(parts: CalendarParts, finest: "month" | "year", approximate: boolean): EdtfDate {
  if (finest === "month" && parts.month !== undefined) {
    return fromParts({ year: parts.year, month: parts.month, approximate });
  }
  return fromParts({ year: parts.year, approximate: parts.approximate });
}

function fromDate(date: Date, precision: "day" | "month", approximate: boolean): EdtfDate {
  return formatEdtf(
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    precision === "day" ? date.getUTCDate() : undefined,
    approximate,
  );
}
