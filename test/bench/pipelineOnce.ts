// Runs the pipeline once over a folder and prints its time and peak memory as JSON. Run in a
// child process so the peak is the pipeline's own.
// Usage: pipelineOnce <seeds> <out> [threads|default] [cache dir|none]
import { runPipeline } from "../../src/pipeline/runPipeline.ts";

const [seeds, out, threads = "default", cache = "none"] = process.argv.slice(2);
if (!seeds || !out) throw new Error("usage: pipelineOnce <seeds> <out> [threads] [cache]");
const started = performance.now();
const run = await runPipeline({
  seeds,
  out,
  ...(threads === "default" ? {} : { threads: Number(threads) }),
  cache: cache === "none" ? null : cache,
});
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({
    seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    events: run.dataset.events.length,
    sources: run.dataset.sources.length,
    unplaced: run.dataset.unplaced.length,
    warnings: run.dataset.warnings.length,
    fresh: run.fresh,
    cached: run.cached,
  }),
);
