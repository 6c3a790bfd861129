import { useCallback, useRef, useState, type RefObject } from "react";
import { AXIS_HEIGHT, viewportFor } from "./timelineMeasures.ts";

/** The lanes' scroll viewport, as the last drawn frame left it. */
export interface LanesViewport {
  /** The viewport's height, axis included. */
  readonly viewport: number;
  /** Whether the lanes are taller than the viewport, so they scroll inside it. */
  readonly overflowing: boolean;
  /** The lanes' full height, axis included. */
  readonly contentHeightRef: RefObject<number>;
  /** An element under the drawing, as tall as the lanes below the viewport: it makes them scroll. */
  readonly spacerRef: RefObject<HTMLDivElement | null>;
  /** Fits the spacer, and the viewport's state, to a frame's lanes `planHeight` tall seen through a viewport `viewport` tall. */
  readonly fit: (planHeight: number, viewport: number) => void;
}

/**
 * The lanes' full height changes on most zoom frames (stacks grow and shrink), so it is kept
 * out of React: only the viewport's height, and whether lanes overflow it, are state. They start
 * from the first frame's lanes, as tall as `firstPlanHeight` says.
 */
export function useLanesViewport(firstPlanHeight: () => number): LanesViewport {
  const [first] = useState(firstPlanHeight);
  const [viewport, setViewport] = useState(() => viewportFor(first));
  const [overflowing, setOverflowing] = useState(() => first + AXIS_HEIGHT > viewport);
  // What the last drawn frame set them to: a frame that changes them needs no second drawing.
  const shown = useRef({ viewport, overflowing });
  const contentHeightRef = useRef(AXIS_HEIGHT + 40);
  const spacerRef = useRef<HTMLDivElement>(null);

  const fit = useCallback((planHeight: number, height: number) => {
    contentHeightRef.current = planHeight + AXIS_HEIGHT;
    if (spacerRef.current)
      spacerRef.current.style.height = `${Math.max(0, contentHeightRef.current - height)}px`;
    // Compared first: even an unchanged value, set outside a render, can cost one.
    const size = { viewport: height, overflowing: contentHeightRef.current > height };
    if (size.viewport !== shown.current.viewport) setViewport(size.viewport);
    if (size.overflowing !== shown.current.overflowing) setOverflowing(size.overflowing);
    shown.current = size;
  }, []);

  return { viewport, overflowing, contentHeightRef, spacerRef, fit };
}
