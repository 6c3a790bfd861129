import type { Dataset } from "../../src/model/dataset.ts";
import { decodeTimeline, toTimelineFile, type Timeline } from "../../src/model/timelineFile.ts";

/** The timeline the app would load for this dataset: written as the pipeline writes it, read back. */
export function timelineOf(dataset: Dataset): Timeline {
  return decodeTimeline(JSON.parse(JSON.stringify(toTimelineFile(dataset))));
}
