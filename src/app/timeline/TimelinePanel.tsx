import { scaleUtc, type ScaleTime } from "d3-scale";
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from "react";
import type { EventSpan } from "../../timeline/layout/eventSpan.ts";
import { lanesOf, type Lane, type LaneLabels } from "../../timeline/layout/groupLanes.ts";
import { hitTest } from "../../timeline/layout/hitTest.ts";
import type { ClusterPlan, TimelinePlan } from "../../timeline/layout/layoutTimeline.ts";
import { planFrame, type FramePlan } from "../../timeline/layout/planFrame.ts";
import { renderBrush, renderDensity } from "../../timeline/render/renderOverview.ts";
import { renderTimeline, type RenderResult } from "../../timeline/render/renderTimeline.ts";
import type { HistoryMode } from "../state/useViewState.ts";
import type { LaneMode } from "../state/viewState.ts";
import { keyCommand, ZOOM_STEP } from "./keyCommand.ts";
import { useI18n } from "../i18n/useI18n.ts";
import { clampWindow, formatWindow, padWindow } from "./timeWindow.ts";
import { useTimeZoom } from "./useTimeZoom.ts";

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

const LABEL_WIDTH = 150;
const AXIS_HEIGHT = 26;
const RIGHT = 14;
const OVERVIEW_HEIGHT = 40;
const DAY = 86_400_000;
const SIZE = { rowHeight: 20, maxRows: 4, minBand: 8, radius: 7, lanePadding: 5, binWidth: 28 };
// Past this many marks in view, SVG nodes cost more than a canvas redraw.
const SVG_LIMIT = 120;
const MAX_VIEWPORT = 640;
// Until it is measured (and in the build, where nothing is), the drawing is laid out this wide.
const INITIAL_WIDTH = 900;

/** A frame's layout: what is in the window `shown` at `width`, lanes scrolled to `scrollTop`. */
function layoutFrame(input: {
  readonly lanes: readonly Lane[];
  readonly ordered: readonly EventSpan[];
  readonly starts: Float64Array;
  readonly shown: readonly [number, number];
  readonly width: number;
  readonly scrollTop: number;
  readonly rows: Map<string, number>;
  readonly selectedId: string | null;
  readonly focusId: string | null;
}): FramePlan & { readonly x: ScaleTime<number, number> } {
  const x = scaleUtc()
    .domain([input.shown[0], input.shown[1]])
    .range([LABEL_WIDTH, input.width - RIGHT]);
  const frame = planFrame({
    lanes: input.lanes,
    ordered: input.ordered,
    starts: input.starts,
    x,
    size: { ...SIZE, width: input.width - RIGHT },
    selectedId: input.selectedId,
    focusId: input.focusId,
    view: {
      top: input.scrollTop - 200,
      bottom: input.scrollTop + MAX_VIEWPORT + 200,
      rows: input.rows,
    },
  });
  return { ...frame, x };
}

/** The drawing's width for a box `px` wide. */
function widthOf(px: number): number {
  return Math.max(320, Math.floor(px));
}

