import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import type { HistoryMode } from "../state/useViewState.ts";
import { settleWindow, zoomWindow } from "./timeWindow.ts";

/** Draws a frame of the given window, outside React. */
export type FrameDrawer = (window: readonly [number, number]) => void;

/** The timeline's visible window, as React holds it and as the screen shows it. */
export interface TimeWindow {
  /** The window as last set through React. */
  readonly domain: readonly [number, number];
  /** The window on screen: ahead of `domain` while a gesture moves the view. */
  readonly liveRef: RefObject<readonly [number, number]>;
  /** A gesture's step: drawn at the next animation frame, however many steps arrive before. */
  readonly move: (next: readonly [number, number]) => void;
  /** Shows `next` (null: everything) through React, and reports it. */
  readonly setWindow: (next: readonly [number, number] | null, mode: HistoryMode) => void;
  /** Zooms the window on screen by `factor` around its middle. */
  readonly zoomBy: (factor: number) => void;
}

/**
 * The visible window. The URL's window (`window`) wins whenever it changes (back, forward, a
 * brush, a deep link); buttons, keys and clusters set it through React; a wheel, pinch or drag
 * moves it frame by frame through `drawRef`, without a React render, and reports it to
 * `onWindow` for the URL to catch up once the movement settles.
 */
export function useTimeWindow(
  window: readonly [number, number] | null,
  extent: readonly [number, number],
  onWindow: (window: [number, number] | null, mode: HistoryMode) => void,
  drawRef: RefObject<FrameDrawer | null>,
): TimeWindow {
  const [domain, setDomain] = useState<readonly [number, number]>(window ?? extent);
  const liveRef = useRef(domain);
  const [controlled, setControlled] = useState({ window, extent });
  if (controlled.window !== window || controlled.extent !== extent) {
    setControlled({ window, extent });
    setDomain(window ?? extent);
  }
  // Before paint, like the zoom (see useTimeZoom): the next gesture starts from this window.
  useLayoutEffect(() => {
    liveRef.current = domain;
  }, [domain]);
  const frame = useRef<number | null>(null);

  const move = useCallback(
    (next: readonly [number, number]) => {
      liveRef.current = next;
      if (frame.current !== null) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = null;
        drawRef.current?.(liveRef.current);
        onWindow([liveRef.current[0], liveRef.current[1]], "replace-later");
      });
    },
    [drawRef, onWindow],
  );
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const setWindow = useCallback(
    (next: readonly [number, number] | null, mode: HistoryMode) => {
      const { shown, linked } = settleWindow(next, extent);
      // A gesture's frame still to come would report its window after this one.
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
      // Always a new array: after a gesture, React's window may already equal this one while
      // the screen shows another, and an equal state would not be drawn.
      setDomain(shown);
      onWindow(linked, mode);
    },
    [extent, onWindow],
  );

  const zoomBy = useCallback(
    (factor: number) => setWindow(zoomWindow(liveRef.current, factor), "replace"),
    [setWindow],
  );

  return { domain, liveRef, move, setWindow, zoomBy };
}
