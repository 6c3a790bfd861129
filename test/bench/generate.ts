// Writes a synthetic dataset (benchmarks and tests only; flagged as not real) or synthetic
// articles: `tsx test/bench/generate.ts --events 100000 --out dir` or `--articles 10000 --out dir`.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { syntheticArticles } from "./syntheticArticles.ts";
import { syntheticDataset } from "./syntheticDataset.ts";
import { writeDataset } from "./writeDataset.ts";

const { values } = parseArgs({
  options: { events: { type: "string" }, articles: { type: "string" }, out: { type: "string" } },
});
const out = values.out;
if (!out || (!values.events && !values.articles))
  throw new Error("usage: generate (--events N | --articles N) --out DIR");
mkdirSync(out, { recursive: true });
if (values.events) writeDataset(syntheticDataset(Number(values.events)), out);
if (values.articles)
  for (const article of syntheticArticles(Number(values.articles)))
    writeFileSync(join(out, article.name), article.text);
