import type { SourceText } from "../model/dataset.ts";
import { assembleDataset, type BuildOutput } from "./build/assembleDataset.ts";
import { planInputs, type InputFile } from "./build/planInputs.ts";
import { readArticle } from "./build/readArticle.ts";
import { compileGazetteer, type Gazetteer } from "./mentions/gazetteer.ts";

export type { BuildOutput } from "./build/assembleDataset.ts";
export type { InputFile } from "./build/planInputs.ts";

/** Optional hooks: progress, a sink for full texts (else they are returned), another gazetteer. */
export interface BuildOptions {
  readonly onProgress?: (done: number, total: number) => void;
  /** Takes each text with the texts file it belongs in. */
  readonly onText?: (text: SourceText, file: string) => void;
  readonly gazetteer?: Gazetteer;
  /** Seconds each article may take (see `readArticle`). */
  readonly budgetSeconds?: number;
}

/**
 * Turns the files of a seeds folder into the dataset, in this thread. Pure: files in, dataset
 * out. `runPipeline` does the same across worker threads, with a cache.
 */
export function buildDataset(files: readonly InputFile[], options: BuildOptions = {}): BuildOutput {
  const { onProgress = () => {}, onText, gazetteer = compileGazetteer(), budgetSeconds } = options;
  const plan = planInputs(files);
  const assembly = assembleDataset(plan, { gazetteer, ...(onText && { onText }) });
  const byName = new Map(files.map((f) => [f.name, f]));
  plan.articles.forEach((article, index) => {
    onProgress(index, plan.articles.length);
    const bytes =
      article.kind === "record"
        ? new Uint8Array()
        : (byName.get(article.file)?.bytes ?? new Uint8Array());
    assembly.add(readArticle({ ...article, bytes }, { gazetteer, budgetSeconds }));
  });
  onProgress(plan.articles.length, plan.articles.length);
  return assembly.finish();
}
