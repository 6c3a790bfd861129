import type { PipelineWarning, Unplaced } from "../../model/dataset.ts";
import { parseCuration, type Curation } from "../curation/curationSchema.ts";
import type { ArticleRecord } from "../read/articleRecord.ts";
import { readExport } from "../read/readExport.ts";
import { readFeed } from "../read/readFeed.ts";
import { sourceId } from "../read/sourceId.ts";

/** One file of the seeds folder, by its path inside it. `bytes` may be a getter, so a file is
 * read only when needed. */
export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** How an article reaches the pipeline. */
export type ArticleKind = "text" | "page" | "record";

/** One article to read: a file, or a record of a feed or an export. */
export interface PlannedArticle {
  /** The file, and for a record `#` and its key: "feeds/tech.xml#item-3". */
  readonly name: string;
  readonly file: string;
  readonly id: string;
  readonly kind: ArticleKind;
  readonly curation?: Curation;
  readonly record?: ArticleRecord;
}

/** The articles to read, in file order, each with its source id and curation. */
export interface BuildPlan {
  readonly articles: readonly PlannedArticle[];
  readonly unplaced: readonly Unplaced[];
  readonly warnings: readonly PipelineWarning[];
  /** Invalid curation files: they fail the build. */
  readonly errors: readonly string[];
}

const TEXT = /\.(txt|md)$/i;
const PAGE = /\.html?$/i;
const FEED = /\.(xml|rss|atom)$/i;
const CURATION = /\.meta\.json$/i;
const READ = /\.(txt|md|html?|xml|rss|atom|jsonl|ndjson|csv)$/i;

// A feed or export is parsed whole in memory; past this it is refused, with a message.
const MAX_CONTAINER_BYTES = 200e6;

/**
 * Sorts the files of a seeds folder (subfolders included) into articles and curation, parses the
 * curation, opens feeds and exports into their records, and gives every article its source id.
 * Ids come from the article's own name, before any article is read: a file's stem, or a record's
 * id (else its line), never the folder it sits in, and they are the same however the articles
 * are then read, in parallel or from the cache.
 */
export function planInputs(files: readonly InputFile[]): BuildPlan {
  const errors: string[] = [];
  const warnings: PipelineWarning[] = [];
  const unplaced: Unplaced[] = [];
  const curations = new Map<string, Curation>();
  const visible = files.filter((f) => !f.name.split("/").some((part) => part.startsWith(".")));
  for (const file of visible.filter((f) => CURATION.test(f.name))) {
    const parsed = parseCuration(file.name, new TextDecoder().decode(file.bytes));
    errors.push(...parsed.errors);
    if (parsed.curation) curations.set(file.name.replace(CURATION, ""), parsed.curation);
  }
  const used = new Set<string>();
  const curated = new Set<string>();
  const articles: PlannedArticle[] = [];
  const curationOf = (stem: string) => {
    curated.add(stem);
    return curations.get(stem);
  };
  for (const file of visible) {
    if (CURATION.test(file.name)) continue;
    const stem = file.name.replace(/\.[^./]+$/, "");
    if (!READ.test(file.name)) {
      unplaced.push({
        file: file.name,
        reason: "not-text",
        message:
          "not an article: .txt, .md, saved pages (.html, .htm), feeds (.xml, .rss, .atom) and exports (.jsonl, .ndjson, .csv) are read",
      });
      continue;
    }
    if (TEXT.test(file.name) || PAGE.test(file.name)) {
      const curation = curationOf(stem);
      articles.push({
        name: file.name,
        file: file.name,
        id: sourceId(file.name, used),
        kind: TEXT.test(file.name) ? "text" : "page",
        ...(curation && { curation }),
      });
      continue;
    }
    const opened = openContainer(file);
    if ("reason" in opened) {
      unplaced.push({ file: file.name, reason: "unreadable", message: opened.reason });
      continue;
    }
    const curation = curationOf(stem);
    if (opened.records.length === 0 && opened.problems.length === 0) {
      unplaced.push({
        file: file.name,
        reason: "empty",
        message: FEED.test(file.name) ? "the feed has no items" : "the export has no records",
      });
      continue;
    }
    for (const problem of opened.problems) {
      unplaced.push({
        file: `${file.name}:${problem.line}`,
        reason: "unreadable",
        message: problem.message,
      });
    }
    const keys = new Set(opened.records.map((r) => r.key));
    for (const key of Object.keys(curation?.records ?? {})) {
      if (!keys.has(key))
        warnings.push({
          file: `${stem}.meta.json`,
          message: `curates record "${key}", which ${file.name} does not have`,
        });
    }
    for (const record of opened.records) {
      const own = curation?.records?.[record.key];
      articles.push({
        name: `${file.name}#${record.key}`,
        file: file.name,
        // A record's key may be a URL: its slashes are not folders.
        id: sourceId(`${record.key.replace(/[/\\]/g, "-")}.record`, used),
        kind: "record",
        record,
        ...(own && { curation: own }),
      });
    }
  }
  for (const stem of curations.keys()) {
    if (!curated.has(stem))
      warnings.push({ file: `${stem}.meta.json`, message: "curates an article that is not there" });
  }
  return { articles, unplaced, warnings, errors };
}

function openContainer(file: InputFile):
  | { records: readonly ArticleRecord[]; problems: readonly { line: number; message: string }[] }
  | {
      reason: string;
    } {
  const bytes = file.bytes;
  if (bytes.length > MAX_CONTAINER_BYTES) {
    return {
      reason: `the file is ${(bytes.length / 1e6).toFixed(0)} MB: feeds and exports over ${MAX_CONTAINER_BYTES / 1e6} MB are not read; split it into smaller files`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { reason: "not valid UTF-8; save the file as UTF-8" };
  }
  if (FEED.test(file.name)) {
    const feed = readFeed(text);
    return "ok" in feed ? { reason: feed.message } : feed;
  }
  return readExport(text, /\.csv$/i.test(file.name) ? "csv" : "jsonl");
}
