import type { Dataset, SourceArticle, TimelineEvent } from "../../model/dataset.ts";

/** events.json, looked up by id: what the detail pane, search and exports read. */
export interface Details {
  readonly dataset: Dataset;
  readonly events: ReadonlyMap<string, TimelineEvent>;
  readonly sources: ReadonlyMap<string, SourceArticle>;
}

/** Indexes a loaded dataset once, so a selection or an export does not scan it again. */
export function indexDetails(dataset: Dataset): Details {
  return {
    dataset,
    events: new Map(dataset.events.map((e) => [e.id, e])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
  };
}
