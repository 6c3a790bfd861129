import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset, TimelineEvent } from "../../src/model/dataset.ts";
import { buildDataset } from "../../src/pipeline/buildDataset.ts";

/** One event a human analyst recorded for a fixture article. */
export interface ExpectedEvent {
  company: string;
  type: string;
  date: string | null;
  effective: string | null;
  countries: string[];
  primary: boolean;
  evidence: string;
  counterparty?: string;
}

interface ExpectedFile {
  language?: string;
  published?: string;
  events?: ExpectedEvent[];
  unplaced?: string;
}

/** How one expected event fared. */
export interface EventVerdict {
  file: string;
  expected: ExpectedEvent;
  found: TimelineEvent | null;
  /** Fields that differ: "date", "effective", "countries", "primary". */
  wrong: string[];
}

/** The score of the pipeline against the fixtures' ground truth. */
export interface FixtureReport {
  dataset: Dataset;
  expected: Record<string, ExpectedFile>;
  verdicts: EventVerdict[];
  /** Events produced for a file that the analyst did not record. */
  extras: { file: string; event: TimelineEvent }[];
  languages: Map<string, string>;
}

export const FIXTURES = join(import.meta.dirname, "../fixtures/articles");

/**
 * Builds the fixture folder and matches every expected event to an output event. `isolated`
 * builds each article on its own (with its curation file), so each is judged on what it says,
 * not on what merging with other articles adds.
 */
export function evaluateFixtures(folder = FIXTURES, isolated = false): FixtureReport {
  const names = readdirSync(folder)
    .filter((n) => n !== "expected.json" && n !== "known-gaps.json")
    .sort();
  const files = names.map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
  const dataset = isolated ? isolatedBuild(files) : buildDataset(files).dataset;
  const expected = JSON.parse(readFileSync(join(folder, "expected.json"), "utf8")) as Record<
    string,
    ExpectedFile
  >;
  const companyName = new Map(dataset.companies.map((c) => [c.id, c.name.toLowerCase()]));
  const sourceOf = new Map(dataset.sources.map((s) => [s.file, s.id]));
  // In an isolated build each article's events are its own; ids may repeat across articles.
  const key = (file: string, id: string) => `${file}|${id}`;
  const verdicts: EventVerdict[] = [];
  const used = new Set<string>();
  for (const [file, spec] of Object.entries(expected)) {
    const sourceId = sourceOf.get(file);
    const mine = dataset.events.filter((e) => e.sources.some((s) => s.id === sourceId));
    for (const want of spec.events ?? []) {
      const candidates = mine.filter(
        (e) =>
          e.type === want.type &&
          companyName
            .get(e.companies[0] ?? "")
            ?.startsWith(want.company.toLowerCase().split(" ")[0] ?? ""),
      );
      const found =
        candidates.find((e) => e.date === want.date) ??
        candidates.find((e) => !used.has(key(file, e.id))) ??
        null;
      if (found) used.add(key(file, found.id));
      const own = found?.sources.find((s) => s.id === sourceId);
      const wrong = found
        ? [
            found.date !== want.date && "date",
            found.effective !== want.effective && "effective",
            JSON.stringify(found.countries) !== JSON.stringify(want.countries) && "countries",
            own?.primary !== want.primary && "primary",
          ].filter((w): w is string => Boolean(w))
        : [];
      verdicts.push({ file, expected: want, found, wrong });
    }
  }
  const extras: { file: string; event: TimelineEvent }[] = [];
  for (const source of dataset.sources) {
    for (const event of dataset.events.filter((e) => e.sources.some((s) => s.id === source.id))) {
      if (!used.has(key(source.file, event.id))) extras.push({ file: source.file, event });
    }
  }
  return {
    dataset,
    expected,
    verdicts,
    extras,
    languages: new Map(dataset.sources.map((s) => [s.file, s.language])),
  };
}

function isolatedBuild(files: readonly { name: string; bytes: Uint8Array }[]): Dataset {
  const articles = files.filter((f) => !f.name.endsWith(".meta.json"));
  const parts = articles.map((article) => {
    const stem = article.name.replace(/\.[^.]+$/, "");
    return buildDataset(files.filter((f) => f === article || f.name === `${stem}.meta.json`))
      .dataset;
  });
  return {
    version: 1,
    events: parts.flatMap((p) => p.events),
    sources: parts.flatMap((p) => p.sources),
    companies: [...new Map(parts.flatMap((p) => p.companies).map((c) => [c.id, c])).values()],
    unplaced: parts.flatMap((p) => p.unplaced),
    warnings: parts.flatMap((p) => p.warnings),
  };
}