/** The scroll viewport's height for lanes `planHeight` tall. */
function viewportFor(planHeight: number): number {
  return Math.max(AXIS_HEIGHT + 40, Math.min(MAX_VIEWPORT, planHeight + AXIS_HEIGHT));
}

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
  const { spans, extent, lanes, selectedId, companyName, eventLabel, onWindow, onSelect } = props;
  const ordered = spans;
  const localizer = useI18n();
  const words = localizer.messages.timeline;
  const laneLabels = useMemo<LaneLabels>(
    () => ({ company: companyName, type: (type) => localizer.messages.types[type] }),
    [companyName, localizer],
  );
  const laneGroups = useMemo(() => lanesOf(spans, lanes, laneLabels), [spans, lanes, laneLabels]);
  const orderedStarts = useMemo(() => Float64Array.from(ordered, (s) => s.main.start), [ordered]);
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const overview = useRef<SVGSVGElement>(null);
  const label = useRef<HTMLSpanElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const frame = useRef<number | null>(null);
  const drawn = useRef<RenderResult | null>(null);
  // The latest draw, with the latest props, for frames drawn outside React.
  const draw = useRef<((window: readonly [number, number]) => void) | null>(null);
  const [width, setWidth] = useState(INITIAL_WIDTH);
  const [scrollTop, setScrollTop] = useState(0);
  // The window as last set through React; `live` is the one on screen, ahead of it mid-gesture.
  const [domain, setDomain] = useState<readonly [number, number]>(props.window ?? extent);
  const live = useRef(domain);
  // The URL's window wins whenever it changes (back, forward, a brush, a deep link).
  const [controlled, setControlled] = useState({ window: props.window, extent });
  if (controlled.window !== props.window || controlled.extent !== extent) {
    setControlled({ window: props.window, extent });
    setDomain(props.window ?? extent);
  }
  const [focusId, setFocusId] = useState<string | null>(null);
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null);
  // The last plan drawn, for hit testing and keyboard moves; not state, so drawing a frame does
  // not cause another render.
  const plan = useRef<TimelinePlan | null>(null);
  // Row counts of lanes last laid out, so lanes scrolled out of view keep their height.
  const laneRows = useRef(new Map<string, number>());
  // The lanes' full height changes on most zoom frames (stacks grow and shrink), so it is kept
  // out of React: only the viewport's height, and whether lanes overflow it, are state.
  const contentHeight = useRef(AXIS_HEIGHT + 40);
  const spacer = useRef<HTMLDivElement>(null);
  // The first frame's layout, before anything is drawn: the page (prerendered by the build, too)
  // holds the room the drawing will take, so nothing below it moves when it appears.
  const [first] = useState(() => {
    const { plan } = layoutFrame({
      lanes: laneGroups,
      ordered,
      starts: orderedStarts,
      shown: domain,
      width: INITIAL_WIDTH,
      scrollTop: 0,
      rows: new Map(),
      selectedId,
      focusId: null,
    });
    return { height: plan.height + AXIS_HEIGHT, label: formatWindow(domain, localizer.day) };
  });
  const [viewport, setViewport] = useState(() => viewportFor(first.height - AXIS_HEIGHT));
  const [overflowing, setOverflowing] = useState(() => first.height > viewport);
  // What the last drawn frame set them to: a frame that changes them needs no second drawing.
  const shownSize = useRef({ viewport, overflowing });
  // Whether the box's width has been read: until then, `width` is only INITIAL_WIDTH.
  const measured = useRef(false);
  // A prerendered page is taken over with its fallback in place, and drawn in the next render:
  // the work of hydrating and the work of drawing are two tasks, not one long one. The drawing
  // and the fallback's removal are one commit, so no frame shows neither.
  const [drawing, setDrawing] = useState(() => props.fallback === null);
  useEffect(() => {
    const next = requestAnimationFrame(() => setDrawing(true));
    return () => cancelAnimationFrame(next);
  }, []);

  const base = useMemo(
    () =>
      scaleUtc()
        .domain([extent[0], extent[1]])
        .range([LABEL_WIDTH, width - RIGHT]),
    [extent, width],
  );
  const laneOf = (span: EventSpan) =>
    laneGroups.findIndex(
      (l) => l.key === (lanes === "company" ? span.event.companies[0] : span.event.type),
    );

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) =>
      setWidth(widthOf(entry?.contentRect.width ?? INITIAL_WIDTH)),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  /** A gesture's frame: drawn at the next animation frame, however many moves arrive before. */
  const move = useCallback(
    (next: readonly [number, number]) => {
      live.current = next;
      if (frame.current !== null) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = null;
        draw.current?.(live.current);
        onWindow([live.current[0], live.current[1]], "replace-later");
      });
    },
    [onWindow],
  );
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const sync = useTimeZoom(svg, {
    base,
    minSpan: 3 * DAY,
    // When the lanes scroll, the wheel scrolls them; Ctrl/⌘ + wheel (and a pinch) zooms.
    wheelZooms: !overflowing,
    shown: live,
    onMove: move,
  });
  // Before paint, so a wheel event between a settle's render and its effects is not undone.
  useLayoutEffect(() => {
    live.current = domain;
    sync(domain);
  }, [domain, sync]);

  const setWindow = useCallback(
    (next: readonly [number, number] | null, mode: HistoryMode) => {
      const clamped = next ? clampWindow(next, extent) : null;
      // A gesture's frame still to come would report its window after this one.
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
      // Always a new array: after a gesture, React's window may already equal this one while
      // the screen shows another, and an equal state would not be drawn.
      setDomain(clamped ?? [extent[0], extent[1]]);
      onWindow(
        clamped && !(clamped[0] <= extent[0] && clamped[1] >= extent[1])
          ? [clamped[0], clamped[1]]
          : null,
        mode,
      );
    },
    [extent, onWindow],
  );

  const zoomBy = useCallback(
    (factor: number) => {
      const [from, to] = live.current;
      const mid = (from + to) / 2;
      const half = Math.max(2 * DAY, (to - from) / factor / 2);
      setWindow([mid - half, mid + half], "replace");
    },
    [setWindow],
  );

  useLayoutEffect(() => {
    if (!drawing) return;
    // The box's width is read before the first drawing, which would otherwise be drawn at the
    // initial width and at once again at the real one (the size observer reports it later).
    if (!measured.current && box.current) {
      measured.current = true;
      const actual = widthOf(box.current.clientWidth);
      if (actual !== width) {
        setWidth(actual);
        return;
      }
    }
    draw.current = (shown) => {
      if (!svg.current || !canvas.current) return;
      const started = performance.now();
      const {
        plan: next,
        tabStopId,
        x,
      } = layoutFrame({
        lanes: laneGroups,
        ordered,
        starts: orderedStarts,
        shown,
        width,
        scrollTop,
        rows: laneRows.current,
        selectedId,
        focusId,
      });
      const height = viewportFor(next.height);
      drawn.current = renderTimeline(svg.current, canvas.current, next, {
        x,
        width,
        height,
        top: Math.min(scrollTop, Math.max(0, next.height + AXIS_HEIGHT - height)),
        axisHeight: AXIS_HEIGHT,
        labelWidth: LABEL_WIDTH,
        selectedId,
        tabStopId,
        svgLimit: SVG_LIMIT,
        label: eventLabel,
        clusterLabel: (c: ClusterPlan) =>
          words.cluster(c.count, localizer.day(c.start), localizer.day(c.end)),
        tickFormat: localizer.tick,
        onActivate: onSelect,
        onCluster: (c) => setWindow(padWindow([c.start, c.end]), "replace"),
        onHover: (id, hx, hy) => setHover(id ? { id, x: hx, y: hy } : null),
      });
      plan.current = next;
      if (overview.current)
        renderBrush(overview.current, {
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
      // Rewriting the same text would have screen readers announce it again. The text node is
      // React's (it rendered the first window's label), so it is changed in place, never replaced.
      const text = formatWindow(shown, localizer.day);
      const labelText = label.current?.firstChild;
      if (labelText && labelText.nodeValue !== text) labelText.nodeValue = text;
      contentHeight.current = next.height + AXIS_HEIGHT;
      if (spacer.current)
        spacer.current.style.height = `${Math.max(0, contentHeight.current - height)}px`;
      // Compared first: even an unchanged value, set outside a render, can cost one.
      const size = { viewport: height, overflowing: contentHeight.current > height };
      if (size.viewport !== shownSize.current.viewport) setViewport(size.viewport);
      if (size.overflowing !== shownSize.current.overflowing) setOverflowing(size.overflowing);
      shownSize.current = size;
      // Benchmarks read this: how long a frame's layout and drawing took.
      performance.measure("exitline:render", { start: started });
      const target = pendingFocus.current;
      if (target && next.marks.some((m) => m.id === target)) {
        pendingFocus.current = null;
        svg.current.querySelector<SVGGElement>(`g.mark[data-id="${CSS.escape(target)}"]`)?.focus();
      }
    };
    draw.current(live.current);
    // `domain` is drawn through `live`; a window set through React is drawn at once.
  }, [
    drawing,
    domain,
    base,
    move,
    sync,
    width,
    scrollTop,
    laneGroups,
    ordered,
    orderedStarts,
    selectedId,
    focusId,
    eventLabel,
    onSelect,
    setWindow,
    localizer,
    words,
  ]);

  useEffect(() => {
    if (overview.current)
      renderDensity(overview.current, {
        x: base,
        width,
        height: OVERVIEW_HEIGHT,
        starts: ordered.map((s) => s.main.start),
      });
  }, [base, width, ordered]);

  /** On the canvas, marks are pixels: find the one under the pointer from the drawn plan. */
  const hit = (event: PointerEvent<SVGSVGElement>) => {
    const result = drawn.current;
    if (!result || result.mode !== "canvas" || !svg.current) return null;
    const rect = svg.current.getBoundingClientRect();
    const top = Math.min(scrollTop, Math.max(0, contentHeight.current - viewport));
    return hitTest(
      result.marks,
      result.clusters,
      event.clientX - rect.left,
      event.clientY - rect.top - AXIS_HEIGHT + top,
    );
  };

  const inCluster = (span: EventSpan) => {
    const lane = laneOf(span);
    return (
      plan.current?.clusters.some(
        (c) => c.lane === lane && span.main.start >= c.start && span.main.start <= c.end,
      ) ?? false
    );
  };

  const moveFocus = (fromId: string, step: number) => {
    const index = ordered.findIndex((s) => s.event.id === fromId);
    const target = ordered[Math.min(ordered.length - 1, Math.max(0, index + step))];
    if (!target || target.event.id === fromId) return;
    setFocusId(target.event.id);
    pendingFocus.current = target.event.id;
    const { start } = target.main;
    const end = target.effective?.end ?? target.main.end;
    const lane = Math.max(0, laneOf(target));
    const laneTop = plan.current?.lanes[lane]?.y ?? 0;
    if (laneTop < scrollTop || laneTop > scrollTop + viewport - AXIS_HEIGHT - 30)
      box.current?.scrollTo({ top: laneTop });
    const [from, to] = live.current;
    if (start < from || end > to) {
      const half = inCluster(target) ? 20 * DAY : (to - from) / 2;
      setWindow([(start + end) / 2 - half, (start + end) / 2 + half], "replace");
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const id = (event.target as Element).closest?.("g.mark")?.getAttribute("data-id");
    const command = keyCommand(event.key, event.shiftKey, Boolean(id));
    if (!command) return;
    event.preventDefault();
    if (command.kind === "zoom") zoomBy(command.factor);
    else if (command.kind === "fit") setWindow(null, "replace");
    else if (command.kind === "step" && id) moveFocus(id, command.by);
    else if (command.kind === "pan") {
      const [from, to] = live.current;
      const pan = (to - from) * command.by;
      setWindow([from + pan, to + pan], "replace");
    }
  };

  const hovered = hover ? eventLabel(hover.id) : null;
  return (
    <div className="timeline-panel">
      <div className="zoom-controls" role="toolbar" aria-label={words.zoom}>
        <button
          type="button"
          onClick={() => zoomBy(ZOOM_STEP)}
          aria-label={words.zoomIn}
          title={words.zoomInTitle}
        >
          +
        </button>
        <button
          type="button"
          onClick={() => zoomBy(1 / ZOOM_STEP)}
          aria-label={words.zoomOut}
          title={words.zoomOutTitle}
        >
          −
        </button>
        <button type="button" onClick={() => setWindow(null, "replace")} title={words.fitAllTitle}>
          {words.fitAll}
        </button>
        {overflowing && <span className="hint">{words.scrollHint}</span>}
        {/* Written by each drawn frame, which can come from a gesture rather than a render. */}
        <span ref={label} className="window-label" aria-live="polite">
          {first.label}
        </span>
      </div>
      {/*
        Time runs left to right in every language, Arabic included, as in Arabic-language
        charts and market timelines with Western digits: the axis, the overview, the lane
        labels' column and the arrow keys (→ is later) keep one orientation, so a date's place
        is the same whatever language reads it. The text around them mirrors.
      */}
      <div
        className="timeline-canvas"
        id={TIMELINE_ID}
        tabIndex={-1}
        dir="ltr"
        ref={box}
        onKeyDown={onKeyDown}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        {/* Sized by the drawing's height attribute, not a style: the page's policy ignores style
            attributes in markup, and the prerendered page must hold the drawing's room. */}
        <div className="timeline-stage">
          <canvas ref={canvas} className="timeline-marks" aria-hidden="true" />
          <svg
            ref={svg}
            className="timeline-svg"
            height={viewport}
            aria-label={words.marks}
            onClick={(event) => {
              const found = hit(event as unknown as PointerEvent<SVGSVGElement>);
              if (found?.mark) onSelect(found.mark.id);
              else if (found?.cluster)
                setWindow(padWindow([found.cluster.start, found.cluster.end]), "replace");
            }}
            onPointerMove={(event) => {
              if (drawn.current?.mode !== "canvas") return;
              const found = hit(event);
              setHover(
                found?.mark
                  ? {
                      id: found.mark.id,
                      x: found.mark.x1,
                      y: found.mark.y + AXIS_HEIGHT - scrollTop,
                    }
                  : null,
              );
            }}
          />
          {!drawing && props.fallback}
          {hover && hovered && (
            <div
              className="tooltip"
              role="tooltip"
              dir={localizer.dir}
              style={{ left: Math.min(hover.x, width - 260), top: hover.y + 24 }}
            >
              {hovered}
            </div>
          )}
        </div>
        <div ref={spacer} aria-hidden="true" />
      </div>
      <svg
        ref={overview}
        className="overview-svg"
        height={OVERVIEW_HEIGHT}
        role="img"
        aria-label={words.overview}
      />
    </div>
  );
}
