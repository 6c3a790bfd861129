import type { Dataset, TimelineEvent } from "../../model/dataset.ts";
import { parseEdtf } from "../../model/edtf.ts";
import { fold } from "../../model/fold.ts";

/** An event with what filtering needs, computed once per dataset. */
export interface IndexedEvent {
  readonly event: TimelineEvent;
  readonly languages: readonly string[];
  /** Earliest and latest instant of its announced or effective date; null when undated. */
  readonly range: readonly [number, number] | null;
  /** Folded title, summary, companies, counterparty, evidence and source headlines. */
  readonly text: string;
}

/** The dataset prepared for filtering: built once, reused by every filter change. */
export interface EventIndex {
  readonly events: readonly IndexedEvent[];
  readonly byId: ReadonlyMap<string, IndexedEvent>;
}

/** Builds the index. `sourceTexts` (folded full texts by source id) extends search when loaded. */
export function buildEventIndex(
  dataset: Dataset,
  sourceTexts?: ReadonlyMap<string, string>,
): EventIndex {
  const companyName = new Map(dataset.companies.map((c) => [c.id, c.name]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const events = dataset.events.map((event): IndexedEvent => {
    const own = event.sources.map((s) => sources.get(s.id));
    const dates = [event.date, event.effective]
      .flatMap((d) => (d ? [parseEdtf(d)] : []))
      .filter((d) => d !== null);
    const text = [
      event.title,
      event.summary,
      event.counterparty ?? "",
      ...event.companies.map((id) => companyName.get(id) ?? id),
      ...event.sources.map((s) => s.evidence),
      ...own.map((s) => s?.title ?? ""),
      ...event.sources.map((s) => sourceTexts?.get(s.id) ?? ""),
    ].join("\n");
    return {
      event,
      languages: [...new Set(own.map((s) => s?.language ?? "und"))],
      range: dates.length
        ? [Math.min(...dates.map((d) => d.min)), Math.max(...dates.map((d) => d.max))]
        : null,
      text: fold(text),
    };
  });
  return { events, byId: new Map(events.map((e) => [e.event.id, e])) };
}
