// Exitline and vis-timeline side by side in headless Chromium, on the same generated data.
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Dataset } from "../../src/model/dataset.ts";
import { parseEdtf } from "../../src/model/edtf.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../browser/chromium.ts";
import { syntheticDataset } from "./syntheticDataset.ts";
import { writeDataset } from "./writeDataset.ts";

/** One run's figures, in milliseconds (heap in MB). */
export interface BrowserFigures {
  firstRender: number | null;
  frameP50: number | null;
  frameP95: number | null;
  /** Main-thread time (script, style, layout, paint) per frame while zooming, mean. */
  workPerFrame?: number | null;
  /** Share of zoom frames whose visible window differed from the frame before, 0–1. */
  moved?: number | null;
  renderP50?: number | null;
  renderP95?: number | null;
  filterUpdate?: number | null;
  filterPainted?: number | null;
  heapMb?: number | null;
  note?: string;
}

const ARGS = [...CHROMIUM_ARGS, "--enable-precise-memory-info"];
const ROOT = join(import.meta.dirname, "../..");
const ZOOM_SECONDS = 5;
// Ctrl + wheel in small steps, as a trackpad pinch sends them: every step changes the window, so
// every frame is a new view to draw (a mouse notch of 100 reaches either zoom limit in a few
// steps, after which frames have nothing to draw).
const ZOOM_DELTA = 8;

