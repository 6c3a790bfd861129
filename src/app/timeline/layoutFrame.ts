import type { ScaleTime } from "d3-scale";
import type { EventSpan } from "../../timeline/layout/eventSpan.ts";
import type { Lane } from "../../timeline/layout/groupLanes.ts";
import { planFrame, type FramePlan } from "../../timeline/layout/planFrame.ts";
import { INITIAL_WIDTH, MAX_VIEWPORT, plotRight, plotScale, SIZE } from "./timelineMeasures.ts";

/** What a frame shows: the window `shown` at `width`, lanes scrolled to `scrollTop`. */
export interface FrameInput {
  readonly lanes: readonly Lane[];
  readonly ordered: readonly EventSpan[];
  readonly starts: Float64Array;
  readonly shown: readonly [number, number];
  readonly width: number;
  readonly scrollTop: number;
  /** Row counts of lanes last laid out (updated here), so lanes out of view keep their height. */
  readonly rows: Map<string, number>;
  readonly selectedId: string | null;
  readonly focusId: string | null;
}

/** A frame's layout, with the time scale it was laid out on. */
export function layoutFrame(
  input: FrameInput,
): FramePlan & { readonly x: ScaleTime<number, number> } {
  const x = plotScale(input.shown, input.width);
  const frame = planFrame({
    lanes: input.lanes,
    ordered: input.ordered,
    starts: input.starts,
    x,
    size: { ...SIZE, width: plotRight(input.width) },
    selectedId: input.selectedId,
    focusId: input.focusId,
    // Lanes just outside the viewport are laid out too, so a short scroll finds them drawn.
    view: {
      top: input.scrollTop - 200,
      bottom: input.scrollTop + MAX_VIEWPORT + 200,
      rows: input.rows,
    },
  });
  return { ...frame, x };
}

/**
 * The lanes' height in the first frame, laid out before anything is drawn (and in the build,
 * which prerenders the page): the page holds the room the drawing will take, so nothing below
 * it moves when it appears.
 */
export function firstFrameHeight(
  input: Pick<FrameInput, "lanes" | "ordered" | "starts" | "shown" | "selectedId">,
): number {
  return layoutFrame({
    ...input,
    width: INITIAL_WIDTH,
    scrollTop: 0,
    rows: new Map(),
    focusId: null,
  }).plan.height;
}
