import { useLayoutEffect, useRef, type RefObject } from "react";
import type { EventSpan } from "../../timeline/layout/eventSpan.ts";
import type { Lane } from "../../timeline/layout/groupLanes.ts";
import type { TimelinePlan } from "../../timeline/layout/layoutTimeline.ts";
import { renderTimeline, type RenderResult } from "../../timeline/render/renderTimeline.ts";
import { useI18n } from "../i18n/useI18n.ts";
import type { HistoryMode } from "../state/useViewState.ts";
import { layoutFrame } from "./layoutFrame.ts";
import type { Hover } from "./TimelineTooltip.tsx";
import { AXIS_HEIGHT, LABEL_WIDTH, lanesTop, SVG_LIMIT, viewportFor } from "./timelineMeasures.ts";
import { formatWindow, padWindow } from "./timeWindow.ts";
import type { LanesViewport } from "./useLanesViewport.ts";
import type { FrameDrawer } from "./useTimeWindow.ts";

/** The elements drawn into, what to draw, and where the drawing's input goes. */
export interface DrawingInput {
  readonly svgRef: RefObject<SVGSVGElement | null>;
  readonly canvasRef: RefObject<HTMLCanvasElement | null>;
  /** The window label's element, whose text each frame sets. */
  readonly labelRef: RefObject<HTMLSpanElement | null>;
  /** Set here to the latest drawer, for frames drawn outside React. */
  readonly drawRef: RefObject<FrameDrawer | null>;
  /** The window on screen. */
  readonly liveRef: RefObject<readonly [number, number]>;
  /** An event to focus once a frame draws its mark. */
  readonly pendingFocusRef: RefObject<string | null>;
  /** False until a prerendered page has been taken over. */
  readonly drawing: boolean;
  /** The window as React holds it: a window set through React is drawn at once. */
  readonly domain: readonly [number, number];
  readonly width: number;
  /** Reads the drawing's width before the first frame; true if it changed. */
  readonly measure: () => boolean;
  readonly scrollTop: number;
  readonly lanes: readonly Lane[];
  readonly ordered: readonly EventSpan[];
  readonly starts: Float64Array;
  readonly selectedId: string | null;
  readonly focusId: string | null;
  readonly eventLabel: (id: string) => string;
  readonly onSelect: (id: string) => void;
  readonly setWindow: (window: readonly [number, number], mode: HistoryMode) => void;
  readonly onHover: (hover: Hover | null) => void;
  /** Draws what else follows the window: the overview's brush. */
  readonly drawBrush: FrameDrawer;
  readonly fitViewport: LanesViewport["fit"];
}

/** What the last frame drew, for hit testing and keyboard moves. */
export interface Drawn {
  /** The last frame's plan. */
  readonly planRef: RefObject<TimelinePlan | null>;
  /** What it drew, in SVG or on the canvas. */
  readonly drawnRef: RefObject<RenderResult | null>;
}

/**
 * Lays out and draws the timeline's frames. A frame is drawn whenever what it shows changes in
 * React, and by `drawRef` for each step of a gesture, without a render. Neither plan is state, so
 * drawing a frame does not cause another render.
 */
export function useTimelineDrawing(input: DrawingInput): Drawn {
  const { svgRef, canvasRef, labelRef, drawRef, liveRef, pendingFocusRef } = input;
  const { drawing, domain, width, measure } = input;
  const { scrollTop, lanes, ordered, starts, selectedId, focusId } = input;
  const { eventLabel, onSelect, setWindow, onHover, drawBrush, fitViewport } = input;
  const localizer = useI18n();
  const planRef = useRef<TimelinePlan | null>(null);
  const drawnRef = useRef<RenderResult | null>(null);
  // Row counts of lanes last laid out, so lanes scrolled out of view keep their height.
  const laneRows = useRef(new Map<string, number>());

  useLayoutEffect(() => {
    if (!drawing) return;
    // The box's width is read before the first drawing, which would otherwise be drawn at the
    // initial width and at once again at the real one (the size observer reports it later).
    if (measure()) return;
    drawRef.current = (shown) => {
      if (!svgRef.current || !canvasRef.current) return;
      const started = performance.now();
      const {
        plan: next,
        tabStopId,
        x,
      } = layoutFrame({
        lanes,
        ordered,
        starts,
        shown,
        width,
        scrollTop,
        rows: laneRows.current,
        selectedId,
        focusId,
      });
      const height = viewportFor(next.height);
      drawnRef.current = renderTimeline(svgRef.current, canvasRef.current, next, {
        x,
        width,
        height,
        top: lanesTop(scrollTop, next.height + AXIS_HEIGHT, height),
        axisHeight: AXIS_HEIGHT,
        labelWidth: LABEL_WIDTH,
        selectedId,
        tabStopId,
        svgLimit: SVG_LIMIT,
        label: eventLabel,
        clusterLabel: (c) =>
          localizer.messages.timeline.cluster(
            c.count,
            localizer.day(c.start),
            localizer.day(c.end),
          ),
        tickFormat: localizer.tick,
        onActivate: onSelect,
        onCluster: (c) => setWindow(padWindow([c.start, c.end]), "replace"),
        onHover: (id, hx, hy) => onHover(id ? { id, x: hx, y: hy } : null),
      });
      planRef.current = next;
      drawBrush(shown);
      // Rewriting the same text would have screen readers announce it again. The text node is
      // React's (it rendered the first window's label), so it is changed in place, never replaced.
      const text = formatWindow(shown, localizer.day);
      const labelText = labelRef.current?.firstChild;
      if (labelText && labelText.nodeValue !== text) labelText.nodeValue = text;
      fitViewport(next.height, height);
      // Benchmarks read this: how long a frame's layout and drawing took.
      performance.measure("exitline:render", { start: started });
      const target = pendingFocusRef.current;
      if (target && next.marks.some((m) => m.id === target)) {
        pendingFocusRef.current = null;
        svgRef.current
          .querySelector<SVGGElement>(`g.mark[data-id="${CSS.escape(target)}"]`)
          ?.focus();
      }
    };
    drawRef.current(liveRef.current);
    // `domain` is drawn through `live`; a window set through React is drawn at once.
  }, [
    svgRef,
    canvasRef,
    labelRef,
    drawRef,
    liveRef,
    pendingFocusRef,
    drawing,
    domain,
    width,
    measure,
    scrollTop,
    lanes,
    ordered,
    starts,
    selectedId,
    focusId,
    eventLabel,
    onSelect,
    setWindow,
    onHover,
    drawBrush,
    fitViewport,
    localizer,
  ]);

  return { planRef, drawnRef };
}
