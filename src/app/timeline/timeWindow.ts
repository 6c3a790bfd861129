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

/** The visible window as the toolbar shows it, each end a UTC day in the interface's words. */
export function formatWindow(
  [start, end]: readonly [number, number],
  day: (ms: number) => string,
): string {
  return `${day(start)} – ${day(end)}`;
}
