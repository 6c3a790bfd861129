import type { TimelineEvent } from "./dataset.ts";
import { parseEdtf } from "./edtf.ts";

/** Events in time order by announced (else effective) date; undated ones last, by title. */
export function sortByDate(events: readonly TimelineEvent[]): TimelineEvent[] {
  const when = (e: TimelineEvent) => {
    const value = e.date ?? e.effective;
    return value ? (parseEdtf(value)?.min ?? Infinity) : Infinity;
  };
  return [...events].sort((a, b) => when(a) - when(b) || a.title.localeCompare(b.title));
}
