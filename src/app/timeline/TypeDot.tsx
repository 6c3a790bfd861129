import type { EventType } from "../../model/eventType.ts";
import { TYPE_COLORS } from "../../timeline/typeColors.ts";

/**
 * An event type's colour as a dot. Drawn with SVG's fill attribute, not a style attribute: the
 * Content-Security-Policy ignores style attributes in markup, and the build prerenders pages.
 */
export function TypeDot({ type }: { readonly type: EventType }) {
  return (
    <svg className="swatch" viewBox="0 0 10 10" aria-hidden="true">
      <circle cx="5" cy="5" r="5" fill={TYPE_COLORS[type]} />
    </svg>
  );
}
