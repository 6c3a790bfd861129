import type { EventType } from "../../model/eventType.ts";
import type { EventSpan } from "./eventSpan.ts";
import { lowerBound, type Lane } from "./groupLanes.ts";

/** Sizes the layout works in, in pixels. */
export interface LayoutSize {
  readonly width: number;
  readonly rowHeight: number;
  /** More marks than this piled in one place become a cluster with a count. */
  readonly maxRows: number;
  /** The narrowest a month or year band is drawn, so it stays visible and clickable. */
  readonly minBand: number;
  /** Space a point mark needs on each side. */
  readonly radius: number;
  readonly lanePadding: number;
  /** Width of a density bin when a lane is too crowded to draw event by event. */
  readonly binWidth: number;
}

/**
 * The vertical slice being looked at. Lanes outside it are not laid out: they keep the row count
 * they last had (`rows`, updated here), so scrolling through hundreds of lanes costs only what
 * is on screen.
 */
export interface VerticalWindow {
  readonly top: number;
  readonly bottom: number;
  readonly rows: Map<string, number>;
}

/** One event, placed. */
export interface MarkPlan {
  readonly id: string;
  readonly type: EventType;
  readonly lane: number;
  readonly y: number;
  readonly x1: number;
  readonly x2: number;
  readonly shape: "point" | "band";
  readonly approximate: boolean;
  /** The effective date's mark and the line joining it to the announcement. */
  readonly effective: {
    readonly x1: number;
    readonly x2: number;
    readonly shape: "point" | "band";
    readonly approximate: boolean;
  } | null;
}

/** Marks too close to draw apart at this zoom: one mark with a count, which splits on zoom. */
export interface ClusterPlan {
  readonly key: string;
  readonly lane: number;
  readonly y: number;
  readonly x1: number;
  readonly x2: number;
  readonly count: number;
  /** The time the cluster covers (by event start), for zooming into it. */
  readonly start: number;
  readonly end: number;
}

/** A laid-out lane: where its row band sits. */
export interface LanePlan {
  readonly key: string;
  readonly label: string;
  readonly y: number;
  readonly height: number;
}

/** Everything the renderer draws, already in pixels. */
export interface TimelinePlan {
  readonly lanes: readonly LanePlan[];
  readonly marks: readonly MarkPlan[];
  readonly clusters: readonly ClusterPlan[];
  readonly height: number;
}

interface Item {
  readonly span: EventSpan;
  readonly x1: number;
  readonly x2: number;
  /** Extent including the radius and any effective mark. */
  readonly left: number;
  readonly right: number;
}

/**
 * Lays out lanes of events on a time scale. Only events in the visible time range are looked at
 * (binary search over each lane's sorted starts). Within a lane, marks that would overlap are
 * stacked in rows; a pile taller than `maxRows` becomes a cluster; a lane with more events in
 * view than fit side by side becomes density bins with counts. `pinned` events (the selection,
 * the keyboard focus) are always drawn as marks.
 */
export function layoutTimeline(
  lanes: readonly Lane[],
  x: ((ms: number) => number) & { invert(px: number): Date | number },
  size: LayoutSize,
  pinned: readonly EventSpan[] = [],
  view?: VerticalWindow,
): TimelinePlan {
  const pinnedById = new Map(pinned.map((span) => [span.event.id, span]));
  const lanePlans: LanePlan[] = [];
  const marks: MarkPlan[] = [];
  const clusters: ClusterPlan[] = [];
  const time = (px: number) => Number(x.invert(px));
  const padMs = Math.abs(time(size.radius) - time(0));
  const [from, to] = [time(0), time(size.width)];
  const capacity = size.width / (2 * size.radius + 2);
  let y = 0;
  lanes.forEach((lane, laneIndex) => {
    const known = view?.rows.get(lane.key) ?? 1;
    const estimate = known * size.rowHeight + 2 * size.lanePadding;
    if (view && (y + estimate < view.top || y > view.bottom)) {
      lanePlans.push({ key: lane.key, label: lane.label, y, height: estimate });
      y += estimate;
      return;
    }
    const lo = lowerBound(lane.starts, from - lane.reach - padMs);
    const hi = lowerBound(lane.starts, to + padMs);
    let rows = 1;
    const top = y + size.lanePadding;
    if (hi - lo > capacity) {
      binLane(lane, laneIndex, top, lo, hi, x, time, size, clusters);
      for (const i of positionsIn(lane, pinnedById.values(), lo, hi)) {
        const span = lane.spans[i] as EventSpan;
        marks.push(toMark(place(span, x, size), laneIndex, top, x, size));
      }
    } else {
      const items: Item[] = [];
      for (let i = lo; i < hi; i++) {
        const item = place(lane.spans[i] as EventSpan, x, size);
        if (item.right >= 0 && item.left <= size.width) items.push(item);
      }
      items.sort((a, b) => a.left - b.left);
      for (const pile of piles(items)) {
        if (pile.length > size.maxRows && !pile.some((i) => pinnedById.has(i.span.event.id))) {
          clusters.push(clusterOf(pile, lane.key, laneIndex, top, size));
          continue;
        }
        const rowEnds: number[] = [];
        for (const item of pile) {
          let row = rowEnds.findIndex((end) => end < item.left);
          if (row === -1 && rowEnds.length >= size.maxRows)
            row = rowEnds.indexOf(Math.min(...rowEnds));
          if (row === -1) row = rowEnds.push(item.right) - 1;
          else rowEnds[row] = item.right;
          rows = Math.max(rows, row + 1);
          marks.push(toMark(item, laneIndex, top + row * size.rowHeight, x, size));
        }
      }
    }
    view?.rows.set(lane.key, rows);
    const height = rows * size.rowHeight + 2 * size.lanePadding;
    lanePlans.push({ key: lane.key, label: lane.label, y, height });
    y += height;
  });
  return { lanes: lanePlans, marks, clusters, height: y };
}

