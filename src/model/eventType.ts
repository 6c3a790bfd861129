/** The kinds of move Exitline records, in the order the UI lists them. */
export const EVENT_TYPES = [
  "exit",
  "shutdown",
  "sales-halt",
  "restriction",
  "seller-ban",
  "partnership-cut",
  "divestment",
  "blocked",
  "other",
] as const;

/** One kind of move a company makes in or toward the Chinese market. */
export type EventType = (typeof EVENT_TYPES)[number];

/** Plain-English labels for each event type, for titles and legends. */
export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  exit: "Market exit",
  shutdown: "Shutdown",
  "sales-halt": "Sales halt",
  restriction: "Restriction",
  "seller-ban": "Seller ban",
  "partnership-cut": "Partnership cut",
  divestment: "Divestment",
  blocked: "Blocked",
  other: "Other move",
};
