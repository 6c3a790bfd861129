import type { PipelineWarning, Unplaced } from "../../model/dataset.ts";
import { parseCuration, type Curation } from "../curation/curationSchema.ts";
import { sourceId } from "../read/sourceId.ts";

/** One file of the seeds folder. `bytes` may be a getter, so a file is read only when needed. */
export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The articles to read, in file order, each with its source id and curation. */
export interface BuildPlan {
  readonly articles: readonly { name: string; id: string; curation?: Curation }[];
  readonly unplaced: readonly Unplaced[];
  readonly warnings: readonly PipelineWarning[];
  /** Invalid curation files: they fail the build. */
  readonly errors: readonly string[];
}

export const ARTICLE = /\.(txt|md)$/i;
const CURATION = /\.meta\.json$/i;

/**
 * Sorts the files of a seeds folder into articles and curation, parses the curation, and gives
 * every article its source id. Ids come from file names alone, before any article is read, so
 * they are the same however the articles are then read, in parallel or from the cache.
 */
export function planInputs(files: readonly InputFile[]): BuildPlan {
  const errors: string[] = [];
  const warnings: PipelineWarning[] = [];
  const unplaced: Unplaced[] = [];
  const curations = new Map<string, Curation>();
  const visible = files.filter((f) => !f.name.split("/").pop()?.startsWith("."));
  for (const file of visible.filter((f) => CURATION.test(f.name))) {
    const parsed = parseCuration(file.name, new TextDecoder().decode(file.bytes));
    errors.push(...parsed.errors);
    if (parsed.curation) curations.set(file.name.replace(CURATION, ""), parsed.curation);
  }
  for (const file of visible) {
    if (!ARTICLE.test(file.name) && !CURATION.test(file.name)) {
      unplaced.push({
        file: file.name,
        reason: "not-text",
        message: "not an article: only .txt and .md files are read",
      });
    }
  }
  const used = new Set<string>();
  const articles = visible
    .filter((f) => ARTICLE.test(f.name))
    .map((f) => {
      const curation = curations.get(f.name.replace(ARTICLE, ""));
      return { name: f.name, id: sourceId(f.name, used), ...(curation && { curation }) };
    });
  const stems = new Set(articles.map((a) => a.name.replace(ARTICLE, "")));
  for (const stem of curations.keys()) {
    if (!stems.has(stem))
      warnings.push({ file: `${stem}.meta.json`, message: "curates an article that is not there" });
  }
  return { articles, unplaced, warnings, errors };
}
