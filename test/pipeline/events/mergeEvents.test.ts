import { describe, expect, it } from "vitest";
import type { EdtfDate } from "../../../src/model/edtf.ts";
import type { EventDraft } from "../../../src/pipeline/events/eventDraft.ts";
import { mergeArticleDrafts } from "../../../src/pipeline/events/mergeArticleDrafts.ts";
import { mergeAcrossSources } from "../../../src/pipeline/events/storyMerger.ts";

function draft(
  fields: Omit<Partial<EventDraft>, "date" | "effective"> & {
    date?: string | null;
    effective?: string | null;
  },
): EventDraft {
  return {
    type: "sales-halt",
    companies: ["zoom"],
    counterparty: null,
    countries: ["CN", "US"],
    evidence: "…",
    primary: false,
    confidence: 0.8,
    what: null,
    mainland: false,
    curated: {},
    basis: {},
    origin: "extracted",
    ...fields,
    date: (fields.date ?? null) as EdtfDate | null,
    effective: (fields.effective ?? null) as EdtfDate | null,
  };
}

describe("mergeArticleDrafts", () => {
  it("merges sentences of one article about the same move, keeping the finest dates", () => {
    const merged = mergeArticleDrafts([
      draft({ primary: true }),
      draft({ primary: true, effective: "2020-08~" }),
      draft({ primary: true, effective: "2020-08-23" }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ effective: "2020-08-23", primary: true });
  });

  it("merges one article's reports of a cut with a company and with its subsidiary", () => {
    const parentOf = (id: string) => (id === "hisilicon" ? "huawei" : null);
    const reports = [
      draft({ type: "partnership-cut", companies: ["tsmc", "huawei"], counterparty: "Huawei" }),
      draft({
        type: "partnership-cut",
        companies: ["tsmc", "hisilicon"],
        counterparty: "HiSilicon",
      }),
    ];
    expect(mergeArticleDrafts(reports, parentOf)).toHaveLength(1);
    expect(mergeArticleDrafts(reports)).toHaveLength(2);
  });

  it("keeps moves with different dates apart", () => {
    expect(
      mergeArticleDrafts([draft({ date: "2021-06" }), draft({ date: "2019-04" })]),
    ).toHaveLength(2);
  });

  it("never lets a background mention's date reach the undated main event", () => {
    const merged = mergeArticleDrafts([
      draft({ type: "exit", primary: true }),
      draft({ type: "exit", date: "2013" }),
    ]);
    expect(merged.map((d) => [d.primary, d.date])).toEqual([
      [true, null],
      [false, "2013"],
    ]);
  });

  it("keeps every main event the lead reports: two moves, two main events", () => {
    const merged = mergeArticleDrafts([
      draft({ type: "exit", primary: true }),
      draft({ type: "shutdown", primary: true }),
    ]);
    expect(merged.map((d) => [d.type, d.primary])).toEqual([
      ["exit", true],
      ["shutdown", true],
    ]);
  });
});

describe("mergeAcrossSources", () => {
  it("makes one event with two sources of the same move reported in two languages", () => {
    const events = mergeAcrossSources([
      {
        sourceId: "fr",
        drafts: [draft({ effective: "2020-08-23", evidence: "à partir du 23 août" })],
      },
      {
        sourceId: "ar",
        drafts: [
          draft({ date: "2020-08-03", effective: "2020-08-23", evidence: "في 23 أغسطس 2020" }),
        ],
      },
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: "2020-08-03", effective: "2020-08-23" });
    expect(events[0]?.sources.map((s) => s.id)).toEqual(["fr", "ar"]);
    expect(events[0]?.confidence).toBeGreaterThan(0.8);
  });

  it("joins a report dated by when a sale took effect to the story of its announcement", () => {
    const sale = { type: "divestment" as const, companies: ["lg-display"], primary: true };
    const events = mergeAcrossSources([
      { sourceId: "ko", drafts: [draft({ ...sale, date: "2024-09-26", effective: "2025-03-31" })] },
      { sourceId: "en", drafts: [draft({ ...sale, date: "2025-04-02" })] },
      { sourceId: "ja", drafts: [draft({ ...sale, date: "2025-06-20" })] },
    ]);
    expect(events.map((e) => e.sources.map((s) => s.id))).toEqual([["ko", "en"], ["ja"]]);
    expect(events[0]).toMatchObject({ date: "2024-09-26", effective: "2025-03-31" });
  });

  it("dates a story by its announcement when the one report to the day dates it by its taking effect", () => {
    const closure = { type: "shutdown" as const, companies: ["ibm"], primary: true };
    const events = mergeAcrossSources([
      { sourceId: "fr", drafts: [draft({ ...closure, date: "2024-08" })] },
      {
        sourceId: "zh",
        drafts: [draft({ ...closure, date: "2024-08", effective: "2025-03-01" })],
      },
      {
        sourceId: "he",
        drafts: [draft({ ...closure, date: "2025-03-01", effective: "2025-03-01" })],
      },
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: "2024-08", effective: "2025-03-01" });
  });

  it("keeps the day of taking effect when an earlier report is only a day off it", () => {
    const cut = { type: "partnership-cut" as const, companies: ["tsmc"], primary: true };
    const events = mergeAcrossSources([
      { sourceId: "vi", drafts: [draft({ ...cut, date: "2020-09-15", effective: "2020-09-15" })] },
      { sourceId: "ko", drafts: [draft({ ...cut, date: "2020-09-15", effective: "2020-09-15" })] },
      { sourceId: "en", drafts: [draft({ ...cut, date: "2020-09-14" })] },
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: "2020-09-15", effective: "2020-09-15" });
  });

  it("keeps the day most reports give when the move took effect before it was announced", () => {
    const exit = { type: "exit" as const, companies: ["yahoo"], primary: true };
    const events = mergeAcrossSources([
      { sourceId: "a", drafts: [draft({ ...exit, date: "2021-11-02", effective: "2021-11-01" })] },
      { sourceId: "b", drafts: [draft({ ...exit, date: "2021-11-02", effective: "2021-11-01" })] },
      { sourceId: "c", drafts: [draft({ ...exit, date: "2021-10", effective: "2021-11-01" })] },
    ]);
    expect(events[0]).toMatchObject({ date: "2021-11-02", effective: "2021-11-01" });
  });

  it("does not join two stories because one gives a bare year for when it takes effect", () => {
    const events = mergeAcrossSources([
      {
        sourceId: "zh",
        drafts: [
          draft({
            type: "restriction",
            companies: ["apple"],
            primary: true,
            date: "2022-10-17",
            effective: "2022",
          }),
        ],
      },
      {
        sourceId: "fr",
        drafts: [
          draft({ type: "restriction", companies: ["apple"], primary: true, date: "2022-11-09" }),
        ],
      },
    ]);
    expect(events.map((e) => e.sources.map((s) => s.id))).toEqual([["zh"], ["fr"]]);
  });

  it("merges two languages' main events dated a day apart, and close kinds of move", () => {
    const events = mergeAcrossSources([
      { sourceId: "ja", drafts: [draft({ type: "blocked", primary: true, date: "2021-02-09" })] },
      {
        sourceId: "ar",
        drafts: [draft({ type: "restriction", primary: true, date: "2021-02-08" })],
      },
    ]);
    expect(events).toHaveLength(1);
    // Of two dates as precise, the earlier: the later outlet counted "yesterday" from its own day.
    expect(events[0]).toMatchObject({ type: "blocked", date: "2021-02-08" });
  });

  it("merges two outlets' main events whose parties are a company and its subsidiary", () => {
    const parentOf = (id: string) => (id === "hisilicon" ? "huawei" : null);
    const stories = [
      {
        sourceId: "zh",
        drafts: [
          draft({
            primary: true,
            date: "2020-09-15",
            companies: ["tsmc", "hisilicon"],
            counterparty: "HiSilicon",
          }),
        ],
      },
      {
        sourceId: "en",
        drafts: [
          draft({
            type: "partnership-cut",
            primary: true,
            date: "2020-09-15",
            companies: ["tsmc", "huawei"],
            counterparty: "Huawei",
          }),
        ],
      },
    ];
    expect(mergeAcrossSources(stories, parentOf)).toHaveLength(1);
    expect(mergeAcrossSources(stories)).toHaveLength(2);
  });

  it("dates a story by the articles whose main event it is, not by passing mentions", () => {
    const events = mergeAcrossSources([
      { sourceId: "en", drafts: [draft({ primary: true, date: "2020-09-15" })] },
      { sourceId: "zh", drafts: [draft({ date: "2020-09-14" })] },
      { sourceId: "ko", drafts: [draft({ date: "2020-09-14" })] },
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: "2020-09-15", primary: true });
  });

  it("joins a main event to the story other articles report as main, before a passing mention", () => {
    const events = mergeAcrossSources([
      { sourceId: "a", drafts: [draft({ type: "sales-halt", date: "2020-09-15" })] },
      {
        sourceId: "b",
        drafts: [draft({ type: "partnership-cut", primary: true, date: "2020-09-15" })],
      },
      { sourceId: "c", drafts: [draft({ type: "sales-halt", primary: true, date: "2020-09-15" })] },
    ]);
    expect(events.map((e) => e.sources.map((s) => s.id))).toEqual([["a"], ["b", "c"]]);
  });

  it("keeps two different moves announced the same day apart", () => {
    const events = mergeAcrossSources([
      {
        sourceId: "fr",
        drafts: [
          draft({ type: "shutdown", primary: true, date: "2022-06-02" }),
          draft({ type: "sales-halt", primary: true, date: "2022-06-02" }),
        ],
      },
      {
        sourceId: "ru",
        drafts: [
          draft({ type: "shutdown", primary: true, date: "2022-06-02" }),
          draft({ type: "sales-halt", primary: true, date: "2022-06-02" }),
        ],
      },
    ]);
    expect(events.map((e) => [e.type, e.sources.map((s) => s.id)])).toEqual([
      ["shutdown", ["fr", "ru"]],
      ["sales-halt", ["fr", "ru"]],
    ]);
  });

  it("does not merge moves a week apart", () => {
    const events = mergeAcrossSources([
      { sourceId: "a", drafts: [draft({ primary: true, date: "2021-02-01" })] },
      { sourceId: "b", drafts: [draft({ primary: true, date: "2021-02-09" })] },
    ]);
    expect(events).toHaveLength(2);
  });

  it("does not merge an undated report into a dated one without anything in common", () => {
    const events = mergeAcrossSources([
      { sourceId: "a", drafts: [draft({ date: "2019" })] },
      { sourceId: "b", drafts: [draft({})] },
    ]);
    expect(events).toHaveLength(2);
  });

  it("keeps moves against different counterparties apart", () => {
    const events = mergeAcrossSources([
      {
        sourceId: "a",
        drafts: [
          draft({ type: "seller-ban", companies: ["amazon"], counterparty: "Aukey", date: "2021" }),
        ],
      },
      {
        sourceId: "b",
        drafts: [
          draft({
            type: "seller-ban",
            companies: ["amazon"],
            counterparty: "Sunvalley Group",
            date: "2021",
          }),
        ],
      },
    ]);
    expect(events).toHaveLength(2);
  });

  it("lets a curated value win over a finer extracted one", () => {
    const events = mergeAcrossSources([
      {
        sourceId: "a",
        drafts: [draft({ date: "2020-08", curated: { date: "company statement" } })],
      },
      { sourceId: "b", drafts: [draft({ date: "2020-08-03" })] },
    ]);
    expect(events[0]).toMatchObject({ date: "2020-08", curated: { date: "company statement" } });
  });
});
