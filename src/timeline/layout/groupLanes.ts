import { EVENT_TYPES, type EventType } from "../../model/eventType.ts";
import type { EventSpan } from "./eventSpan.ts";

/** A row of the timeline: one company, or one event type, with its spans indexed by time. */
export interface Lane {
  readonly key: string;
  readonly label: string;
  /** Sorted by start. */
  readonly spans: readonly EventSpan[];
  /** `spans[i].main.start`, for binary search. */
  readonly starts: Float64Array;
  /** The longest reach of any span past its start (bands and effective dates), in ms. */
  readonly reach: number;
}

/** How lanes are named: a company by its name, a type by its label in the interface language. */
export interface LaneLabels {
  readonly company: (id: string) => string;
  readonly type: (type: EventType) => string;
}

/**
 * Groups spans into lanes: by company (the event's actor), ordered by each company's first
 * event; or by type, in the fixed order of the legend. Built once per filter change.
 */
export function groupLanes(
  spans: readonly EventSpan[],
  mode: "company" | "type",
  labels: LaneLabels,
): Lane[] {
  const groups = new Map<string, EventSpan[]>();
  for (const span of spans) {
    const key = mode === "company" ? (span.event.companies[0] ?? "") : span.event.type;
    const group = groups.get(key);
    if (group) group.push(span);
    else groups.set(key, [span]);
  }
  const lanes: Lane[] = [...groups].map(([key, members]) => {
    const starts = new Float64Array(members.length);
    let sorted = true;
    for (let i = 0; i < members.length; i++) {
      starts[i] = (members[i] as EventSpan).main.start;
      if (i > 0 && (starts[i] as number) < (starts[i - 1] as number)) sorted = false;
    }
    // Spans usually arrive in time order already; sort only when they do not.
    if (!sorted) {
      members.sort((a, b) => a.main.start - b.main.start);
      members.forEach((m, i) => (starts[i] = m.main.start));
    }
    let reach = 0;
    for (const m of members)
      reach = Math.max(reach, (m.effective?.end ?? m.main.end) - m.main.start);
    return {
      key,
      label: mode === "company" ? labels.company(key) : labels.type(key as EventType),
      spans: members,
      starts,
      reach,
    };
  });
  if (mode === "type")
    return lanes.sort(
      (a, b) => EVENT_TYPES.indexOf(a.key as never) - EVENT_TYPES.indexOf(b.key as never),
    );
  return lanes.sort(
    (a, b) => (a.starts[0] ?? 0) - (b.starts[0] ?? 0) || a.label.localeCompare(b.label),
  );
}

const grouped = new WeakMap<
  readonly EventSpan[],
  { mode: "company" | "type"; labels: LaneLabels; lanes: Lane[] }
>();

/**
 * `groupLanes`, remembered for each list of spans. The whole dataset's list keeps its identity
 * across filter changes (see filterEvents), so clearing the last filter does not regroup every
 * event.
 */
export function lanesOf(
  spans: readonly EventSpan[],
  mode: "company" | "type",
  labels: LaneLabels,
): Lane[] {
  const known = grouped.get(spans);
  if (known && known.mode === mode && known.labels === labels) return known.lanes;
  const lanes = groupLanes(spans, mode, labels);
  grouped.set(spans, { mode, labels, lanes });
  return lanes;
}

/** The first index whose value is ≥ `value` in a sorted array. */
export function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
