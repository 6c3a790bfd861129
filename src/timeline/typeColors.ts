import type { EventType } from "../model/eventType.ts";

/**
 * One colour per event type, distinct for common colour-vision deficiencies (Okabe–Ito based)
 * and readable on both light and dark backgrounds.
 */
export const TYPE_COLORS: Record<EventType, string> = {
  exit: "#d55e00",
  shutdown: "#cc3311",
  "sales-halt": "#e69f00",
  restriction: "#0072b2",
  "seller-ban": "#aa4499",
  "partnership-cut": "#009e73",
  divestment: "#56b4e9",
  blocked: "#882255",
  other: "#888888",
};
