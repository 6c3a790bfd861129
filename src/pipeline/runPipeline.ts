import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { toJSONSchema } from "zod/mini";
import { DatasetSchema, type Dataset } from "../model/dataset.ts";
import { fold } from "../model/fold.ts";
import { buildDataset, type InputFile } from "./buildDataset.ts";

/** Where the pipeline reads and writes, and how it reports progress. */
export interface PipelineOptions {
  readonly seeds: string;
  readonly out: string;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Thrown when curation files are invalid: the message lists every problem. */
export class CurationError extends Error {}

/**
 * Reads every file of the seeds folder, builds the dataset and writes `events.json`, its JSON
 * Schema, one text file per source and `search.json` (folded texts for full-text search).
 * Throws `CurationError` on invalid curation.
 */
export async function runPipeline({ seeds, out, onProgress }: PipelineOptions): Promise<Dataset> {
  const names = (await readdir(seeds, { withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
  const files: InputFile[] = await Promise.all(
    names.map(async (name) => ({ name, bytes: await readFile(join(seeds, name)) })),
  );
  const { dataset, texts, errors } = buildDataset(files, onProgress);
  if (errors.length) {
    throw new CurationError(
      `Invalid curation (${errors.length} problem${errors.length === 1 ? "" : "s"}):\n  ${errors.join("\n  ")}`,
    );
  }
  await rm(join(out, "texts"), { recursive: true, force: true });
  await mkdir(join(out, "texts"), { recursive: true });
  await writeFile(join(out, "events.json"), JSON.stringify(dataset, null, 1));
  await writeFile(
    join(out, "events.schema.json"),
    JSON.stringify(toJSONSchema(DatasetSchema, { io: "input" }), null, 1),
  );
  await Promise.all(
    texts.map((t) => writeFile(join(out, `texts/${t.id}.json`), JSON.stringify(t))),
  );
  // Search reads folded text, so the app need not fold every article in the browser.
  const searchable = Object.fromEntries(
    texts.map((t) => [t.id, fold(t.text).replace(/\s+/g, " ")]),
  );
  await writeFile(join(out, "search.json"), JSON.stringify(searchable));
  return dataset;
}
