import type { ScaleTime } from "d3-scale";
import { useCallback, useEffect, type RefObject } from "react";
import type { EventSpan } from "../../timeline/layout/eventSpan.ts";
import { renderBrush, renderDensity } from "../../timeline/render/renderOverview.ts";
import type { HistoryMode } from "../state/useViewState.ts";
import { OVERVIEW_HEIGHT } from "./timelineMeasures.ts";
import type { FrameDrawer } from "./useTimeWindow.ts";

/** What the overview strip shows, and where a brush's moves go. */
export interface OverviewInput {
  /** The whole extent across the strip. */
  readonly base: ScaleTime<number, number>;
  readonly width: number;
  readonly ordered: readonly EventSpan[];
  /** Puts the timeline's zoom at a window without reporting it. */
  readonly sync: (window: readonly [number, number]) => void;
  /** A gesture's step. */
  readonly move: (window: readonly [number, number]) => void;
  readonly setWindow: (window: readonly [number, number], mode: HistoryMode) => void;
}

/**
 * The overview strip in `overviewRef`: its density bars are drawn when the events or the size
 * change; the returned drawer moves its brush to the visible window, frame by frame. Dragging
 * the brush moves the view as a gesture does, and sets the window when released.
 */
export function useOverview(
  overviewRef: RefObject<SVGSVGElement | null>,
  { base, width, ordered, sync, move, setWindow }: OverviewInput,
): FrameDrawer {
  useEffect(() => {
    if (overviewRef.current)
      renderDensity(overviewRef.current, {
        x: base,
        width,
        height: OVERVIEW_HEIGHT,
        starts: ordered.map((s) => s.main.start),
      });
  }, [overviewRef, base, width, ordered]);

  return useCallback(
    (shown: readonly [number, number]) => {
      if (overviewRef.current)
        renderBrush(overviewRef.current, {
          x: base,
          width,
          height: OVERVIEW_HEIGHT,
          window: shown,
          onBrush: (window, final) => {
            if (final) setWindow(window, "replace");
            else {
              sync(window);
              move(window);
            }
          },
        });
    },
    [overviewRef, base, width, sync, move, setWindow],
  );
}
