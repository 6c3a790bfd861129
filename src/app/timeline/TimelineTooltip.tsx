import { useI18n } from "../i18n/useI18n.ts";

/** A mark under the pointer or the keyboard focus, and where its label is shown. */
export interface Hover {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

// The tooltip's widest, so it stays inside the drawing's right edge.
const TOOLTIP_WIDTH = 260;

/** The label of the mark under the pointer or the keyboard focus, beside it. */
export function TimelineTooltip(props: {
  readonly hover: Hover | null;
  readonly eventLabel: (id: string) => string;
  /** The drawing's width. */
  readonly width: number;
}) {
  const { dir } = useI18n();
  const { hover } = props;
  const text = hover ? props.eventLabel(hover.id) : null;
  if (!hover || !text) return null;
  return (
    <div
      className="tooltip"
      role="tooltip"
      dir={dir}
      style={{ left: Math.min(hover.x, props.width - TOOLTIP_WIDTH), top: hover.y + 24 }}
    >
      {text}
    </div>
  );
}
