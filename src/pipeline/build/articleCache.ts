import { createHash } from "node:crypto";
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import type { ArticleInput, ArticleResult } from "./readArticle.ts";

/** Per-article results on disk, keyed by what decides them. */
export interface ArticleCache {
  /** How many results it holds: none for a new pipeline version. */
  readonly size: number;
  key(input: ArticleInput): string;
  get(key: string): ArticleResult | null;
  set(key: string, result: ArticleResult): void;
  /** Writes what is pending and drops the entries this run did not use. */
  close(): void;
}

// Appended entries are written in batches: one write a result would cost more than the result.
const BATCH = 1 << 20;
const SCAN = 1 << 24;
const WINDOW = 1 << 22;

/**
 * A cache of per-article results for one pipeline `version`: one file of lines (`key TAB json`)
 * in `dir`, appended to, with only each entry's place held in memory, so 100,000 cached
 * articles cost a few MB. One file, not one a result: creating 10,000 files made a build wait
 * on the disk. Other versions' files are removed when it opens. The key hashes the article's
 * name, source id, kind, curation, record and bytes.
 */
export function openArticleCache(dir: string, version: string): ArticleCache {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${version}.tsv`);
  for (const entry of readdirSync(dir)) {
    if (entry !== `${version}.tsv`) rmSync(join(dir, entry), { recursive: true, force: true });
  }
  const fd = openSync(path, "a+");
  const places = index(fd);
  let size = fstatSync(fd).size;
  // A build stopped mid-write leaves half a line: the next entry must not run on from it.
  if (size > 0 && lastByte(fd, size) !== 10) size += writeSync(fd, "\n");
  const used = new Set<string>();
  let batch: string[] = [];
  let batched = 0;
  const flush = () => {
    if (batch.length) writeSync(fd, batch.join(""));
    batch = [];
    batched = 0;
  };
  // Entries are read in the order they were written, mostly: one read of a window serves many.
  let window = Buffer.alloc(0);
  let windowAt = 0;
  const read = (at: number, length: number): string => {
    if (at < windowAt || at + length > windowAt + window.length) {
      window = Buffer.allocUnsafe(Math.max(WINDOW, length));
      window = window.subarray(0, readSync(fd, window, 0, window.length, at));
      windowAt = at;
    }
    return window.toString("utf8", at - windowAt, at - windowAt + length);
  };
  return {
    size: places.size,
    key({ name, id, kind, curation, record, bytes }) {
      return createHash("sha256")
        .update(JSON.stringify([name, id, kind, curation ?? null, record ?? null]))
        .update(bytes)
        .digest("base64url");
    },
    get(key) {
      const place = places.get(key);
      if (!place) return null;
      flush();
      try {
        const result = JSON.parse(read(place[0], place[1])) as ArticleResult;
        used.add(key);
        return result;
      } catch {
        // A line cut short by a build that was stopped.
        return null;
      }
    },
    set(key, result) {
      // A run that was given up may finish another time, on a less busy machine.
      if (result.unplaced?.reason === "over-budget") return;
      const line = `${key}\t${JSON.stringify(result)}\n`;
      const bytes = Buffer.byteLength(line);
      const at = size + key.length + 1;
      places.set(key, [at, bytes - key.length - 2]);
      size += bytes;
      used.add(key);
      batch.push(line);
      batched += bytes;
      if (batched > BATCH) flush();
    },
    close() {
      flush();
      // Entries of deleted or edited articles are kept until they are half the file.
      if (used.size * 2 < places.size) {
        const fresh = openSync(`${path}.new`, "w");
        for (const key of used) {
          const place = places.get(key);
          if (place) writeSync(fresh, `${key}\t${read(place[0], place[1])}\n`);
        }
        closeSync(fresh);
        renameSync(`${path}.new`, path);
      }
      closeSync(fd);
    },
  };
}

function lastByte(fd: number, size: number): number {
  const buffer = Buffer.alloc(1);
  readSync(fd, buffer, 0, 1, size - 1);
  return buffer[0] ?? 0;
}

/** Where each entry's JSON is in the file: key → [byte offset, byte length]. */
function index(fd: number): Map<string, [number, number]> {
  const places = new Map<string, [number, number]>();
  const buffer = Buffer.allocUnsafe(SCAN);
  let position = 0;
  let carry = Buffer.alloc(0);
  for (;;) {
    const read = readSync(fd, buffer, 0, SCAN, position);
    if (read === 0) break;
    const chunk = Buffer.concat([carry, buffer.subarray(0, read)]);
    const base = position - carry.length;
    let start = 0;
    for (let end = chunk.indexOf(10, start); end !== -1; end = chunk.indexOf(10, start)) {
      const tab = chunk.indexOf(9, start);
      if (tab > start && tab < end) {
        places.set(chunk.toString("latin1", start, tab), [base + tab + 1, end - tab - 1]);
      }
      start = end + 1;
    }
    carry = chunk.subarray(start);
    position += read;
  }
  return places;
}
