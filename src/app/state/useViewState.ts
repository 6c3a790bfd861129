import { useCallback, useEffect, useRef, useState } from "react";
import { formatViewState, parseViewState, type ViewState } from "./viewState.ts";

/** How a change reaches the browser history. */
export type HistoryMode = "push" | "replace" | "replace-later";

// Panning and zooming write the URL this long after the last movement, as one replace.
const SETTLE_MS = 400;

/**
 * The view state, kept in the query string. Selections push a history entry, so Back and
 * Forward step through them; everything else replaces the current entry, and continuous
 * changes (pan, zoom) replace it once they settle. `normalise` adjusts a state read from the URL
 * (for example to bring a linked event into view).
 */
export function useViewState(
  normalise: (state: ViewState) => ViewState = (state) => state,
): [ViewState, (patch: Partial<ViewState>, mode?: HistoryMode) => void] {
  // The build renders the first view with no window: the view of a bare URL.
  const [state, setState] = useState(() =>
    normalise(parseViewState(typeof window === "undefined" ? "" : window.location.search)),
  );
  const latest = useRef(state);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const onPop = () => {
      window.clearTimeout(timer.current);
      latest.current = normalise(parseViewState(window.location.search));
      setState(latest.current);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [normalise]);

  const update = useCallback((patch: Partial<ViewState>, mode: HistoryMode = "replace") => {
    latest.current = { ...latest.current, ...patch };
    const write = (how: "push" | "replace") => {
      const url = formatViewState(latest.current) || window.location.pathname;
      if (how === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    };
    window.clearTimeout(timer.current);
    if (mode === "replace-later") {
      // A pan or zoom in progress: the timeline already shows it. The rest of the app and the
      // URL catch up once the movement settles, not on every frame.
      timer.current = window.setTimeout(() => {
        setState(latest.current);
        write("replace");
      }, SETTLE_MS);
    } else {
      setState(latest.current);
      write(mode);
    }
  }, []);

  return [state, update];
}
