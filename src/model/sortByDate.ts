import type { TimelineEvent } from "./dataset.ts";
import { parseEdtf } from "./edtf.ts";

/** Events in time order by announced (else effective) date; undated ones last, by title. */
export function sortByDate(events: readonly TimelineEvent[]): TimelineEvent[] {
  // Each key is computed once, not in every comparison.
  const keyed = events.map((event) => {
    const value = event.date ?? event.effective;
    return { event, at: value ? (parseEdtf(value)?.min ?? Infinity) : Infinity };
  });
  keyed.sort(
    (a, b) => a.at - b.at || (a.at === Infinity ? a.event.title.localeCompare(b.event.title) : 0),
  );
  return keyed.map((k) => k.event);
}
