import { createHash } from "node:crypto";
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import type { ArticleInput, ArticleResult } from "./readArticle.ts";
import { articleText } from "./articleText.ts";

/** Per-article results on disk, keyed by what decides them. */
export interface ArticleCache {
  key(input: ArticleInput): string;
  get(key: string, input: ArticleInput): ArticleResult | null;
  set(key: string, result: ArticleResult): void;
  /** Writes what is pending and drops the entries this run did not use. */
  close(): void;
}

// Appended entries are written in batches: one write a result would cost more than the result.
const BATCH = 1 << 20;

/**
 * A cache of per-article results for one pipeline `version`, in one file of lines
 * (`key TAB json`) in `dir`: creating a file a result made a build of 10,000 articles wait on
 * the disk. Other versions' files are removed when it opens. The key hashes the article's name,
 * source id, curation and bytes. Texts are not stored: they are decoded again from the bytes,
 * which is cheaper than reading them back and keeps the cache small.
 */
export function openArticleCache(dir: string, version: string): ArticleCache {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${version}.tsv`);
  for (const entry of readdirSync(dir)) {
    if (entry !== `${version}.tsv`) rmSync(join(dir, entry), { recursive: true, force: true });
  }
  const stored = new Map<string, string>();
  try {
    for (const line of readFileSync(path, "utf8").split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) stored.set(line.slice(0, tab), line.slice(tab + 1));
    }
  } catch {
    // No cache yet.
  }
  const used = new Set<string>();
  const fd = openSync(path, "a");
  let batch = "";
  const flush = () => {
    if (batch) writeSync(fd, batch);
    batch = "";
  };
  return {
    key({ name, id, curation, bytes }) {
      return createHash("sha256")
        .update(JSON.stringify([name, id, curation ?? null]))
        .update(bytes)
        .digest("base64url");
    },
    get(key, input) {
      const json = stored.get(key);
      if (json === undefined) return null;
      let result: ArticleResult;
      try {
        result = JSON.parse(json) as ArticleResult;
      } catch {
        // A line cut short by a build that was stopped.
        return null;
      }
      used.add(key);
      if (!result.read) return result;
      const decoded = articleText(input.bytes);
      return decoded.ok ? { ...result, read: { ...result.read, text: decoded.text } } : null;
    },
    set(key, result) {
      // A run that was given up may finish another time, on a less busy machine.
      if (result.unplaced?.reason === "over-budget") return;
      const json = JSON.stringify(
        result.read ? { ...result, read: { ...result.read, text: "" } } : result,
      );
      stored.set(key, json);
      used.add(key);
      batch += `${key}\t${json}\n`;
      if (batch.length > BATCH) flush();
    },
    close() {
      flush();
      closeSync(fd);
      // Entries of deleted or edited articles are kept until they are half the file.
      if (used.size * 2 >= stored.size) return;
      const kept = [...used].map((key) => `${key}\t${stored.get(key) ?? ""}\n`).join("");
      writeFileSync(`${path}.new`, kept);
      renameSync(`${path}.new`, path);
    },
  };
}