/** Counts a crowded lane's events in fixed-width pixel bins, by binary search per bin. */
function binLane(
  lane: Lane,
  laneIndex: number,
  top: number,
  lo: number,
  hi: number,
  x: (ms: number) => number,
  time: (px: number) => number,
  size: LayoutSize,
  clusters: ClusterPlan[],
): void {
  const first = Math.max(0, Math.floor(x(lane.starts[lo] ?? 0) / size.binWidth));
  const last = Math.min(
    Math.ceil(size.width / size.binWidth),
    Math.ceil(x(lane.starts[hi - 1] ?? 0) / size.binWidth) + 1,
  );
  // A bin ends where the next begins: each edge is converted and searched for once.
  let end = time(first * size.binWidth);
  let below = lowerBound(lane.starts, end);
  for (let b = first; b < last; b++) {
    const start = end;
    const from = below;
    end = time((b + 1) * size.binWidth);
    below = lowerBound(lane.starts, end);
    const count = below - from;
    if (count === 0) continue;
    clusters.push({
      key: `${lane.key}:bin:${Math.round(start)}`,
      lane: laneIndex,
      y: top,
      x1: b * size.binWidth + 2,
      x2: (b + 1) * size.binWidth - 2,
      count,
      start,
      end,
    });
  }
}

/**
 * Where `spans` are among `lane.spans[lo..hi)`, in time order: each is found by its start, not
 * by reading the thousands of events a crowded lane holds in view.
 */
function positionsIn(lane: Lane, spans: Iterable<EventSpan>, lo: number, hi: number): number[] {
  const found: number[] = [];
  for (const span of spans) {
    const { start } = span.main;
    for (let i = lowerBound(lane.starts, start); i < hi && lane.starts[i] === start; i++)
      if (i >= lo && (lane.spans[i] as EventSpan).event.id === span.event.id) found.push(i);
  }
  return found.sort((a, b) => a - b);
}

function clusterOf(
  pile: readonly Item[],
  laneKey: string,
  lane: number,
  top: number,
  size: LayoutSize,
): ClusterPlan {
  const first = pile[0] as Item;
  return {
    key: `${laneKey}:${first.span.event.id}`,
    lane,
    y: top,
    x1: Math.min(...pile.map((i) => i.left + size.radius)),
    x2: Math.max(...pile.map((i) => i.right - size.radius)),
    count: pile.length,
    start: Math.min(...pile.map((i) => i.span.main.start)),
    end: Math.max(...pile.map((i) => i.span.effective?.end ?? i.span.main.end)),
  };
}

function place(span: EventSpan, x: (ms: number) => number, size: LayoutSize): Item {
  const [x1, x2] = extent(span.main, x, size);
  const effective = span.effective ? extent(span.effective, x, size) : null;
  return {
    span,
    x1,
    x2,
    left: Math.min(x1, effective?.[0] ?? x1) - size.radius,
    right: Math.max(x2, effective?.[1] ?? x2) + size.radius,
  };
}

function extent(
  t: EventSpan["main"],
  x: (ms: number) => number,
  size: LayoutSize,
): [number, number] {
  if (t.precision === "day") {
    const at = x((t.start + t.end) / 2);
    return [at, at];
  }
  const a = x(t.start);
  const b = x(t.end);
  if (b - a >= size.minBand) return [a, b];
  const mid = (a + b) / 2;
  return [mid - size.minBand / 2, mid + size.minBand / 2];
}

/** Runs of items whose extents touch: each run is stacked, or clustered if too tall. */
function piles(items: readonly Item[]): Item[][] {
  const out: Item[][] = [];
  let current: Item[] = [];
  let end = -Infinity;
  for (const item of items) {
    if (current.length && item.left > end) {
      out.push(current);
      current = [];
    }
    current.push(item);
    end = Math.max(end, item.right);
  }
  if (current.length) out.push(current);
  return out;
}

function toMark(
  item: Item,
  lane: number,
  y: number,
  x: (ms: number) => number,
  size: LayoutSize,
): MarkPlan {
  const { span } = item;
  const effective = span.effective ? extent(span.effective, x, size) : null;
  return {
    id: span.event.id,
    type: span.event.type,
    lane,
    y,
    x1: item.x1,
    x2: item.x2,
    shape: span.main.precision === "day" ? "point" : "band",
    approximate: span.main.approximate,
    effective:
      effective && span.effective
        ? {
            x1: effective[0],
            x2: effective[1],
            shape: span.effective.precision === "day" ? "point" : "band",
            approximate: span.effective.approximate,
          }
        : null,
  };
}
