import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import { CurationError, runPipeline } from "./runPipeline.ts";
import { DEFAULT_OUT, DEFAULT_SEEDS } from "./paths.ts";

// Below this many files the run is over before a bar would be read.
const BAR_FROM = 200;

const { values } = parseArgs({
  options: {
    seeds: { type: "string", default: DEFAULT_SEEDS },
    out: { type: "string", default: DEFAULT_OUT },
  },
});
const seeds = values.seeds ?? DEFAULT_SEEDS;
const out = values.out ?? DEFAULT_OUT;

let bar: SingleBar | null = null;
const started = performance.now();
try {
  const { dataset, fresh, cached } = await runPipeline({
    seeds,
    out,
    onProgress(done, total) {
      if (total < BAR_FROM) return;
      if (!bar) {
        bar = new SingleBar(
          {
            format: "articles {bar} {value}/{total} {percentage}% eta {eta}s",
            noTTYOutput: true,
            notTTYSchedule: 2000,
          },
          Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar.update(done);
    },
  });
  (bar as SingleBar | null)?.stop();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${dataset.sources.length} sources, ${dataset.events.length} events, ${dataset.unplaced.length} unplaced, ${dataset.warnings.length} warnings → ${out}/events.json (${seconds}s; ${fresh} articles read, ${cached} from the cache)`,
  );
  for (const u of dataset.unplaced) console.log(`  unplaced ${u.file}: ${u.reason}: ${u.message}`);
  for (const w of dataset.warnings) console.log(`  warning ${w.file}: ${w.message}`);
} catch (error) {
  (bar as SingleBar | null)?.stop();
  console.error(
    error instanceof CurationError
      ? error.message
      : `Could not build the dataset: ${(error as Error).message}`,
  );
  process.exit(1);
}
