import type { EventSpan } from "./eventSpan.ts";
import { lowerBound, type Lane } from "./groupLanes.ts";
import {
  layoutTimeline,
  type LayoutSize,
  type TimelinePlan,
  type VerticalWindow,
} from "./layoutTimeline.ts";

/** What one drawn frame needs besides the layout: the keyboard's way in. */
export interface FramePlan {
  readonly plan: TimelinePlan;
  /** The one mark reachable with Tab: the selection if drawn, else the focus, else the leftmost. */
  readonly tabStopId: string | null;
}

/** The frame's inputs: the lanes, every dated span in time order, and who is selected or focused. */
export interface FrameInput {
  readonly lanes: readonly Lane[];
  readonly ordered: readonly EventSpan[];
  /** `ordered[i].main.start`, for finding the first event in view. */
  readonly starts: Float64Array;
  readonly x: ((ms: number) => number) & {
    invert(px: number): Date | number;
    domain(): (Date | number)[];
  };
  readonly size: LayoutSize;
  readonly selectedId: string | null;
  readonly focusId: string | null;
  readonly view?: VerticalWindow;
}

/**
 * Lays out a frame so that the keyboard always has a way in, however crowded the view: the
 * selection, the keyboard focus and the first event in view are drawn as marks, never folded
 * into a cluster.
 */
export function planFrame(input: FrameInput): FramePlan {
  const { selectedId, focusId } = input;
  const from = Number(input.x.domain()[0]);
  const entry = input.ordered[lowerBound(input.starts, from)] ?? null;
  const pinned = [spanOf(input.ordered, selectedId), spanOf(input.ordered, focusId), entry].filter(
    (span): span is EventSpan => span !== null,
  );
  const plan = layoutTimeline(input.lanes, input.x, input.size, pinned, input.view);
  const drawn = new Set(plan.marks.map((m) => m.id));
  const leftmost = plan.marks.reduce<(typeof plan.marks)[number] | null>(
    (best, m) => (!best || m.x1 < best.x1 ? m : best),
    null,
  );
  const tabStopId =
    (selectedId && drawn.has(selectedId) ? selectedId : null) ??
    (focusId && drawn.has(focusId) ? focusId : null) ??
    leftmost?.id ??
    null;
  return { plan, tabStopId };
}

// Spans already found by id, for each list of spans: the selection and the keyboard focus change
// now and then, frames many times a second, and finding one reads the whole list.
const found = new WeakMap<readonly EventSpan[], Map<string, EventSpan | null>>();

/** The span of event `id` in `ordered`, or null. */
function spanOf(ordered: readonly EventSpan[], id: string | null): EventSpan | null {
  if (id === null) return null;
  let known = found.get(ordered);
  if (!known) {
    known = new Map();
    found.set(ordered, known);
  }
  let span = known.get(id);
  if (span === undefined) {
    span = ordered.find((s) => s.event.id === id) ?? null;
    known.set(id, span);
  }
  return span;
}
