import { useCallback, useRef } from "react";
import type { HistoryMode } from "./useViewState.ts";
import type { ViewState } from "./viewState.ts";

/**
 * Selecting an event and closing its detail. A selection adds a history entry and brings the
 * event into the visible window (`reveal`); closing the detail returns the keyboard focus to
 * where it was when the detail opened (a mark, a row), if that element is still on the page.
 */
export function useEventSelection(
  view: ViewState,
  update: (patch: Partial<ViewState>, mode: HistoryMode) => void,
  reveal: (state: ViewState, id: string) => ViewState["window"],
): { readonly select: (id: string) => void; readonly close: () => void } {
  const returnFocus = useRef<HTMLElement | SVGElement | null>(null);
  const select = useCallback(
    (id: string) => {
      const active = document.activeElement;
      if (!returnFocus.current && (active instanceof HTMLElement || active instanceof SVGElement))
        returnFocus.current = active;
      update({ event: id, window: reveal(view, id) }, "push");
    },
    [update, reveal, view],
  );
  const close = useCallback(() => {
    update({ event: null }, "push");
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back?.isConnected) back.focus();
  }, [update]);
  return { select, close };
}
