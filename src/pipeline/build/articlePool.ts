import { existsSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { buildSync } from "esbuild";
import { pipelineVersion } from "./pipelineVersion.ts";
import type { ArticleTask } from "./articleWorker.ts";
import type { ArticleInput, ArticleResult } from "./readArticle.ts";
import { NODE_BUNDLE } from "../nodeBundle.ts";

/** Reads articles on worker threads. */
export interface ArticlePool {
  read(input: ArticleInput): Promise<ArticleResult>;
  close(): Promise<void>;
}

interface Job {
  readonly seq: number;
  readonly input: ArticleInput;
  readonly resolve: (result: ArticleResult) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs sent, oldest first: the first is the one running. */
  readonly jobs: Job[];
  /** When the running job started. */
  since: number;
}

// Two jobs a worker: the next article is waiting when one is done, so no worker idles on a
// round trip to the main thread.
const DEPTH = 2;
// An article's own budget is checked between sentences; this catches what the checks cannot (one
// call that never returns), at the cost of the worker, which is replaced.
const HARD_FACTOR = 3;

/**
 * The worker as one plain JavaScript file, bundled with esbuild the first time a pipeline
 * version runs. Workers then start without a TypeScript loader: loading every module through
 * tsx cost each worker most of a second.
 */
function workerFile(): string {
  const file = fileURLToPath(
    new URL(
      `../../../node_modules/.cache/exitline-worker/${pipelineVersion()}.mjs`,
      import.meta.url,
    ),
  );
  if (existsSync(file)) return file;
  // Workers of older versions are of no use.
  rmSync(dirname(file), { recursive: true, force: true });
  // Written aside and renamed: another build starting now must never run half a file.
  const part = `${file}.${process.pid}`;
  buildSync({
    entryPoints: [fileURLToPath(new URL("./articleWorker.ts", import.meta.url))],
    ...NODE_BUNDLE,
    outfile: part,
  });
  renameSync(part, file);
  return file;
}

/**
 * A pool of `size` worker threads reading articles. An article that holds its worker past three
 * times its budget is given up as "over-budget", the worker is replaced, and the others go on.
 */
export function createArticlePool(size: number, budgetSeconds: number): ArticlePool {
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let seq = 0;
  let failure: Error | null = null;
  const script = workerFile();

  const spawn = (): Slot => {
    const worker = new Worker(script);
    const slot: Slot = { worker, jobs: [], since: performance.now() };
    worker.on("message", ({ seq: done, result }: { seq: number; result: ArticleResult }) => {
      const index = slot.jobs.findIndex((j) => j.seq === done);
      const [job] = slot.jobs.splice(index, 1);
      slot.since = performance.now();
      job?.resolve(result);
      pump();
    });
    worker.on("error", (error) => {
      failure = error;
      for (const job of [...slot.jobs, ...queue.splice(0)]) job.reject(error);
    });
    return slot;
  };

  const pump = () => {
    for (const slot of slots) {
      while (slot.jobs.length < DEPTH && queue.length > 0) {
        const job = queue.shift() as Job;
        if (slot.jobs.length === 0) slot.since = performance.now();
        slot.jobs.push(job);
        const task: ArticleTask = { seq: job.seq, input: job.input, budgetSeconds };
        slot.worker.postMessage(task);
      }
    }
  };

  const watchdog = setInterval(() => {
    for (const [index, slot] of slots.entries()) {
      const [running, ...waiting] = slot.jobs;
      if (!running || performance.now() - slot.since < HARD_FACTOR * budgetSeconds * 1000) continue;
      void slot.worker.terminate();
      running.resolve({
        file: running.input.name,
        errors: [],
        warnings: [],
        unplaced: {
          file: running.input.name,
          reason: "over-budget",
          message: `stopped after ${HARD_FACTOR * budgetSeconds} s, three times the time each article is given, in one step that could not be interrupted: the article was given up and the build went on`,
        },
      });
      queue.unshift(...waiting);
      slots[index] = spawn();
    }
    pump();
  }, 250);
  watchdog.unref();

  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    read(input) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        queue.push({ seq: seq++, input, resolve, reject });
        pump();
      });
    },
    async close() {
      clearInterval(watchdog);
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
