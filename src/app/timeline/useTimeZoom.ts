import type { ScaleTime } from "d3-scale";
import { select } from "d3-selection";
import {
  zoom as d3zoom,
  zoomIdentity,
  zoomTransform,
  type D3ZoomEvent,
  type ZoomBehavior,
} from "d3-zoom";
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from "react";

/** Where the zoom may act, and who hears the user's moves. */
export interface TimeZoomOptions {
  /** The time scale at zoom 1: the whole extent across the plot. */
  readonly base: ScaleTime<number, number>;
  /** How narrow the window may get, in milliseconds. */
  readonly minSpan: number;
  /** Whether a plain wheel zooms; when false, only Ctrl/⌘ + wheel (or a pinch) does. */
  readonly wheelZooms: boolean;
  /** The window set through React: the zoom follows it, before paint. */
  readonly window: readonly [number, number];
  /** The window on screen: a new zoom behaviour (after a resize) starts from it. */
  readonly shown: RefObject<readonly [number, number]>;
  /** Called for every wheel, pinch or drag step, with the window it leads to. */
  readonly onMove: (window: [number, number]) => void;
}

interface Installed {
  readonly element: SVGSVGElement;
  readonly zoom: ZoomBehavior<SVGSVGElement, unknown>;
  readonly base: ScaleTime<number, number>;
  /** True while `moveTo` sets the transform: its zoom events are not the user's. */
  syncing: boolean;
}

/**
 * d3-zoom on `svg`, spoken in time windows rather than transforms. The zoom follows the window
 * set through React (buttons, keys, the URL); `sync`, returned, puts it where another window is
 * (the brush's, mid-drag). Neither is reported as a move. The identity of `sync` never changes.
 */
export function useTimeZoom(
  svg: RefObject<SVGSVGElement | null>,
  options: TimeZoomOptions,
): (window: readonly [number, number]) => void {
  const { window, base, minSpan, wheelZooms, shown } = options;
  const installed = useRef<Installed | null>(null);
  const onMove = useRef(options.onMove);
  useEffect(() => {
    onMove.current = options.onMove;
  }, [options.onMove]);

  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const [left, right] = base.range() as [number, number];
    const [start, end] = base.domain().map((d) => d.getTime()) as [number, number];
    const zoom = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, Math.max(1, (end - start) / minSpan)])
      .translateExtent([
        [left, 0],
        [right, 0],
      ])
      .extent([
        [left, 0],
        [right, 0],
      ])
      .filter((event: Event) => {
        if (event.type === "mousedown") return (event as MouseEvent).button === 0;
        if (event.type === "wheel")
          return wheelZooms || (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        return !(event instanceof KeyboardEvent);
      })
      .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // A transform set mid-gesture carries the gesture's wheel event as its source.
        if (!event.sourceEvent || installed.current?.syncing) return;
        const [from, to] = event.transform.rescaleX(base).domain();
        if (from && to) onMove.current([from.getTime(), to.getTime()]);
      });
    select(element).call(zoom).on("dblclick.zoom", null);
    installed.current = { element, zoom, base, syncing: false };
    moveTo(installed.current, shown.current);
    return () => {
      select(element).on(".zoom", null);
      installed.current = null;
    };
  }, [svg, base, minSpan, wheelZooms, shown]);

  // Before paint, so a wheel event between a settle's render and its effects is not undone.
  useLayoutEffect(() => {
    if (installed.current) moveTo(installed.current, window);
  }, [window]);

  return useCallback((next: readonly [number, number]) => {
    if (installed.current) moveTo(installed.current, next);
  }, []);
}

/** Sets the zoom transform that shows `window`, without reporting it as a move. */
function moveTo(installed: Installed, window: readonly [number, number]): void {
  const { element, zoom, base } = installed;
  const [from, to] = zoomTransform(element).rescaleX(base).domain();
  // Already there (to the second): moving it would interrupt a gesture for nothing.
  if (
    from &&
    to &&
    Math.abs(from.getTime() - window[0]) < 1000 &&
    Math.abs(to.getTime() - window[1]) < 1000
  )
    return;
  const [left, right] = base.range() as [number, number];
  const k = (right - left) / Math.max(1, base(window[1]) - base(window[0]));
  installed.syncing = true;
  try {
    select(element).call(
      zoom.transform,
      zoomIdentity.translate(left - k * base(window[0]), 0).scale(k),
    );
  } finally {
    installed.syncing = false;
  }
}
