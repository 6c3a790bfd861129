import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateFixtures, FIXTURES, type EventVerdict } from "../support/evaluateFixtures.ts";

// Articles written independently of the lexicons, with an analyst's ground truth. Each is built
// on its own. Known gaps are listed with their cause and run as expected failures, so fixing
// one turns its test red until the list is updated.
const report = evaluateFixtures(FIXTURES, true);
const gaps = JSON.parse(readFileSync(join(FIXTURES, "known-gaps.json"), "utf8")) as {
  events: Record<string, string>;
  extras: Record<string, string[]>;
};
const keyOf = (v: EventVerdict) =>
  `${v.file}|${v.expected.company} ${v.expected.type} ${v.expected.date}`;

describe.each(Object.keys(report.expected))("%s", (file) => {
  const spec = report.expected[file];
  for (const verdict of report.verdicts.filter((v) => v.file === file)) {
    const e = verdict.expected;
    const name = `finds ${e.company} ${e.type} ${e.date ?? "undated"}${e.effective ? ` → ${e.effective}` : ""}`;
    const known = gaps.events[keyOf(verdict)];
    (known ? it.fails : it)(known ? `${name} (known gap: ${known})` : name, () => {
      expect(verdict.found, "no such event").not.toBeNull();
      expect(verdict.wrong).toEqual([]);
    });
  }

  it("produces no event the analyst did not record", () => {
    const extras = report.extras
      .filter((x) => x.file === file)
      .map((x) => `${x.event.companies[0]} ${x.event.type}`);
    expect(extras).toEqual(gaps.extras[file] ?? []);
  });

  if (spec?.unplaced) {
    it(`is listed as unplaced: ${spec.unplaced}`, () => {
      expect(report.dataset.unplaced.find((u) => u.file === file)?.reason).toBe(spec.unplaced);
    });
  }
  if (spec?.language && spec.events?.length) {
    it(`is detected as ${spec.language}`, () =>
      expect(report.languages.get(file)).toBe(spec.language));
  }
});