/** Runs both timelines at each size; vis-timeline only up to `visMax` events (it does not finish beyond). */
export async function browserBench(
  sizes: readonly number[],
  visMax: number,
): Promise<Map<number, { exitline: BrowserFigures; vis: BrowserFigures }>> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ARGS,
  });
  const results = new Map<number, { exitline: BrowserFigures; vis: BrowserFigures }>();
  try {
    for (const size of sizes) {
      const dir = mkdtempSync(join(tmpdir(), `bench-${size}-`));
      const dataset = syntheticDataset(size);
      mkdirSync(join(dir, "data"), { recursive: true });
      writeDataset(dataset, join(dir, "data"));
      writeVisPage(dir, dataset);
      const server = await serve(dir);
      try {
        const exitline = await measureExitline(browser);
        const vis =
          size <= visMax
            ? await measureVis(browser)
            : {
                firstRender: null,
                frameP50: null,
                frameP95: null,
                note: "not run above BENCH_VIS_MAX",
              };
        results.set(size, { exitline, vis });
      } finally {
        await server.stop();
        // About 100 MB at 100k: every run would otherwise leave its data behind.
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** Serves the app with `dir`'s data on 4391 and the vis-timeline page on 4392, once both answer. */
async function serve(dir: string): Promise<{ stop: () => Promise<void> }> {
  // Another server on these ports would be measured instead of this run's data.
  for (const port of [4391, 4392])
    if (await answers(port))
      throw new Error(`port ${port} is already in use: stop what serves it, then run again`);
  const child = spawn(
    join(ROOT, "node_modules/.bin/tsx"),
    [
      join(ROOT, "test/browser/serve.ts"),
      "--port",
      "4391",
      "--prefix",
      "/",
      "--root",
      join(ROOT, "dist"),
      "--data",
      join(dir, "data"),
    ],
    { stdio: "ignore" },
  );
  const vis = spawn(
    join(ROOT, "node_modules/.bin/tsx"),
    [join(ROOT, "test/browser/serve.ts"), "--port", "4392", "--prefix", "/", "--root", dir],
    { stdio: "ignore" },
  );
  // The next size's servers need these ports: wait until both have let go.
  const stop = async () => {
    child.kill();
    vis.kill();
    await until(async () => !(await answers(4391)) && !(await answers(4392)), "stop");
  };
  try {
    await until(async () => (await answers(4391)) && (await answers(4392)), "start");
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}

async function until(ready: () => Promise<boolean>, what: string): Promise<void> {
  const started = Date.now();
  while (!(await ready())) {
    if (Date.now() - started > 30_000)
      throw new Error(`the benchmark's servers did not ${what} within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function answers(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
}

async function measureExitline(browser: Browser): Promise<BrowserFigures> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.goto("http://127.0.0.1:4391/");
    // A function, not a string: the app's Content-Security-Policy forbids the eval a string
    // predicate needs.
    await page.waitForFunction(
      () => performance.getEntriesByName("exitline:render").length > 0,
      null,
      { timeout: 120_000 },
    );
    const firstRender = (await page.evaluate(`(() => {
      const first = performance.getEntriesByName("exitline:render")[0];
      return first.startTime + first.duration;
    })()`)) as number;
    await page.waitForTimeout(1000);
    const frames = await zoomAndPan(
      page,
      ".timeline-svg",
      `document.querySelector(".window-label").textContent`,
    );
    if (!frames.moved) throw new Error("the wheel did not zoom the Exitline timeline");
    const renders = (await page.evaluate(
      `performance.getEntriesByName("exitline:render").map((e) => e.duration)`,
    )) as number[];
    // From ticking a filter to the DOM updated (React renders it synchronously), and to the next
    // painted frame; the median of five clicks on different companies.
    const [filterUpdate, filterPainted] = (await page.evaluate(`(async () => {
      const sync = [], painted = [];
      for (let i = 0; i < 5; i++) {
        const box = document.querySelectorAll("fieldset.filter-group input[type=checkbox]")[i];
        for (const check of [true, false]) {
          const started = performance.now();
          box.click();
          if (check) sync.push(performance.now() - started);
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
          if (check) painted.push(performance.now() - started);
        }
      }
      const median = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
      return [median(sync), median(painted)];
    })()`)) as [number, number];
    const heapMb =
      ((await page.evaluate(
        `performance.memory ? performance.memory.usedJSHeapSize : 0`,
      )) as number) / 1e6;
    const q = quantiles(renders.slice(1));
    return {
      firstRender,
      frameP50: frames.p50,
      frameP95: frames.p95,
      workPerFrame: frames.work,
      moved: frames.moved,
      renderP50: q.p50,
      renderP95: q.p95,
      filterUpdate,
      filterPainted,
      heapMb,
    };
  } finally {
    await page.close();
  }
}

async function measureVis(browser: Browser): Promise<BrowserFigures> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.goto("http://127.0.0.1:4392/vis.html");
    const firstRender = await page
      .waitForFunction(`window.visRendered`, null, { timeout: 120_000 })
      .then((h) => h.jsonValue() as Promise<number>)
      .catch(() => null);
    if (firstRender === null)
      return {
        firstRender: null,
        frameP50: null,
        frameP95: null,
        note: "did not render within 120 s",
      };
    const frames = await zoomAndPan(
      page,
      ".vis-timeline .vis-center",
      `(() => { const w = window.visTimeline.getWindow(); return w.start + "/" + w.end; })()`,
    );
    return {
      firstRender,
      frameP50: frames.p50,
      frameP95: frames.p95,
      workPerFrame: frames.work,
      moved: frames.moved,
      ...(frames.moved ? {} : { note: "the wheel did not zoom" }),
    };
  } finally {
    await page.close();
  }
}

/**
 * Wheel-zooms in and out around a moving point for ZOOM_SECONDS, timing every frame, and reads
 * the main thread's busy time from Chromium's own counters over the same span: frame times of
 * both timelines are capped by the display's 60 Hz, the work behind each frame is not.
 * `shown` is an expression for the visible window, read each frame to count frames that moved.
 */
async function zoomAndPan(
  page: Page,
  selector: string,
  shown: string,
): Promise<{ p50: number | null; p95: number | null; work: number | null; moved: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const busy = async () =>
    (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration")
      ?.value ?? 0;
  const before = await busy();
  const frames = (await page.evaluate(zoomAndPanScript(ZOOM_SECONDS, selector, shown))) as {
    p50: number | null;
    p95: number | null;
    count: number;
    moved: number;
  };
  const seconds = (await busy()) - before;
  await cdp.detach();
  return {
    p50: frames.p50,
    p95: frames.p95,
    work: frames.count ? (seconds * 1000) / frames.count : null,
    moved: frames.moved,
  };
}

/** Kept as source text because the page cannot see helpers a bundler adds to functions. */
function zoomAndPanScript(seconds: number, selector: string, shown: string): string {
  return `(async () => {
    const area = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
    const deltas = [];
    let steps = 0, moved = 0, before = ${shown};
    let last = performance.now();
    let running = true;
    requestAnimationFrame(function tick(time) {
      deltas.push(time - last);
      last = time;
      if (running) requestAnimationFrame(tick);
    });
    const started = performance.now();
    for (let i = 0; performance.now() - started < ${seconds * 1000}; i++) {
      // Sent to whatever is under the pointer, as a real wheel would be.
      const x = area.left + area.width * (0.3 + 0.4 * Math.abs(Math.sin(i / 25)));
      const y = area.top + 80;
      document.elementFromPoint(x, y).dispatchEvent(new WheelEvent("wheel", {
        deltaY: i % 60 < 30 ? -${ZOOM_DELTA} : ${ZOOM_DELTA}, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true,
      }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = ${shown};
      steps++;
      if (now !== before) moved++;
      before = now;
    }
    running = false;
    const sorted = deltas.slice(3).sort((a, b) => a - b);
    return { p50: sorted[Math.floor(sorted.length * 0.5)] ?? null, p95: sorted[Math.floor(sorted.length * 0.95)] ?? null, count: deltas.length, moved: moved / Math.max(1, steps) };
  })()`;
}

function quantiles(values: number[]): { p50: number | null; p95: number | null } {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: sorted[Math.floor(sorted.length * 0.5)] ?? null,
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? null,
  };
}

/** The same events for vis-timeline: one group per company, points for days, ranges for months and years. */
function writeVisPage(dir: string, dataset: Dataset): void {
  const items = dataset.events.flatMap((e) => {
    const when = e.date ?? e.effective;
    const extent = when ? parseEdtf(when) : null;
    if (!extent) return [];
    const range = extent.precision !== "day";
    return [
      {
        id: e.id,
        group: e.companies[0],
        content: e.title,
        start: extent.min,
        ...(range ? { end: extent.max, type: "range" } : { type: "point" }),
      },
    ];
  });
  const groups = dataset.companies.map((c) => ({ id: c.id, content: c.name }));
  copyFileSync(
    join(ROOT, "node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"),
    join(dir, "vis.js"),
  );
  writeFileSync(join(dir, "vis-data.json"), JSON.stringify({ items, groups }));
  writeFileSync(
    join(dir, "vis.html"),
    `<!doctype html><html><head><meta charset="utf-8"><script src="vis.js"></script></head><body><div id="t"></div><script>
fetch("vis-data.json").then((r) => r.json()).then(({ items, groups }) => {
  const timeline = new vis.Timeline(document.getElementById("t"), items, groups, { height: "800px", stack: true, zoomKey: "ctrlKey" });
  window.visTimeline = timeline;
  timeline.once("changed", () => requestAnimationFrame(() => { window.visRendered = performance.now(); }));
});
</script></body></html>`,
  );
}
