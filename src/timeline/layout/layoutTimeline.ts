import type { EventType } from "../../model/eventType.ts";
import type { EventSpan } from "./eventSpan.ts";
import type { Lane } from "./groupLanes.ts";

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
  readonly ids: readonly string[];
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
 * Lays out lanes of events on a time scale. Within a lane, marks that would overlap are
 * stacked in rows; a pile taller than `maxRows` becomes a cluster. Marks wholly outside the
 * visible width are left out, so the cost follows what is on screen.
 */
export function layoutTimeline(
  lanes: readonly Lane[],
  x: (ms: number) => number,
  size: LayoutSize,
): TimelinePlan {
  const lanePlans: LanePlan[] = [];
  const marks: MarkPlan[] = [];
  const clusters: ClusterPlan[] = [];
  let y = 0;
  lanes.forEach((lane, laneIndex) => {
    const items = lane.spans
      .map((span) => place(span, x, size))
      .filter((item) => item.right >= 0 && item.left <= size.width);
    items.sort((a, b) => a.left - b.left);
    let rows = 1;
    for (const pile of piles(items)) {
      if (pile.length > size.maxRows) {
        const first = pile[0] as Item;
        clusters.push({
          key: `${lane.key}:${first.span.event.id}`,
          lane: laneIndex,
          y: y + size.lanePadding,
          x1: Math.min(...pile.map((i) => i.left + size.radius)),
          x2: Math.max(...pile.map((i) => i.right - size.radius)),
          ids: pile.map((i) => i.span.event.id),
          start: Math.min(...pile.map((i) => i.span.main.start)),
          end: Math.max(...pile.map((i) => i.span.effective?.end ?? i.span.main.end)),
        });
        continue;
      }
      const rowEnds: number[] = [];
      for (const item of pile) {
        let row = rowEnds.findIndex((end) => end < item.left);
        if (row === -1) row = rowEnds.push(item.right) - 1;
        else rowEnds[row] = item.right;
        rows = Math.max(rows, row + 1);
        marks.push(toMark(item, laneIndex, y + size.lanePadding + row * size.rowHeight, x, size));
      }
    }
    const height = rows * size.rowHeight + 2 * size.lanePadding;
    lanePlans.push({ key: lane.key, label: lane.label, y, height });
    y += height;
  });
  return { lanes: lanePlans, marks, clusters, height: y };
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
