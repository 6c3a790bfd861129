import type { RefObject } from "react";
import { useI18n } from "../i18n/useI18n.ts";
import { ZOOM_STEP } from "./keyCommand.ts";

/** The timeline's toolbar: zoom in and out, fit all, and the visible window in words. */
export function ZoomControls({
  onZoom,
  onFitAll,
  scrolls,
  labelRef,
  firstLabel,
}: {
  readonly onZoom: (factor: number) => void;
  readonly onFitAll: () => void;
  /** Whether the lanes scroll, so the wheel scrolls them rather than zooming. */
  readonly scrolls: boolean;
  /** The window label's element: each drawn frame writes its text. */
  readonly labelRef: RefObject<HTMLSpanElement | null>;
  /** The first frame's window in words. */
  readonly firstLabel: string;
}) {
  const words = useI18n().messages.timeline;
  return (
    <div className="zoom-controls" role="toolbar" aria-label={words.zoom}>
      <button
        type="button"
        onClick={() => onZoom(ZOOM_STEP)}
        aria-label={words.zoomIn}
        title={words.zoomInTitle}
      >
        +
      </button>
      <button
        type="button"
        onClick={() => onZoom(1 / ZOOM_STEP)}
        aria-label={words.zoomOut}
        title={words.zoomOutTitle}
      >
        −
      </button>
      <button type="button" onClick={onFitAll} title={words.fitAllTitle}>
        {words.fitAll}
      </button>
      {scrolls && <span className="hint">{words.scrollHint}</span>}
      {/* Written by each drawn frame, which can come from a gesture rather than a render. */}
      <span ref={labelRef} className="window-label" aria-live="polite">
        {firstLabel}
      </span>
    </div>
  );
}
