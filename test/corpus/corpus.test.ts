import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The composed corpus and its scorer live beside the project (../shared), not in it. The levels
// recorded here are the floor: a change that lowers any of them fails, and they are raised by
// hand as the extractor improves.
const ROOT = join(import.meta.dirname, "../..");
const SHARED = join(ROOT, "../shared");
const SCORER = join(SHARED, "eval/score.mjs");
const CORPUS = join(SHARED, "corpus");
const available = existsSync(SCORER) && existsSync(CORPUS);
const levels = JSON.parse(readFileSync(join(import.meta.dirname, "levels.json"), "utf8")) as Record<
  "meta" | "text",
  Record<string, number>
>;

interface Summary {
  primaryRecall: number;
  primaryFullyCorrect: number;
  precision: number;
  datesWrongOrInvented: number;
  negativesWithEvents: string;
  clustersMerged: string;
}

function score(mode: "meta" | "text"): Summary {
  const dir = mkdtempSync(join(tmpdir(), "exitline-corpus-"));
  try {
    const json = join(dir, "score.json");
    execFileSync(
      "node",
      [SCORER, "--project", ROOT, "--corpus", CORPUS, "--mode", mode, "--json", json],
      { stdio: "ignore", timeout: 240_000 },
    );
    return (JSON.parse(readFileSync(json, "utf8")) as { summary: Summary }).summary;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!available) {
  console.warn(
    `corpus score skipped: ${SCORER} or ${CORPUS} is missing (the composed corpus lives beside the project in ../shared)`,
  );
}

describe.skipIf(!available).each(["meta", "text"] as const)(
  "the composed corpus, publication dates %s",
  (mode) => {
    const floor = levels[mode];
    let summary: Summary;
    const got = () => (summary ??= score(mode));
    const count = (ratio: string) => Number(ratio.split("/")[0]);

    it("finds at least the recorded share of main events", { timeout: 240_000 }, () => {
      expect(got().primaryRecall).toBeGreaterThanOrEqual(floor.primaryRecall ?? 100);
    });
    it("gets at least the recorded share of main events fully right", () => {
      expect(got().primaryFullyCorrect).toBeGreaterThanOrEqual(floor.primaryFullyCorrect ?? 100);
    });
    it("keeps precision at or above the recorded level", () => {
      expect(got().precision).toBeGreaterThanOrEqual(floor.precision ?? 100);
    });
    it("gives no more wrong or invented dates than recorded", () => {
      expect(got().datesWrongOrInvented).toBeLessThanOrEqual(floor.datesWrongOrInvented ?? 0);
    });
    it("gives no event to articles that report none", () => {
      expect(count(got().negativesWithEvents)).toBeLessThanOrEqual(floor.negativesWithEvents ?? 0);
    });
    it("merges at least the recorded number of stories told in several articles", () => {
      expect(count(got().clustersMerged)).toBeGreaterThanOrEqual(floor.clustersMerged ?? 0);
    });
  },
);
