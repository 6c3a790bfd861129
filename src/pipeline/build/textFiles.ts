import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import type { SourceText } from "../../model/dataset.ts";
import { FULL_SEARCH_UP_TO, searchText } from "./searchText.ts";

/** Writes the sources' texts, a file of them at a time, and `search.json`, as texts come. */
export interface TextFiles {
  /** The beginning of an article as search reads it, folded where the article was read. */
  searched(id: string, prefix: string): void;
  add(text: SourceText, file: string): void;
  /** Writes what is left and waits for every write. */
  close(): Promise<void>;
}

// search.json goes to its stream in large pieces: a write an entry cost a second on 10,000.
const SEARCH_CHUNK = 1 << 20;

/**
 * Texts files and `search.json` in `dir`, written by the I/O threads while the caller goes on:
 * holding every text until the end is what made 100k articles pass 2 GB. Texts come in the
 * order of their files (see `assembleDataset`), so a file is complete when the next one starts.
 * Past `FULL_SEARCH_UP_TO` articles, search keeps each article's beginning only.
 */
export function textFiles(dir: string, articles: number): TextFiles {
  const search = createWriteStream(join(dir, "search.json"));
  const writes: Promise<void>[] = [];
  const prefixes = new Map<string, string>();
  let current: { path: string; texts: SourceText[] } | null = null;
  let pending = "{";
  let first = true;
  const flushFile = () => {
    if (current)
      writes.push(
        writeFile(join(dir, current.path.slice("texts/".length)), JSON.stringify(current.texts)),
      );
  };
  return {
    searched(id, prefix) {
      if (articles > FULL_SEARCH_UP_TO) prefixes.set(id, prefix);
    },
    add(text, path) {
      if (current?.path !== path) {
        flushFile();
        current = { path, texts: [] };
      }
      current.texts.push(text);
      const searched =
        articles > FULL_SEARCH_UP_TO ? (prefixes.get(text.id) ?? "") : searchText(text.text);
      prefixes.delete(text.id);
      pending += `${first ? "" : ","}${JSON.stringify(text.id)}:${JSON.stringify(searched)}`;
      first = false;
      if (pending.length > SEARCH_CHUNK) {
        search.write(pending);
        pending = "";
      }
    },
    async close() {
      flushFile();
      search.end(`${pending}}`);
      await Promise.all([...writes, finished(search)]);
    },
  };
}
