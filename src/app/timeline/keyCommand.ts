/** What a key pressed in the timeline asks for. */
export type KeyCommand =
  | { readonly kind: "zoom"; readonly factor: number }
  | { readonly kind: "fit" }
  /** Move the keyboard focus this many events along, in time order (±Infinity: first or last). */
  | { readonly kind: "step"; readonly by: number }
  /** Pan by this fraction of the visible window. */
  | { readonly kind: "pan"; readonly by: number };

/** How much one press of + or − zooms. */
export const ZOOM_STEP = 1.6;

/**
 * The timeline's keys: + and − zoom, 0 fits all; on a mark, arrows step through events in time
 * order and Home/End jump to the first and last; elsewhere, or with Shift, arrows pan.
 * The arrows follow the time axis, which runs left to right in every interface language, Arabic
 * included (see TimelinePanel): → is later everywhere, as the mark it moves to is to the right.
 */
export function keyCommand(key: string, shift: boolean, onMark: boolean): KeyCommand | null {
  const step = onMark && !shift;
  switch (key) {
    case "+":
    case "=":
      return { kind: "zoom", factor: ZOOM_STEP };
    case "-":
    case "_":
      return { kind: "zoom", factor: 1 / ZOOM_STEP };
    case "0":
      return { kind: "fit" };
    case "ArrowRight":
    case "ArrowDown":
      return step ? { kind: "step", by: 1 } : { kind: "pan", by: 1 / 4 };
    case "ArrowLeft":
    case "ArrowUp":
      return step ? { kind: "step", by: -1 } : { kind: "pan", by: -1 / 4 };
    case "Home":
      return onMark ? { kind: "step", by: -Infinity } : null;
    case "End":
      return onMark ? { kind: "step", by: Infinity } : null;
    default:
      return null;
  }
}
