import { EVENT_TYPES, EVENT_TYPE_LABELS } from "../../model/eventType.ts";
import type { EventSpan } from "./eventSpan.ts";

/** A row of the timeline: one company, or one event type. */
export interface Lane {
  readonly key: string;
  readonly label: string;
  readonly spans: readonly EventSpan[];
}

/**
 * Groups spans into lanes: by company (the event's actor), ordered by each company's first
 * event; or by type, in the fixed order of the legend.
 */
export function groupLanes(
  spans: readonly EventSpan[],
  mode: "company" | "type",
  companyName: (id: string) => string,
): Lane[] {
  const groups = new Map<string, EventSpan[]>();
  for (const span of spans) {
    const key = mode === "company" ? (span.event.companies[0] ?? "") : span.event.type;
    const group = groups.get(key);
    if (group) group.push(span);
    else groups.set(key, [span]);
  }
  const lanes = [...groups].map(([key, members]) => ({
    key,
    label:
      mode === "company"
        ? companyName(key)
        : EVENT_TYPE_LABELS[key as keyof typeof EVENT_TYPE_LABELS],
    spans: members.sort((a, b) => a.main.start - b.main.start),
  }));
  if (mode === "type")
    return lanes.sort(
      (a, b) => EVENT_TYPES.indexOf(a.key as never) - EVENT_TYPES.indexOf(b.key as never),
    );
  return lanes.sort(
    (a, b) =>
      (a.spans[0]?.main.start ?? 0) - (b.spans[0]?.main.start ?? 0) ||
      a.label.localeCompare(b.label),
  );
}
