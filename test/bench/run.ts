// `npm run bench`: pipeline throughput and peak memory on generated articles. Prints figures;
// it is a measurement, not a pass/fail test.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticArticles } from "./syntheticArticles.ts";

const sizes = (process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number);
const tsx = join(import.meta.dirname, "../../node_modules/.bin/tsx");
const rows: string[][] = [["articles", "seconds", "articles/s", "peak RSS (MB)", "events"]];
for (const size of sizes) {
  const seeds = mkdtempSync(join(tmpdir(), "bench-seeds-"));
  const out = mkdtempSync(join(tmpdir(), "bench-out-"));
  for (const article of syntheticArticles(size)) writeFileSync(join(seeds, article.name), article.text);
  const result = JSON.parse(execFileSync(tsx, [join(import.meta.dirname, "pipelineOnce.ts"), seeds, out], { encoding: "utf8" }));
  rows.push([String(size), result.seconds.toFixed(1), (size / result.seconds).toFixed(0), result.maxRssMb.toFixed(0), String(result.events)]);
  rmSync(seeds, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
console.log("Pipeline (synthetic articles in en, fr, vi, ar; 2-core machine)");
for (const row of rows) console.log(row.map((cell, i) => cell.padStart(widths[i] ?? 0)).join("  "));
