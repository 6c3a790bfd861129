// Runs the pipeline once over a folder and prints its time and peak memory as JSON. Run in a
// child process so the peak is the pipeline's own.
import { runPipeline } from "../../src/pipeline/runPipeline.ts";

const [seeds, out] = process.argv.slice(2);
if (!seeds || !out) throw new Error("usage: pipelineOnce <seeds> <out>");
const started = performance.now();
const { dataset } = await runPipeline({ seeds, out });
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({
    seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    events: dataset.events.length,
    sources: dataset.sources.length,
  }),
);
