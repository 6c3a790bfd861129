import { scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import {
  zoom as d3zoom,
  zoomIdentity,
  zoomTransform,
  type D3ZoomEvent,
  type ZoomBehavior,
} from "d3-zoom";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { EventSpan } from "../../timeline/layout/eventSpan.ts";
import { groupLanes } from "../../timeline/layout/groupLanes.ts";
import {
  layoutTimeline,
  type ClusterPlan,
  type TimelinePlan,
} from "../../timeline/layout/layoutTimeline.ts";
import { renderOverview } from "../../timeline/render/renderOverview.ts";
import { renderTimeline } from "../../timeline/render/renderTimeline.ts";
import type { HistoryMode } from "../state/useViewState.ts";
import type { LaneMode } from "../state/viewState.ts";

/** What the timeline shows and where it reports the user's input. */
export interface TimelinePanelProps {
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
}

const LABEL_WIDTH = 150;
const AXIS_HEIGHT = 26;
const RIGHT = 14;
const OVERVIEW_HEIGHT = 40;
const DAY = 86_400_000;
const SIZE = { rowHeight: 20, maxRows: 4, minBand: 8, radius: 7, lanePadding: 5 };

/**
 * The interactive timeline: React owns the elements, d3 draws into them and handles zoom.
 * The visible window is controlled by the URL, and reported back as the user pans and zooms.
 */
export function TimelinePanel(props: TimelinePanelProps) {
  const { spans, extent, lanes, selectedId, companyName, eventLabel, onWindow, onSelect } = props;
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const overview = useRef<SVGSVGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const [width, setWidth] = useState(900);
  const [domain, setDomain] = useState<readonly [number, number]>(props.window ?? extent);
  // The URL's window wins whenever it changes (back, forward, a brush, a deep link).
  const [controlled, setControlled] = useState({ window: props.window, extent });
  if (controlled.window !== props.window || controlled.extent !== extent) {
    setControlled({ window: props.window, extent });
    setDomain(props.window ?? extent);
  }
  const [focusId, setFocusId] = useState<string | null>(null);
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null);
  const [plan, setPlan] = useState<TimelinePlan | null>(null);

  const base = useMemo(
    () =>
      scaleUtc()
        .domain([extent[0], extent[1]])
        .range([LABEL_WIDTH, width - RIGHT]),
    [extent, width],
  );
  const ordered = useMemo(() => [...spans].sort((a, b) => a.main.start - b.main.start), [spans]);
  const laneGroups = useMemo(
    () => groupLanes(spans, lanes, companyName),
    [spans, lanes, companyName],
  );

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) =>
      setWidth(Math.max(320, Math.floor(entry?.contentRect.width ?? 900))),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Put d3-zoom's transform where a domain is, without reporting it as a user's move.
  const sync = useCallback(
    (next: readonly [number, number]) => {
      const behaviour = zoomRef.current;
      if (!svg.current || !behaviour) return;
      const [from, to] = zoomTransform(svg.current).rescaleX(base).domain();
      if (
        from &&
        to &&
        Math.abs(from.getTime() - next[0]) < 1000 &&
        Math.abs(to.getTime() - next[1]) < 1000
      )
        return;
      const k = (base(extent[1]) - base(extent[0])) / Math.max(1, base(next[1]) - base(next[0]));
      const transform = zoomIdentity.translate(LABEL_WIDTH - k * base(next[0]), 0).scale(k);
      select(svg.current).call(behaviour.transform, transform);
    },
    [base, extent],
  );

  useEffect(() => {
    if (!svg.current) return;
    const maxZoom = Math.max(1, (extent[1] - extent[0]) / (3 * DAY));
    const behaviour = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, maxZoom])
      .translateExtent([
        [LABEL_WIDTH, 0],
        [width - RIGHT, 0],
      ])
      .extent([
        [LABEL_WIDTH, 0],
        [width - RIGHT, 0],
      ])
      .filter(
        (event: Event) =>
          !(event instanceof KeyboardEvent) &&
          !(event.type === "mousedown" && (event as MouseEvent).button !== 0),
      )
      .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (!event.sourceEvent) return;
        const next = event.transform
          .rescaleX(base)
          .domain()
          .map((d) => d.getTime()) as [number, number];
        setDomain(next);
        onWindow(next, "replace-later");
      });
    zoomRef.current = behaviour;
    select(svg.current).call(behaviour).on("dblclick.zoom", null);
  }, [base, extent, width, onWindow]);

  useEffect(() => sync(domain), [domain, sync]);

  const setWindow = useCallback(
    (next: readonly [number, number] | null, mode: HistoryMode) => {
      const clamped = next ? clamp(next, extent) : null;
      setDomain(clamped ?? extent);
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
      const mid = (domain[0] + domain[1]) / 2;
      const half = Math.max(2 * DAY, (domain[1] - domain[0]) / factor / 2);
      setWindow([mid - half, mid + half], "replace");
    },
    [domain, setWindow],
  );

  // The one Tab stop: the selection if it is drawn, else the last focused, else the first mark.
  const visibleIds = useMemo(() => new Set(plan?.marks.map((m) => m.id)), [plan]);
  const tabStopId =
    (selectedId && visibleIds.has(selectedId) ? selectedId : null) ??
    (focusId && visibleIds.has(focusId) ? focusId : null) ??
    ordered.find((s) => visibleIds.has(s.event.id))?.event.id ??
    null;

  useEffect(() => {
    if (!svg.current) return;
    const x = scaleUtc()
      .domain([domain[0], domain[1]])
      .range([LABEL_WIDTH, width - RIGHT]);
    const next = layoutTimeline(laneGroups, x, { ...SIZE, width: width - RIGHT });
    renderTimeline(svg.current, next, {
      x,
      width,
      axisHeight: AXIS_HEIGHT,
      labelWidth: LABEL_WIDTH,
      selectedId,
      tabStopId,
      label: eventLabel,
      clusterLabel: (c: ClusterPlan) =>
        `${c.ids.length} events, ${new Date(c.start).getUTCFullYear()}–${new Date(c.end).getUTCFullYear()}: zoom in`,
      onActivate: onSelect,
      onCluster: (c) => setWindow(pad([c.start, c.end]), "replace"),
      onHover: (id, hx, hy) => setHover(id ? { id, x: hx, y: hy } : null),
    });
    setPlan(next);
    const target = pendingFocus.current;
    if (target && next.marks.some((m) => m.id === target)) {
      pendingFocus.current = null;
      svg.current.querySelector<SVGGElement>(`g.mark[data-id="${CSS.escape(target)}"]`)?.focus();
    }
  }, [domain, width, laneGroups, selectedId, tabStopId, eventLabel, onSelect, setWindow]);

  useEffect(() => {
    if (!overview.current) return;
    renderOverview(overview.current, {
      x: base,
      width,
      height: OVERVIEW_HEIGHT,
      starts: ordered.map((s) => s.main.start),
      window: domain,
      onBrush: (next, final) => {
        setDomain(next);
        onWindow(next, final ? "replace" : "replace-later");
      },
    });
  }, [base, width, ordered, domain, onWindow]);

  const moveFocus = (from: string, step: number) => {
    const index = ordered.findIndex((s) => s.event.id === from);
    const target = ordered[Math.min(ordered.length - 1, Math.max(0, index + step))];
    if (!target || target.event.id === from) return;
    setFocusId(target.event.id);
    pendingFocus.current = target.event.id;
    const { start } = target.main;
    const end = target.effective?.end ?? target.main.end;
    const inView = start >= domain[0] && end <= domain[1] && visibleIds.has(target.event.id);
    if (!inView) {
      const half =
        visibleIds.has(target.event.id) ||
        !plan?.clusters.some((c) => c.ids.includes(target.event.id))
          ? (domain[1] - domain[0]) / 2
          : 20 * DAY;
      setWindow([(start + end) / 2 - half, (start + end) / 2 + half], "replace");
    } else {
      svg.current
        ?.querySelector<SVGGElement>(`g.mark[data-id="${CSS.escape(target.event.id)}"]`)
        ?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const id = (event.target as Element).closest?.("g.mark")?.getAttribute("data-id");
    const pan = (domain[1] - domain[0]) / 4;
    switch (event.key) {
      case "+":
      case "=":
        zoomBy(1.6);
        break;
      case "-":
      case "_":
        zoomBy(1 / 1.6);
        break;
      case "0":
        setWindow(null, "replace");
        break;
      case "ArrowRight":
      case "ArrowDown":
        if (id && !event.shiftKey) moveFocus(id, 1);
        else setWindow([domain[0] + pan, domain[1] + pan], "replace");
        break;
      case "ArrowLeft":
      case "ArrowUp":
        if (id && !event.shiftKey) moveFocus(id, -1);
        else setWindow([domain[0] - pan, domain[1] - pan], "replace");
        break;
      case "Home":
        if (id && ordered[0]) moveFocus(id, -ordered.length);
        break;
      case "End":
        if (id) moveFocus(id, ordered.length);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const hovered = hover ? eventLabel(hover.id) : null;
  return (
    <div className="timeline-panel">
      <div className="zoom-controls" role="toolbar" aria-label="Zoom">
        <button type="button" onClick={() => zoomBy(1.6)} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button
          type="button"
          onClick={() => zoomBy(1 / 1.6)}
          aria-label="Zoom out"
          title="Zoom out (−)"
        >
          −
        </button>
        <button type="button" onClick={() => setWindow(null, "replace")} title="Fit all (0)">
          Fit all
        </button>
        <span className="window-label" aria-live="polite">
          {formatWindow(domain)}
        </span>
      </div>
      <div className="timeline-canvas" ref={box} onKeyDown={onKeyDown}>
        <svg ref={svg} className="timeline-svg" aria-label="Events by time and lane" />
        {hover && hovered && (
          <div
            className="tooltip"
            role="tooltip"
            style={{ left: Math.min(hover.x, width - 260), top: hover.y + 24 }}
          >
            {hovered}
          </div>
        )}
      </div>
      <svg
        ref={overview}
        className="overview-svg"
        role="img"
        aria-label="Overview of all events; drag to choose the visible window"
      />
    </div>
  );
}

function clamp(
  window: readonly [number, number],
  extent: readonly [number, number],
): [number, number] {
  const span = Math.min(window[1] - window[0], extent[1] - extent[0]);
  let start = Math.max(extent[0], window[0]);
  if (start + span > extent[1]) start = extent[1] - span;
  return [start, start + span];
}

function pad([start, end]: readonly [number, number]): [number, number] {
  const margin = Math.max(15 * DAY, (end - start) * 0.15);
  return [start - margin, end + margin];
}

function formatWindow([start, end]: readonly [number, number]): string {
  const format = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  return `${format.format(start)} – ${format.format(end)}`;
}
