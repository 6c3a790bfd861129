import type { EventHead } from "../../model/timelineFile.ts";
import { parseEdtf, type Precision } from "../../model/edtf.ts";

/** An instant or stretch of time as precisely as it is known. */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
  readonly precision: Precision;
  readonly approximate: boolean;
}

/** Where an event sits in time: its main date (announced, else effective) and its effective date. */
export interface EventSpan {
  readonly event: EventHead;
  readonly main: TimeSpan;
  /** Set when the event has both an announced and an effective date. */
  readonly effective: TimeSpan | null;
}

function span(value: string | null): TimeSpan | null {
  const extent = value ? parseEdtf(value) : null;
  return extent
    ? {
        start: extent.min,
        end: extent.max,
        precision: extent.precision,
        approximate: extent.approximate || extent.uncertain,
      }
    : null;
}

/** The event's place in time, or null when it is undated (listed beside the timeline instead). */
export function spanOf(event: EventHead): EventSpan | null {
  const announced = span(event.date);
  const effective = span(event.effective);
  const main = announced ?? effective;
  if (!main) return null;
  return { event, main, effective: announced && effective ? effective : null };
}

/** The time extent of all spans, including effective dates; null when there are none. */
export function extentOf(spans: readonly EventSpan[]): [number, number] | null {
  if (spans.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const s of spans) {
    min = Math.min(min, s.main.start);
    max = Math.max(max, s.effective?.end ?? s.main.end, s.main.end);
  }
  return [min, max];
}
