const DAY = 86_400_000;

/**
 * The visible window that shows an event: unchanged when the event is already inside it (or the
 * view fits everything), else one of the same width centred on the event.
 */
export function revealEvent(
  window: readonly [number, number] | null,
  span: { readonly start: number; readonly end: number } | null,
): readonly [number, number] | null {
  if (!window || !span) return window;
  if (span.start >= window[0] && span.end <= window[1]) return window;
  const half = Math.max((window[1] - window[0]) / 2, (span.end - span.start) / 2 + 30 * DAY);
  const mid = (span.start + span.end) / 2;
  return [mid - half, mid + half];
}
