import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { INITIAL_WIDTH, widthOf } from "./timelineMeasures.ts";

/**
 * The drawing's width, following the box as it resizes. The size observer first reports after the
 * first paint: `measure`, called before the first drawing, reads the box at once and says
 * whether the width changed, so the drawing waits for the render at the real width rather than
 * being drawn twice.
 */
export function useBoxWidth(boxRef: RefObject<HTMLElement | null>): {
  readonly width: number;
  readonly measure: () => boolean;
} {
  const [width, setWidth] = useState(INITIAL_WIDTH);
  const measured = useRef(false);

  useEffect(() => {
    const element = boxRef.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) =>
      setWidth(widthOf(entry?.contentRect.width ?? INITIAL_WIDTH)),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [boxRef]);

  const measure = useCallback(() => {
    if (measured.current || !boxRef.current) return false;
    measured.current = true;
    const actual = widthOf(boxRef.current.clientWidth);
    if (actual === width) return false;
    setWidth(actual);
    return true;
  }, [boxRef, width]);

  return { width, measure };
}
