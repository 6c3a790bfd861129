import type { EventSpan } from "../../timeline/layout/eventSpan.ts";
import type { TimelinePlan } from "../../timeline/layout/layoutTimeline.ts";
import type { LaneMode } from "../state/viewState.ts";
import { AXIS_HEIGHT } from "./timelineMeasures.ts";

const DAY = 86_400_000;

/** Where the keyboard focus is, and what is on screen around it. */
export interface FocusMoveInput {
  /** Dated events in time order. */
  readonly ordered: readonly EventSpan[];
  readonly fromId: string;
  /** How many events along to go (±Infinity: the first or last). */
  readonly step: number;
  readonly lanes: readonly { readonly key: string }[];
  readonly laneMode: LaneMode;
  /** The last frame drawn, if any. */
  readonly plan: TimelinePlan | null;
  readonly scrollTop: number;
  readonly viewport: number;
  readonly window: readonly [number, number];
}

/** A keyboard step: the event it lands on, and how the view moves to show it. */
export interface FocusMove {
  readonly id: string;
  /** Where to scroll the lanes so the event's lane is in view; null when it already is. */
  readonly scrollTo: number | null;
  /** The window to show so the event is in it; null when it already is. */
  readonly window: [number, number] | null;
}

/**
 * Moves the keyboard focus `step` events along in time order, from lane to lane. The lanes
 * scroll to the event's lane when it is out of view, and the window pans to the event when it is
 * out of the window; an event folded into a cluster is shown zoomed in, so it is drawn apart.
 * Null when there is no event that way.
 */
export function planFocusMove(input: FocusMoveInput): FocusMove | null {
  const { ordered, fromId, plan, scrollTop } = input;
  const index = ordered.findIndex((s) => s.event.id === fromId);
  const target = ordered[Math.min(ordered.length - 1, Math.max(0, index + input.step))];
  if (!target || target.event.id === fromId) return null;
  const lane = laneIndex(input, target);
  const laneTop = plan?.lanes[Math.max(0, lane)]?.y ?? 0;
  const laneHidden = laneTop < scrollTop || laneTop > scrollTop + input.viewport - AXIS_HEIGHT - 30;
  const { start } = target.main;
  const end = target.effective?.end ?? target.main.end;
  const [from, to] = input.window;
  const clustered =
    plan?.clusters.some((c) => c.lane === lane && start >= c.start && start <= c.end) ?? false;
  const half = clustered ? 20 * DAY : (to - from) / 2;
  return {
    id: target.event.id,
    scrollTo: laneHidden ? laneTop : null,
    window: start < from || end > to ? [(start + end) / 2 - half, (start + end) / 2 + half] : null,
  };
}

function laneIndex(input: FocusMoveInput, span: EventSpan): number {
  const key = input.laneMode === "company" ? span.event.companies[0] : span.event.type;
  return input.lanes.findIndex((l) => l.key === key);
}
