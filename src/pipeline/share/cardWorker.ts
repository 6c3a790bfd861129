// A worker thread drawing preview cards: resvg is synchronous, and a build draws thousands.
import { writeFileSync } from "node:fs";
import { setImmediate } from "node:timers/promises";
import { workerData } from "node:worker_threads";
import { renderPng } from "./renderPng.ts";

/** What one worker draws: each card's SVG, and every file its PNG is written to. */
export interface CardBatch {
  readonly fonts: readonly string[];
  readonly cards: readonly { readonly svg: string; readonly files: readonly string[] }[];
}

const batch = workerData as CardBatch;
for (const card of batch.cards) {
  const png = renderPng(card.svg, batch.fonts);
  for (const file of card.files) writeFileSync(file, png);
  // resvg's images are freed by finalizers that Node runs from the event loop: without a turn
  // of it after each card, every card's pixels stay in memory until the worker ends.
  await setImmediate();
}
