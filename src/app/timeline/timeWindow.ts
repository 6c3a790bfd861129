// Pure helpers on time windows (pairs of epoch milliseconds), for the timeline panel.
const DAY = 86_400_000;
const YEAR = 365 * DAY;

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

/**
 * A window set from a button, a key, a cluster or the brush: what to show (`null` asks for
 * everything), and what the link records, which is `null` when that is everything.
 */
export function settleWindow(
  next: readonly [number, number] | null,
  extent: readonly [number, number],
): { readonly shown: [number, number]; readonly linked: [number, number] | null } {
  const clamped = next ? clampWindow(next, extent) : null;
  const everything = !clamped || (clamped[0] <= extent[0] && clamped[1] >= extent[1]);
  return {
    shown: clamped ?? [extent[0], extent[1]],
    linked: clamped && !everything ? [clamped[0], clamped[1]] : null,
  };
}

/** `window` zoomed by `factor` (above 1 is in) around its middle, never narrower than 4 days. */
export function zoomWindow(
  [from, to]: readonly [number, number],
  factor: number,
): [number, number] {
  const mid = (from + to) / 2;
  const half = Math.max(2 * DAY, (to - from) / factor / 2);
  return [mid - half, mid + half];
}

/** `window` moved along by `by` times its length (negative is earlier). */
export function panWindow([from, to]: readonly [number, number], by: number): [number, number] {
  const pan = (to - from) * by;
  return [from + pan, to + pan];
}

/**
 * The extent the timeline can show for events spanning `extent`: a margin either side, so the
 * first and last marks are not on the edge. With no dated events, 2000 to 2025.
 */
export function paddedExtent(extent: readonly [number, number] | null): [number, number] {
  if (!extent) return [Date.UTC(2000, 0, 1), Date.UTC(2025, 0, 1)];
  const margin = Math.max(YEAR / 4, (extent[1] - extent[0]) * 0.04);
  return [extent[0] - margin, extent[1] + margin];
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
