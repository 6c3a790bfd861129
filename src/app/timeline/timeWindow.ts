// Pure helpers on time windows (pairs of epoch milliseconds), for the timeline panel.
const DAY = 86_400_000;

/** `window` moved and, if need be, shrunk to lie within `extent`. */
export function clampWindow(
  window: readonly [number, number],
  extent: readonly [number, number],
): [number, number] {
  const span = Math.min(window[1] - window[0], extent[1] - extent[0]);
  let start = Math.max(extent[0], window[0]);
  if (start + span > extent[1]) start = extent[1] - span;
  return [start, start + span];
}

/** A window around an event or a cluster, with room on both sides, for zooming into it. */
export function padWindow([start, end]: readonly [number, number]): [number, number] {
  const margin = Math.max(15 * DAY, (end - start) * 0.15);
  return [start - margin, end + margin];
}

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "3 Aug 2020", in UTC, as the axis and labels read. */
export function formatDay(ms: number): string {
  return dayFormat.format(ms);
}

/** The visible window as the toolbar shows it. */
export function formatWindow([start, end]: readonly [number, number]): string {
  return `${formatDay(start)} – ${formatDay(end)}`;
}
