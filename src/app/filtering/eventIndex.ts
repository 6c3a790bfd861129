import type { Dataset, TimelineEvent } from "../../model/dataset.ts";
import { parseEdtf } from "../../model/edtf.ts";
import { fold } from "../../model/fold.ts";

/** An event with what filtering needs, computed once per dataset. */
export interface IndexedEvent {
  readonly event: TimelineEvent;
  readonly languages: readonly string[];
  /** Earliest and latest instant of its announced or effective date; null when undated. */
  readonly range: readonly [number, number] | null;
}

/** The dataset prepared for filtering: built once, reused by every filter change. */
export interface EventIndex {
  readonly events: readonly IndexedEvent[];
  readonly byId: ReadonlyMap<string, IndexedEvent>;
}

/** Builds the index of facets and dates. Search text is indexed apart, when first needed. */
export function buildEventIndex(dataset: Dataset): EventIndex {
  const languageOf = new Map(dataset.sources.map((s) => [s.id, s.language]));
  const events = dataset.events.map((event): IndexedEvent => {
    const languages = [...new Set(event.sources.map((s) => languageOf.get(s.id) ?? "und"))];
    const a = event.date ? parseEdtf(event.date) : null;
    const b = event.effective ? parseEdtf(event.effective) : null;
    const min = Math.min(a?.min ?? Infinity, b?.min ?? Infinity);
    const max = Math.max(a?.max ?? -Infinity, b?.max ?? -Infinity);
    return { event, languages, range: Number.isFinite(min) ? [min, max] : null };
  });
  return { events, byId: new Map(events.map((e) => [e.event.id, e])) };
}

/**
 * The folded text search looks in, per event in dataset order: title, summary, companies,
 * counterparty, evidence, source headlines and, once loaded, the full source texts.
 */
export function buildTextIndex(
  dataset: Dataset,
  sourceTexts?: ReadonlyMap<string, string>,
): readonly string[] {
  const companyName = new Map(dataset.companies.map((c) => [c.id, c.name]));
  const titles = new Map(dataset.sources.map((s) => [s.id, s.title]));
  return dataset.events.map((event) =>
    fold(
      [
        event.title,
        event.summary,
        event.counterparty ?? "",
        ...event.companies.map((id) => companyName.get(id) ?? id),
        ...event.sources.map(
          (s) => `${s.evidence}\n${titles.get(s.id) ?? ""}\n${sourceTexts?.get(s.id) ?? ""}`,
        ),
      ].join("\n"),
    ),
  );
}
