// `npm run bench`: the pipeline's speed and memory on generated articles, extraction accuracy,
// and the app in a browser. Prints figures; it is a measurement, not a pass/fail test.
import { join } from "node:path";
import { evaluateFixtures, FIXTURES } from "../support/evaluateFixtures.ts";
import { browserBench } from "./browserBench.ts";
import { pipelineBench } from "./pipelineBench.ts";
import { shareBench } from "./shareBench.ts";

// BENCH_PARTS runs some of the parts alone, e.g. BENCH_PARTS=browser: the whole bench takes
// about 12 minutes, the browser part alone at 100k events (BENCH_EVENTS=100000) about 20 s.
const parts = new Set(
  (process.env.BENCH_PARTS ?? "pipeline,share,accuracy,browser").split(",").map((p) => p.trim()),
);

if (parts.has("pipeline"))
  pipelineBench((process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number));

// Every event's share page and preview card in every language: the build stays within a minute
// for 1,000 events.
if (parts.has("share"))
  await shareBench((process.env.BENCH_SHARE ?? "1000").split(",").map(Number));

if (parts.has("accuracy")) printAccuracy();

// The app in headless Chromium against vis-timeline on the same generated events. Needs a
// production build in dist/ (npm run build).
if (parts.has("browser") && process.env.BENCH_BROWSER !== "0") {
  const sizes = (process.env.BENCH_EVENTS ?? "1000,10000,100000").split(",").map(Number);
  const results = await browserBench(sizes, Number(process.env.BENCH_VIS_MAX ?? 10000));
  const ms = (n: number | null | undefined) =>
    n === null || n === undefined ? "–" : n >= 100 ? n.toFixed(0) : n.toFixed(1);
  const share = (n: number | null | undefined) =>
    n === null || n === undefined ? "–" : `${(100 * n).toFixed(0)}%`;
  const table: string[][] = [
    [
      "events",
      "first render",
      "frame p50",
      "frame p95",
      "main thread/frame",
      "frames moved",
      "render p50",
      "render p95",
      "filter update",
      "to paint",
      "JS heap MB",
      "vis first render",
      "vis frame p50",
      "vis frame p95",
      "vis main thread/frame",
      "vis frames moved",
      "first-render ratio",
      "main-thread ratio",
    ],
  ];
  for (const [size, { exitline: e, vis: v }] of results) {
    const times = (a: number | null | undefined, b: number | null | undefined) =>
      v.note ?? (a && b ? `${(b / a).toFixed(1)}×` : "–");
    table.push([
      String(size),
      ms(e.firstRender),
      ms(e.frameP50),
      ms(e.frameP95),
      ms(e.workPerFrame),
      share(e.moved),
      ms(e.renderP50),
      ms(e.renderP95),
      ms(e.filterUpdate),
      ms(e.filterPainted),
      ms(e.heapMb),
      ms(v.firstRender),
      ms(v.frameP50),
      ms(v.frameP95),
      ms(v.workPerFrame),
      share(v.moved),
      times(e.firstRender, v.firstRender),
      times(e.workPerFrame, v.workPerFrame),
    ]);
  }
  const bw = table[0]?.map((_, i) => Math.max(...table.map((r) => r[i]?.length ?? 0))) ?? [];
  console.log(
    "\nIn headless Chromium (ms; synthetic events over 30 years, 5 s of wheel zoom and pan)",
  );
  for (const row of table) console.log(row.map((cell, i) => cell.padStart(bw[i] ?? 0)).join("  "));
}

// Extraction quality on hand-written articles: the fixtures the lexicons were checked against,
// and the holdout set no lexicon author has read (the fairer figure for unseen articles).
function printAccuracy(): void {
  const accuracy: string[][] = [
    [
      "set",
      "languages",
      "expected events",
      "found",
      "all fields right",
      "extra events",
      "precision",
    ],
  ];
  for (const [name, folder] of [
    ["fixtures", FIXTURES],
    ["holdout", join(FIXTURES, "../holdout")],
  ] as const) {
    const report = evaluateFixtures(folder, true);
    const found = report.verdicts.filter((v) => v.found).length;
    const exact = report.verdicts.filter((v) => v.found && v.wrong.length === 0).length;
    const total = report.verdicts.length;
    const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(0)}%`;
    accuracy.push([
      name,
      String(report.languages.size),
      String(total),
      `${found} (${pct(found, total)})`,
      `${exact} (${pct(exact, total)})`,
      String(report.extras.length),
      pct(found, found + report.extras.length),
    ]);
  }
  const aw = accuracy[0]?.map((_, i) => Math.max(...accuracy.map((r) => r[i]?.length ?? 0))) ?? [];
  console.log("\nExtraction accuracy (each article built on its own)");
  for (const row of accuracy)
    console.log(row.map((cell, i) => cell.padStart(aw[i] ?? 0)).join("  "));
}
