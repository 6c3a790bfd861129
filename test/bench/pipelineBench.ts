// The pipeline's figures for `npm run bench`: throughput on one thread and on every core from
// the same generated folders, peak memory, the rebuild after one change, time against article
// length, and a folder of hostile files. Each run is a child process, so memory is its own.
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticArticles } from "./syntheticArticles.ts";

const tsx = join(import.meta.dirname, "../../node_modules/.bin/tsx");
const once = join(import.meta.dirname, "pipelineOnce.ts");

interface Run {
  seconds: number;
  maxRssMb: number;
  events: number;
  sources: number;
  unplaced: number;
  warnings: number;
  fresh: number;
  cached: number;
}

function run(seeds: string, threads: string, cache = "none"): Run {
  const out = mkdtempSync(join(tmpdir(), "bench-out-"));
  try {
    return JSON.parse(
      execFileSync(tsx, [once, seeds, out, threads, cache], {
        encoding: "utf8",
        maxBuffer: 1 << 24,
      }),
    ) as Run;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function folder(articles: number, asPages = false): string {
  const seeds = mkdtempSync(join(tmpdir(), "bench-seeds-"));
  for (const article of syntheticArticles(articles)) {
    if (asPages)
      writeFileSync(join(seeds, article.name.replace(/\.txt$/, ".html")), page(article.text));
    else writeFileSync(join(seeds, article.name), article.text);
  }
  return seeds;
}

/** An article as a browser saves its page: navigation, metadata, scripts, share bar, footer. */
function page(text: string): string {
  const [headline = "", ...paragraphs] = text.split("\n\n");
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const ld = JSON.stringify({ "@type": "NewsArticle", headline, datePublished: "2020-08-03" });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(headline)} | Wire</title>
<meta property="og:site_name" content="Wire"><script type="application/ld+json">${ld}</script>
<script>window.analytics = [];</script><style>body { font: 16px serif }</style></head><body>
<header><nav><a href="/">Home</a> <a href="/tech">Tech</a> <a href="/world">World</a></nav></header>
<main><article><h1>${escape(headline)}</h1><div class="share"><a href="#">Share</a></div>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}</article>
<aside><h2>Related</h2><ul><li><a href="/a">Markets close higher</a></li></ul></aside></main>
<footer>All rights reserved.</footer></body></html>`;
}

/** One headline, then one sentence repeated to `bytes`: the shape that once took quadratic time. */
function longArticle(bytes: number): string {
  const sentence = "Google said on Tuesday it would shut down its search service in China. ";
  return `Google leaves China\n\n${sentence.repeat(Math.ceil(bytes / sentence.length))}`;
}

function table(title: string, rows: string[][]): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  console.log(`\n${title}`);
  for (const row of rows) console.log(row.map((c, i) => c.padStart(widths[i] ?? 0)).join("  "));
}

export function pipelineBench(sizes: readonly number[]): void {
  const cores = availableParallelism();
  // The workers' bundle is built once per pipeline version, like a compile: build it before
  // timing, so the first run with workers does not pay for it.
  const first = folder(cores);
  run(first, String(cores));
  rmSync(first, { recursive: true, force: true });
  const rows = [
    ["articles", "threads", "seconds", "articles/s", "peak RSS (MB)", "events", "speed-up"],
  ];
  // One thread, then one worker a core, on the same folder.
  const compare = (label: string, count: number, asPages: boolean) => {
    const seeds = folder(count, asPages);
    const one = run(seeds, "0");
    const all = run(seeds, String(cores));
    rmSync(seeds, { recursive: true, force: true });
    for (const [threads, r] of [
      ["1", one],
      [`${cores} workers`, all],
    ] as const) {
      rows.push([
        label,
        threads,
        r.seconds.toFixed(1),
        (count / r.seconds).toFixed(0),
        r.maxRssMb.toFixed(0),
        String(r.events),
        r === one ? "" : `${(one.seconds / r.seconds).toFixed(2)}×`,
      ]);
    }
  };
  for (const size of sizes) compare(String(size), size, false);
  const pages = Number(process.env.BENCH_PAGES ?? 2000);
  compare(`${pages} saved pages`, pages, true);
  table(`Pipeline, no cache (synthetic articles in en, fr, vi, ar; ${cores} cores)`, rows);

  const rebuild = Number(process.env.BENCH_REBUILD ?? 10000);
  const seeds = folder(rebuild);
  const cache = mkdtempSync(join(tmpdir(), "bench-cache-"));
  const cold = run(seeds, "default", cache);
  const warm = run(seeds, "default", cache);
  appendFileSync(join(seeds, "synthetic-000007.txt"), "\n\nOne more paragraph.");
  const changed = run(seeds, "default", cache);
  table(`Incremental build of ${rebuild} articles (cache by content and pipeline version)`, [
    ["build", "seconds", "read", "from cache", "peak RSS (MB)"],
    ...(
      [
        ["first (cache empty)", cold],
        ["again, nothing changed", warm],
        ["after one article changed", changed],
      ] as const
    ).map(([name, r]) => [
      name,
      r.seconds.toFixed(2),
      String(r.fresh),
      String(r.cached),
      r.maxRssMb.toFixed(0),
    ]),
  ]);
  rmSync(cache, { recursive: true, force: true });

  // The hostile folder of the issue: a runaway article, binary and empty files, a file of
  // 100,000 lines, beside the normal articles.
  writeFileSync(join(seeds, "huge.txt"), longArticle(5.9e6));
  writeFileSync(join(seeds, "binary.txt"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
  writeFileSync(join(seeds, "empty.txt"), "");
  writeFileSync(
    join(seeds, "lines.txt"),
    `Apple news\n\n${"Apple shipped a new phone in California on Tuesday.\n".repeat(100_000)}`,
  );
  const hostile = run(seeds, "default");
  table("A folder with hostile files", [
    ["files", "seconds", "sources", "unplaced", "warnings", "accounted for"],
    [
      String(rebuild + 4),
      hostile.seconds.toFixed(1),
      String(hostile.sources),
      String(hostile.unplaced),
      String(hostile.warnings),
      hostile.sources + hostile.unplaced === rebuild + 4 ? "all" : "NOT ALL",
    ],
  ]);
  rmSync(seeds, { recursive: true, force: true });

  const lengths = [1e5, 1e6, 1e7];
  const lengthRows = [["article", "seconds", "MB/s"]];
  for (const bytes of lengths) {
    const dir = mkdtempSync(join(tmpdir(), "bench-long-"));
    writeFileSync(join(dir, "long.txt"), longArticle(bytes));
    const r = run(dir, "0");
    lengthRows.push([
      `${bytes / 1e6} MB`,
      r.seconds.toFixed(2),
      (bytes / 1e6 / r.seconds).toFixed(2),
    ]);
    rmSync(dir, { recursive: true, force: true });
  }
  table(
    "Time against article length (one article; over 1,000,000 characters only the first million are read)",
    lengthRows,
  );
}
