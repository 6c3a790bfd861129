import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { TimelineFileSchema } from "../../src/model/timelineFile.ts";

const run = promisify(execFile);
const CLI = join(import.meta.dirname, "../../src/pipeline/cli.ts");
const TSX = join(import.meta.dirname, "../../node_modules/.bin/tsx");

async function data(files: Record<string, string>, out?: string) {
  const seeds = await mkdtemp(join(tmpdir(), "seeds-"));
  const target = out ?? (await mkdtemp(join(tmpdir(), "out-")));
  for (const [name, text] of Object.entries(files)) await writeFile(join(seeds, name), text);
  try {
    const { stdout } = await run(TSX, [CLI, "--seeds", seeds, "--out", target]);
    return { code: 0, stdout, stderr: "", out: target };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, out: target };
  }
}

const YAHOO =
  "Yahoo leaves China\nYahoo said on Tuesday that it had withdrawn from mainland China effective November 1.";

describe("npm run data", () => {
  it("writes events.json, its schema and the sources' texts, and prints a summary", async () => {
    const result = await data({ "yahoo.txt": YAHOO, "empty.txt": "" });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^1 sources, 1 events, 1 unplaced, 0 warnings/m);
    expect(result.stdout).toContain("unplaced empty.txt: empty");
    const dataset = JSON.parse(await readFile(join(result.out, "events.json"), "utf8"));
    expect(dataset.version).toBe(1);
    expect(await readdir(join(result.out, "texts"))).toEqual(["0000.json"]);
    const [text] = JSON.parse(await readFile(join(result.out, "texts/0000.json"), "utf8"));
    expect(text).toEqual({ id: "yahoo", language: "en", text: YAHOO });
    const schema = JSON.parse(await readFile(join(result.out, "events.schema.json"), "utf8"));
    expect(schema.properties.events.type).toBe("array");
    const timeline = TimelineFileSchema.parse(
      JSON.parse(await readFile(join(result.out, "timeline.json"), "utf8")),
    );
    expect(timeline.id).toEqual([dataset.events[0].id]);
    expect(timeline.languages.names).toEqual(["en"]);
    const timelineSchema = JSON.parse(
      await readFile(join(result.out, "timeline.schema.json"), "utf8"),
    );
    expect(timelineSchema.properties.title.type).toBe("array");
  }, 30_000);

  it("exits non-zero and names the file and field when a curation file is invalid", async () => {
    const result = await data({ "yahoo.txt": YAHOO, "yahoo.meta.json": '{"published": "soon"}' });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("yahoo.meta.json: published: is not an EDTF date");
  }, 30_000);

  it("exits non-zero when the output cannot be written", async () => {
    const blocked = await data({ "yahoo.txt": YAHOO }, join("/proc/version", "out"));
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain("Could not build the dataset");
  }, 30_000);
});
