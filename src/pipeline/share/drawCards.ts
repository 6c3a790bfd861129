import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { buildSync } from "esbuild";
import { cardFonts } from "./cardFonts.ts";
import type { CardBatch } from "./cardWorker.ts";
import { previewCardSvg, type CardContent } from "./previewCard.ts";
import { NODE_BUNDLE } from "../nodeBundle.ts";

/** A preview card to draw, and the file its PNG goes to. */
export interface CardJob {
  readonly content: CardContent;
  readonly file: string;
}

/** How much drawing a build did. */
export interface CardFigures {
  readonly cards: number;
  /** Cards drawn afresh; the others came from the cache. */
  readonly drawn: number;
  readonly workers: number;
}

// Bumped when the fonts or the renderer change what a given SVG looks like.
const RENDERER = "resvg-2.6-inter-noto-1";
// Text every card has besides its content.
const FIXED_TEXT = "Exitline…· ";

/**
 * Draws every card into its file. A card already drawn by an earlier build (same SVG, same
 * renderer) is copied from `cacheDir`, so a rebuild draws only the cards that changed. The rest
 * are drawn on worker threads, one per core, with fonts cut to the characters they use; the
 * main thread does `meanwhile` while they draw.
 */
export async function drawCards(
  jobs: readonly CardJob[],
  cacheDir: string,
  meanwhile: () => void,
): Promise<CardFigures> {
  mkdirSync(cacheDir, { recursive: true });
  const fresh = new Map<string, { svg: string; files: string[]; text: string }>();
  for (const { content, file } of jobs) {
    const svg = previewCardSvg(content);
    const key = createHash("sha256").update(RENDERER).update(svg).digest("hex").slice(0, 32);
    const cached = join(cacheDir, `${key}.png`);
    if (existsSync(cached)) {
      copyFileSync(cached, file);
      continue;
    }
    const known = fresh.get(key);
    if (known) known.files.push(file);
    else
      fresh.set(key, {
        svg,
        files: [cached, file],
        text: content.title + content.company + content.label + content.when,
      });
  }
  const cards = [...fresh.values()];
  if (cards.length === 0) {
    meanwhile();
    return { cards: jobs.length, drawn: 0, workers: 0 };
  }
  const fonts = await cardFonts(
    FIXED_TEXT + cards.map((c) => c.text).join(""),
    join(cacheDir, "fonts"),
  );
  // A worker costs a few tens of milliseconds to start: small builds use one.
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(cards.length / 100)));
  const script = workerScript(cacheDir);
  try {
    const drawing = Promise.all(
      Array.from({ length: workers }, (_, w) =>
        runWorker(script, {
          fonts,
          cards: cards
            .filter((_, i) => i % workers === w)
            .map(({ svg, files }) => ({ svg, files })),
        }),
      ),
    );
    try {
      meanwhile();
    } finally {
      await drawing;
    }
  } finally {
    rmSync(script, { force: true });
  }
  return { cards: jobs.length, drawn: cards.length, workers };
}

/**
 * The worker as one plain JavaScript file, bundled with esbuild: Node runs no TypeScript. It
 * is written under node_modules, so that its import of resvg resolves from where it is.
 */
function workerScript(cacheDir: string): string {
  const file = join(resolve(cacheDir), `card-worker-${process.pid}-${Date.now()}.mjs`);
  buildSync({
    entryPoints: [fileURLToPath(new URL("./cardWorker.ts", import.meta.url))],
    ...NODE_BUNDLE,
    outfile: file,
  });
  return file;
}

function runWorker(script: string, batch: CardBatch): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: batch });
    worker.on("error", reject);
    worker.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`A card worker stopped with code ${code}`)),
    );
  });
}
