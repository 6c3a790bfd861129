import { useCallback, type RefObject } from "react";
import { hitTest } from "../../timeline/layout/hitTest.ts";
import type { RenderResult } from "../../timeline/render/renderTimeline.ts";
import type { HistoryMode } from "../state/useViewState.ts";
import type { Hover } from "./TimelineTooltip.tsx";
import { AXIS_HEIGHT, lanesTop } from "./timelineMeasures.ts";
import { padWindow } from "./timeWindow.ts";

/** The drawing's surfaces and state, and where the pointer's choices go. */
export interface CanvasPointerInput {
  /** The SVG above the canvas, which receives the pointer. */
  readonly svgRef: RefObject<SVGSVGElement | null>;
  readonly drawnRef: RefObject<RenderResult | null>;
  readonly scrollTop: number;
  readonly viewport: number;
  readonly contentHeightRef: RefObject<number>;
  readonly onSelect: (id: string) => void;
  readonly setWindow: (window: readonly [number, number], mode: HistoryMode) => void;
  readonly onHover: (hover: Hover | null) => void;
}

interface Point {
  readonly clientX: number;
  readonly clientY: number;
}

/**
 * The pointer on marks drawn on the canvas, which are pixels, not elements: the mark or cluster
 * under it is found in the drawn plan. A click selects a mark or zooms into a cluster; moving
 * over a mark shows its label. Marks drawn in SVG answer the pointer themselves.
 */
export function useCanvasPointer(input: CanvasPointerInput): {
  readonly onClick: (event: Point) => void;
  readonly onPointerMove: (event: Point) => void;
} {
  const { svgRef, drawnRef, scrollTop, viewport, contentHeightRef } = input;
  const { onSelect, setWindow, onHover } = input;
  const hit = useCallback(
    (event: Point) => {
      const result = drawnRef.current;
      if (!result || result.mode !== "canvas" || !svgRef.current) return null;
      const rect = svgRef.current.getBoundingClientRect();
      const top = lanesTop(scrollTop, contentHeightRef.current, viewport);
      return hitTest(
        result.marks,
        result.clusters,
        event.clientX - rect.left,
        event.clientY - rect.top - AXIS_HEIGHT + top,
      );
    },
    [svgRef, drawnRef, scrollTop, viewport, contentHeightRef],
  );

  const onClick = useCallback(
    (event: Point) => {
      const found = hit(event);
      if (found?.mark) onSelect(found.mark.id);
      else if (found?.cluster)
        setWindow(padWindow([found.cluster.start, found.cluster.end]), "replace");
    },
    [hit, onSelect, setWindow],
  );

  const onPointerMove = useCallback(
    (event: Point) => {
      if (drawnRef.current?.mode !== "canvas") return;
      const found = hit(event);
      onHover(
        found?.mark
          ? { id: found.mark.id, x: found.mark.x1, y: found.mark.y + AXIS_HEIGHT - scrollTop }
          : null,
      );
    },
    [drawnRef, hit, onHover, scrollTop],
  );

  return { onClick, onPointerMove };
}
