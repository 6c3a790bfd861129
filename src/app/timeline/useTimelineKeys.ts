import { useCallback, type KeyboardEvent, type RefObject } from "react";
import type { EventSpan } from "../../timeline/layout/eventSpan.ts";
import type { Lane } from "../../timeline/layout/groupLanes.ts";
import type { TimelinePlan } from "../../timeline/layout/layoutTimeline.ts";
import type { HistoryMode } from "../state/useViewState.ts";
import type { LaneMode } from "../state/viewState.ts";
import { keyCommand } from "./keyCommand.ts";
import { planFocusMove } from "./planFocusMove.ts";
import { panWindow } from "./timeWindow.ts";

/** What the keys act on. */
export interface TimelineKeysInput {
  /** The lanes' scroll box. */
  readonly boxRef: RefObject<HTMLElement | null>;
  readonly ordered: readonly EventSpan[];
  readonly lanes: readonly Lane[];
  readonly laneMode: LaneMode;
  readonly planRef: RefObject<TimelinePlan | null>;
  readonly scrollTop: number;
  readonly viewport: number;
  /** The window on screen. */
  readonly liveRef: RefObject<readonly [number, number]>;
  readonly setWindow: (window: readonly [number, number] | null, mode: HistoryMode) => void;
  readonly zoomBy: (factor: number) => void;
  /** Moves the keyboard focus to an event, once its mark is drawn. */
  readonly focus: (id: string) => void;
}

/**
 * The timeline's keyboard handler (see `keyCommand`): zoom, fit all and pan anywhere in it; on
 * a mark, step to the previous or next event, bringing its lane and date into view.
 */
export function useTimelineKeys(
  input: TimelineKeysInput,
): (event: KeyboardEvent<HTMLElement>) => void {
  const { boxRef, ordered, lanes, laneMode, planRef, scrollTop, viewport, liveRef } = input;
  const { setWindow, zoomBy, focus } = input;
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const id = (event.target as Element).closest?.("g.mark")?.getAttribute("data-id");
      const command = keyCommand(event.key, event.shiftKey, Boolean(id));
      if (!command) return;
      event.preventDefault();
      if (command.kind === "zoom") zoomBy(command.factor);
      else if (command.kind === "fit") setWindow(null, "replace");
      else if (command.kind === "pan") setWindow(panWindow(liveRef.current, command.by), "replace");
      else if (id) {
        const step = planFocusMove({
          ordered,
          fromId: id,
          step: command.by,
          lanes,
          laneMode,
          plan: planRef.current,
          scrollTop,
          viewport,
          window: liveRef.current,
        });
        if (!step) return;
        focus(step.id);
        if (step.scrollTo !== null) boxRef.current?.scrollTo({ top: step.scrollTo });
        if (step.window) setWindow(step.window, "replace");
      }
    },
    [
      boxRef,
      ordered,
      lanes,
      laneMode,
      planRef,
      scrollTop,
      viewport,
      liveRef,
      setWindow,
      zoomBy,
      focus,
    ],
  );
}
