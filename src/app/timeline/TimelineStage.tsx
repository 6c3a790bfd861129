import type { KeyboardEvent, MouseEvent, PointerEvent, ReactNode, RefObject, UIEvent } from "react";
import { useI18n } from "../i18n/useI18n.ts";

/**
 * The lanes' scroll box and the surfaces d3 draws into: the canvas under the SVG, which stays in
 * view while the lanes scroll under it, and a spacer as tall as the lanes below the viewport.
 */
export function TimelineStage({
  id,
  boxRef,
  canvasRef,
  svgRef,
  spacerRef,
  viewport,
  onKeyDown,
  onScroll,
  onClick,
  onPointerMove,
  children,
}: {
  /** The scroll box's id, for the skip link. */
  readonly id: string;
  readonly boxRef: RefObject<HTMLDivElement | null>;
  readonly canvasRef: RefObject<HTMLCanvasElement | null>;
  readonly svgRef: RefObject<SVGSVGElement | null>;
  readonly spacerRef: RefObject<HTMLDivElement | null>;
  /** The drawing's height. */
  readonly viewport: number;
  readonly onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  readonly onScroll: (event: UIEvent<HTMLDivElement>) => void;
  readonly onClick: (event: MouseEvent<SVGSVGElement>) => void;
  readonly onPointerMove: (event: PointerEvent<SVGSVGElement>) => void;
  /** Shown over the drawing: the prerendered fallback, the tooltip. */
  readonly children: ReactNode;
}) {
  const words = useI18n().messages.timeline;
  return (
    /*
      Time runs left to right in every language, Arabic included, as in Arabic-language
      charts and market timelines with Western digits: the axis, the overview, the lane
      labels' column and the arrow keys (→ is later) keep one orientation, so a date's place
      is the same whatever language reads it. The text around them mirrors.
    */
    <div
      className="timeline-canvas"
      id={id}
      tabIndex={-1}
      dir="ltr"
      ref={boxRef}
      onKeyDown={onKeyDown}
      onScroll={onScroll}
    >
      {/* Sized by the drawing's height attribute, not a style: the page's policy ignores style
          attributes in markup, and the prerendered page must hold the drawing's room. */}
      <div className="timeline-stage">
        <canvas ref={canvasRef} className="timeline-marks" aria-hidden="true" />
        <svg
          ref={svgRef}
          className="timeline-svg"
          height={viewport}
          aria-label={words.marks}
          onClick={onClick}
          onPointerMove={onPointerMove}
        />
        {children}
      </div>
      <div ref={spacerRef} aria-hidden="true" />
    </div>
  );
}
