import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  renameSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { toJSONSchema } from "zod/mini";
import { DatasetSchema, type Dataset } from "../model/dataset.ts";
import { fold } from "../model/fold.ts";
import { TimelineFileSchema, toTimelineFile } from "../model/timelineFile.ts";
import { buildDataset, type InputFile } from "./buildDataset.ts";

/** Where the pipeline reads and writes, and how it reports progress. */
export interface PipelineOptions {
  readonly seeds: string;
  readonly out: string;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Thrown when curation files are invalid: the message lists every problem. */
export class CurationError extends Error {}

// Past this many articles, full-text search keeps each article's first characters (headline and
// lead): a complete copy of 100k articles would be hundreds of MB for every visitor to download.
const FULL_SEARCH_UP_TO = 5000;
const SEARCH_PREFIX = 2000;

/**
 * Reads every file of the seeds folder, builds the dataset and writes `events.json`, its JSON
 * Schema, `timeline.json` (the columns the app draws first) and its schema, one text file per
 * source and `search.json` (folded texts for full-text search).
 * Files are read one at a time and texts written as they come, so memory stays flat however
 * many articles there are. Throws `CurationError` on invalid curation, leaving `out` as it was.
 */
export async function runPipeline({ seeds, out, onProgress }: PipelineOptions): Promise<Dataset> {
  const names = (await readdir(seeds, { withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
  const files: InputFile[] = names.map((name) => ({
    name,
    get bytes() {
      return readFileSync(join(seeds, name));
    },
  }));
  const articles = names.filter((n) => /\.(txt|md)$/i.test(n)).length;
  const staging = join(out, "texts.new");
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  // search.json is written entry by entry as texts come: holding every text until the end is
  // what made 100k articles pass 2 GB.
  const search = openSync(join(staging, "search.json"), "w");
  let first = true;
  writeSync(search, "{");
  const { dataset, errors } = buildDataset(files, {
    onProgress,
    onText(text) {
      writeFileSync(join(staging, `${text.id}.json`), JSON.stringify(text));
      const searched = articles > FULL_SEARCH_UP_TO ? text.text.slice(0, SEARCH_PREFIX) : text.text;
      // Search reads folded text, so the app need not fold every article in the browser.
      writeSync(
        search,
        `${first ? "" : ","}${JSON.stringify(text.id)}:${JSON.stringify(fold(searched).replace(/\s+/g, " "))}`,
      );
      first = false;
    },
  });
  writeSync(search, "}");
  closeSync(search);
  if (errors.length) {
    rmSync(staging, { recursive: true, force: true });
    throw new CurationError(
      `Invalid curation (${errors.length} problem${errors.length === 1 ? "" : "s"}):\n  ${errors.join("\n  ")}`,
    );
  }
  rmSync(join(out, "texts"), { recursive: true, force: true });
  renameSync(join(staging, "search.json"), join(out, "search.json"));
  renameSync(staging, join(out, "texts"));
  writeFileSync(join(out, "events.json"), JSON.stringify(dataset, null, 1));
  writeFileSync(
    join(out, "events.schema.json"),
    JSON.stringify(toJSONSchema(DatasetSchema, { io: "input" }), null, 1),
  );
  // What the app loads first; compact, as it is for the browser, not for reading.
  writeFileSync(join(out, "timeline.json"), JSON.stringify(toTimelineFile(dataset)));
  writeFileSync(
    join(out, "timeline.schema.json"),
    JSON.stringify(toJSONSchema(TimelineFileSchema, { io: "input" }), null, 1),
  );
  return dataset;
}
