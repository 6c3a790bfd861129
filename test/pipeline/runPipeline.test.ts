import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline/runPipeline.ts";

const ROOT = join(import.meta.dirname, "../..");

/** Every file a run wrote, by path, with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) =>
    e.isFile(),
  );
  return new Map(
    files.map((e) => {
      const path = join(e.parentPath, e.name);
      return [path.slice(dir.length), readFileSync(path, "latin1")];
    }),
  );
}

/** The seeds and the hand-written fixtures, in several languages, in one folder. */
function seedsFolder(): string {
  const seeds = mkdtempSync(join(tmpdir(), "exitline-seeds-"));
  cpSync(join(ROOT, "seeds"), seeds, { recursive: true });
  for (const folder of ["test/fixtures/articles", "test/fixtures/holdout"]) {
    for (const name of readdirSync(join(ROOT, folder)).filter((n) => n.endsWith(".txt")))
      cpSync(join(ROOT, folder, name), join(seeds, `${folder.split("/").pop()}-${name}`));
  }
  return seeds;
}

const out = () => mkdtempSync(join(tmpdir(), "exitline-out-"));

describe("runPipeline", () => {
  it("writes byte for byte the same files on worker threads, from the cache, and in one thread", async () => {
    const seeds = seedsFolder();
    const cache = mkdtempSync(join(tmpdir(), "exitline-cache-"));
    const [single, threaded, cached] = [out(), out(), out()];
    const one = await runPipeline({ seeds, out: single, threads: 0, cache: null });
    const two = await runPipeline({ seeds, out: threaded, threads: 2, cache });
    const again = await runPipeline({ seeds, out: cached, threads: 2, cache });
    expect(one.dataset.events.length).toBeGreaterThan(30);
    expect([two.fresh, two.cached]).toEqual([one.fresh, 0]);
    expect([again.fresh, again.cached]).toEqual([0, one.fresh]);
    const expected = snapshot(single);
    expect(expected.size).toBeGreaterThan(5);
    expect(snapshot(threaded)).toEqual(expected);
    expect(snapshot(cached)).toEqual(expected);
  }, 60_000);

  it("reads again only the article that changed, and the build shows the change", async () => {
    const seeds = seedsFolder();
    const cache = mkdtempSync(join(tmpdir(), "exitline-cache-"));
    const first = await runPipeline({ seeds, out: out(), threads: 0, cache });
    writeFileSync(
      join(seeds, "zz-added.txt"),
      "Dropbox leaves China\n\nDropbox said on Monday it had shut its service in mainland China on 2 March 2021.",
    );
    const second = await runPipeline({ seeds, out: out(), threads: 0, cache });
    expect(second.fresh).toBe(1);
    expect(second.cached).toBe(first.fresh);
    expect(second.dataset.events.some((e) => e.companies[0] === "dropbox")).toBe(true);
  }, 60_000);
});
