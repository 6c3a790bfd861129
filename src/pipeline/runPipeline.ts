import { mkdirSync, readFileSync, rmSync, renameSync, writeFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, relative, sep } from "node:path";
import { toJSONSchema } from "zod/mini";
import { DatasetSchema, type Dataset } from "../model/dataset.ts";
import { TimelineFileSchema, toTimelineFile } from "../model/timelineFile.ts";
import { openArticleCache } from "./build/articleCache.ts";
import { createArticlePool, type ArticlePool } from "./build/articlePool.ts";
import { assembleDataset } from "./build/assembleDataset.ts";
import { planInputs, type InputFile } from "./build/planInputs.ts";
import { textFiles } from "./build/textFiles.ts";
import { pipelineVersion } from "./build/pipelineVersion.ts";
import {
  BUDGET_SECONDS,
  readArticle,
  type ArticleInput,
  type ArticleResult,
} from "./build/readArticle.ts";
import { compileGazetteer } from "./mentions/gazetteer.ts";
import { DEFAULT_CACHE } from "./paths.ts";

/** Where the pipeline reads and writes, and how it reports progress. */
export interface PipelineOptions {
  readonly seeds: string;
  readonly out: string;
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Worker threads; 0 reads in this thread. By default one per core, started once more than
   * 100 articles need reading.
   */
  readonly threads?: number;
  /** Where per-article results are kept between runs; null keeps none. */
  readonly cache?: string | null;
  readonly budgetSeconds?: number;
}

/** What a run made, and how many articles it read anew or took from the cache. */
export interface PipelineRun {
  readonly dataset: Dataset;
  readonly fresh: number;
  readonly cached: number;
}

/** Thrown when curation files are invalid: the message lists every problem. */
export class CurationError extends Error {}

// A record's text comes with its plan.
const NO_BYTES = new Uint8Array();
// Starting workers costs about a second of work; this many articles are read sooner without.
const IN_THREAD = 100;
// Articles read ahead of the one the dataset waits for: enough to keep every worker busy behind
// a slow article, few enough that memory stays flat.
const WINDOW = 256;

/**
 * Reads every file of the seeds folder, builds the dataset and writes `events.json`, its JSON
 * Schema, `timeline.json` (the columns the app draws first) and its schema, the sources' texts
 * (32 to a file) and `search.json` (folded texts for full-text search).
 * Articles are read on worker threads, one per core, and results are taken in file order, so
 * the output is byte for byte the one a single thread makes. A cached result is reused while the
 * article, its curation and the pipeline are unchanged. Files are read a window at a time and
 * texts written as they come, so memory stays flat however many articles there are. Throws
 * `CurationError` on invalid curation, leaving `out` as it was.
 */
export async function runPipeline({
  seeds,
  out,
  onProgress = () => {},
  threads,
  cache: cacheDir = DEFAULT_CACHE,
  budgetSeconds = BUDGET_SECONDS,
}: PipelineOptions): Promise<PipelineRun> {
  // Subfolders are read too; a name is the file's path inside the seeds folder.
  const names = (await readdir(seeds, { withFileTypes: true, recursive: true }))
    .filter((e) => e.isFile())
    .map((e) => relative(seeds, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
  const files: InputFile[] = names.map((name) => ({
    name,
    get bytes() {
      return readFileSync(join(seeds, name));
    },
  }));
  const plan = planInputs(files);
  const staging = join(out, "texts.new");
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const texts = textFiles(staging, plan.articles.length);
  const gazetteer = compileGazetteer();
  const assembly = assembleDataset(plan, { gazetteer, onText: texts.add });

  const cache = cacheDir === null ? null : openArticleCache(cacheDir, pipelineVersion());
  const total = plan.articles.length;
  const size = threads ?? availableParallelism();
  // Workers start once enough articles need reading: a rebuild that finds all but a few in the
  // cache, or a small folder, is done sooner without them. Threads asked for start at once, and
  // so do they when nothing can come from the cache and there is much to read.
  const allFresh = (cache === null || cache.size === 0) && total > IN_THREAD;
  const inThread = threads === undefined && !allFresh ? IN_THREAD : 0;
  let pool: ArticlePool | null = null;
  let misses = 0;
  const read = (input: ArticleInput): Promise<ArticleResult> => {
    misses += 1;
    if (!pool && size > 0 && misses > inThread) pool = createArticlePool(size, budgetSeconds);
    // Once there are workers this thread waits for them rather than reading too: reading
    // here while they start cost more CPU than it saved (this thread's code is still cold, and
    // a third copy of it is compiled), and the cores are the limit.
    return pool
      ? pool.read(input)
      : Promise.resolve(readArticle(input, { gazetteer, budgetSeconds }));
  };
  const ahead: Promise<ArticleResult>[] = [];
  let done = 0;
  let cached = 0;
  const take = async () => {
    onProgress(done++, total);
    const result = await (ahead.shift() as Promise<ArticleResult>);
    if (result.read) texts.searched(result.read.source.id, result.read.search);
    assembly.add(result);
    // Results from the cache are there at once: without a turn of the event loop now and then,
    // no write would finish before the last article, and every text would wait in memory.
    if (done % WINDOW === 0) await new Promise((resolve) => setImmediate(resolve));
  };
  try {
    for (const article of plan.articles) {
      const bytes = article.kind === "record" ? NO_BYTES : readFileSync(join(seeds, article.file));
      const input = { ...article, bytes };
      const key = cache?.key(input);
      const hit = key === undefined ? null : cache?.get(key);
      if (hit) {
        cached += 1;
        ahead.push(Promise.resolve(hit));
      } else {
        const result = read(input);
        ahead.push(
          key === undefined
            ? result
            : result.then((r) => {
                cache?.set(key, r);
                return r;
              }),
        );
      }
      if (ahead.length >= WINDOW) await take();
    }
    while (ahead.length > 0) await take();
  } finally {
    await (pool as ArticlePool | null)?.close();
    cache?.close();
  }
  onProgress(total, total);
  const { dataset, errors } = assembly.finish();
  await texts.close();
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
  return { dataset, fresh: total - cached, cached };
}
