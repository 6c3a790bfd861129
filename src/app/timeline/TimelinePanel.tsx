import { useMemo, useRef, useState, type ReactNode } from "react";
import type { EventSpan } from "../../timeline/layout/eventSpan.ts";
import { useI18n } from "../i18n/useI18n.ts";
import type { HistoryMode } from "../state/useViewState.ts";
import type { LaneMode } from "../state/viewState.ts";
import { firstFrameHeight } from "./layoutFrame.ts";
import { TimelineStage } from "./TimelineStage.tsx";
import { TimelineTooltip, type Hover } from "./TimelineTooltip.tsx";
import { OVERVIEW_HEIGHT, plotScale } from "./timelineMeasures.ts";
import { formatWindow } from "./timeWindow.ts";
import { useBoxWidth } from "./useBoxWidth.ts";
import { useCanvasPointer } from "./useCanvasPointer.ts";
import { useDeferredDrawing } from "./useDeferredDrawing.ts";
import { useKeyboardFocus } from "./useKeyboardFocus.ts";
import { useLanes } from "./useLanes.ts";
import { useLanesViewport } from "./useLanesViewport.ts";
import { useOverview } from "./useOverview.ts";
import { useTimelineDrawing } from "./useTimelineDrawing.ts";
import { useTimelineKeys } from "./useTimelineKeys.ts";
import { useTimeWindow, type FrameDrawer } from "./useTimeWindow.ts";
import { useTimeZoom } from "./useTimeZoom.ts";
import { ZoomControls } from "./ZoomControls.tsx";

/** What the timeline shows and where it reports the user's input. */
export interface TimelinePanelProps {
  /** Dated events in time order (by their main date). */
  readonly spans: readonly EventSpan[];
  /** The whole dataset's extent: zooming out stops there. */
  readonly extent: readonly [number, number];
  readonly lanes: LaneMode;
  readonly window: readonly [number, number] | null;
  readonly selectedId: string | null;
  readonly companyName: (id: string) => string;
  readonly eventLabel: (id: string) => string;
  readonly onWindow: (window: [number, number] | null, mode: HistoryMode) => void;
  readonly onSelect: (id: string) => void;
  /** Shown in the drawing's place until it is first drawn: the events as a prerendered page lists them. */
  readonly fallback: ReactNode;
}

/** The id of the lanes' scroll box, which the skip link focuses: its first tab stop is an event. */
export const TIMELINE_ID = "timeline";

const DAY = 86_400_000;

/**
 * The interactive timeline: React owns the elements, d3 draws into them and handles zoom.
 * The visible window is controlled by the URL, and reported back as the user pans and zooms.
 * Lanes scroll vertically inside a fixed viewport, and only what is in view is drawn.
 *
 * While a wheel, pinch, drag or brush moves the view, each frame is drawn straight from the
 * gesture, without a React render: React's copy of the window catches up through the URL once
 * the movement settles. Buttons, keys, clusters and the URL set the window through React.
 */
export function TimelinePanel(props: TimelinePanelProps) {
  const { spans: ordered, extent, selectedId, eventLabel, onSelect } = props;
  const localizer = useI18n();
  const words = localizer.messages.timeline;
  const { lanes, starts } = useLanes(ordered, props.lanes, props.companyName);
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const overviewRef = useRef<SVGSVGElement>(null);
  const labelRef = useRef<HTMLSpanElement>(null);
  // The latest draw, with the latest props, for frames drawn outside React.
  const drawRef = useRef<FrameDrawer | null>(null);
  const { focusId, pendingFocusRef, focus } = useKeyboardFocus();
  const [hover, setHover] = useState<Hover | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const { width, measure } = useBoxWidth(boxRef);
  const drawing = useDeferredDrawing(props.fallback !== null);
  const { domain, liveRef, move, setWindow, zoomBy } = useTimeWindow(
    props.window,
    extent,
    props.onWindow,
    drawRef,
  );
  const [firstLabel] = useState(() => formatWindow(domain, localizer.day));
  const lanesViewport = useLanesViewport(() =>
    firstFrameHeight({ lanes, ordered, starts, shown: domain, selectedId }),
  );
  const { viewport, overflowing, contentHeightRef, spacerRef } = lanesViewport;
  const base = useMemo(() => plotScale(extent, width), [extent, width]);

  const sync = useTimeZoom(svgRef, {
    window: domain,
    base,
    minSpan: 3 * DAY,
    // When the lanes scroll, the wheel scrolls them; Ctrl/⌘ + wheel (and a pinch) zooms.
    wheelZooms: !overflowing,
    shown: liveRef,
    onMove: move,
  });

  const drawBrush = useOverview(overviewRef, { base, width, ordered, sync, move, setWindow });
  const { planRef, drawnRef } = useTimelineDrawing({
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
    onHover: setHover,
    drawBrush,
    fitViewport: lanesViewport.fit,
  });
  const pointer = useCanvasPointer({
    svgRef,
    drawnRef,
    scrollTop,
    viewport,
    contentHeightRef,
    onSelect,
    setWindow,
    onHover: setHover,
  });
  const onKeyDown = useTimelineKeys({
    boxRef,
    ordered,
    lanes,
    laneMode: props.lanes,
    planRef,
    scrollTop,
    viewport,
    liveRef,
    setWindow,
    zoomBy,
    focus,
  });

  return (
    <div className="timeline-panel">
      <ZoomControls
        onZoom={zoomBy}
        onFitAll={() => setWindow(null, "replace")}
        scrolls={overflowing}
        labelRef={labelRef}
        firstLabel={firstLabel}
      />
      <TimelineStage
        id={TIMELINE_ID}
        boxRef={boxRef}
        canvasRef={canvasRef}
        svgRef={svgRef}
        spacerRef={spacerRef}
        viewport={viewport}
        onKeyDown={onKeyDown}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onClick={pointer.onClick}
        onPointerMove={pointer.onPointerMove}
      >
        {!drawing && props.fallback}
        <TimelineTooltip hover={hover} eventLabel={eventLabel} width={width} />
      </TimelineStage>
      <svg
        ref={overviewRef}
        className="overview-svg"
        height={OVERVIEW_HEIGHT}
        role="img"
        aria-label={words.overview}
      />
    </div>
  );
}
