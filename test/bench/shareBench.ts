// The share files' figures for `npm run bench`: every event's page and preview card in every
// language, for generated datasets, from a cold card cache and again from a warm one.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeTitle } from "../../src/i18n/describeEventText.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { phraseText } from "../../src/i18n/phrase.ts";
import { en } from "../../src/i18n/phrasing/en.ts";
import type { Dataset } from "../../src/model/dataset.ts";
import { writeShareFiles } from "../../src/pipeline/share/writeShareFiles.ts";
import { loadPrerenderer } from "../../src/prerender/loadPrerenderer.ts";
import { syntheticDataset } from "./syntheticDataset.ts";

/** Seconds for one run of the share files over `dataset`, and what it drew. */
async function run(dataset: Dataset, cacheDir: string) {
  const out = mkdtempSync(join(tmpdir(), "bench-share-"));
  try {
    const started = performance.now();
    const pages = await loadPrerenderer(dataset);
    const prerendered = performance.now();
    const figures = await writeShareFiles(dataset, out, "https://example.org/", cacheDir, {
      detail: (id, locale) => pages.eventDetail(id, locale),
      stylesheet: "assets/index.css",
    });
    const done = performance.now();
    return {
      ...figures,
      seconds: (done - started) / 1000,
      setup: (prerendered - started) / 1000,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * A generated dataset whose titles are the ones English phrasing gives its fields, as the
 * pipeline's are: every language then words each event itself, with its own characters.
 */
function phrased(count: number): Dataset {
  const dataset = syntheticDataset(count);
  const names = new Map(dataset.companies.map((c) => [c.id, c.name]));
  return {
    ...dataset,
    events: dataset.events.map((e) => ({
      ...e,
      title: phraseText(describeTitle({ ...e, actor: names.get(e.companies[0] ?? "") ?? "" }, en)),
    })),
  };
}

/** Prints the figures for each size. */
export async function shareBench(sizes: readonly number[]): Promise<void> {
  console.log(
    `\nShare pages and preview cards, ${LOCALES.length} languages (s; cold: no card cached)`,
  );
  console.log("events  pages  cards  workers  cold s  of which prerenderer  warm s");
  for (const size of sizes) {
    const dataset = phrased(size);
    // Inside node_modules, where the card worker finds resvg; new, so nothing is cached.
    const cache = join(
      import.meta.dirname,
      `../../node_modules/.cache/exitline-og-bench-${process.pid}`,
    );
    try {
      const cold = await run(dataset, cache);
      const warm = await run(dataset, cache);
      console.log(
        [
          String(size).padStart(6),
          String(cold.pages).padStart(5),
          String(cold.cards).padStart(5),
          String(cold.workers).padStart(7),
          cold.seconds.toFixed(1).padStart(6),
          cold.setup.toFixed(1).padStart(20),
          warm.seconds.toFixed(1).padStart(6),
        ].join("  "),
      );
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }
}
