import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../../src/model/dataset.ts";
import { toTimelineFile } from "../../src/model/timelineFile.ts";

/** Writes the data files the app reads, as the pipeline would; search gets no article texts. */
export function writeDataset(dataset: Dataset, dir: string): void {
  writeFileSync(join(dir, "events.json"), JSON.stringify(dataset));
  writeFileSync(join(dir, "timeline.json"), JSON.stringify(toTimelineFile(dataset)));
  writeFileSync(join(dir, "search.json"), "{}");
}
