import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DatasetSchema, type Dataset, type TimelineEvent } from "../../src/model/dataset.ts";
import { buildDataset, type BuildOutput } from "../../src/pipeline/buildDataset.ts";

const SEEDS = join(import.meta.dirname, "../../seeds");
let output: BuildOutput;
let dataset: Dataset;

beforeAll(() => {
  const files = readdirSync(SEEDS)
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(SEEDS, name)) }));
  output = buildDataset(files);
  dataset = output.dataset;
});

function only(predicate: (e: TimelineEvent) => boolean): TimelineEvent {
  const found = dataset.events.filter(predicate);
  expect(found).toHaveLength(1);
  return found[0] as TimelineEvent;
}
const of = (company: string, type: TimelineEvent["type"]) => (e: TimelineEvent) =>
  e.companies[0] === company && e.type === type;

describe("the five seed articles", () => {
  it("build with no curation errors into a dataset that validates against the schema", () => {
    expect(output.errors).toEqual([]);
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset.sources.map((s) => s.language)).toEqual(["fr", "vi", "fr", "ar", "fr"]);
  });

  it("give Amazon closing its Kindle e-book store in China, effective 2023-06-30", () => {
    const kindle = only(of("amazon", "shutdown"));
    expect(kindle).toMatchObject({
      date: "2022-06-02",
      effective: "2023-06-30",
      countries: ["CN", "US"],
      primary: true,
    });
  });

  it("give Amazon closing 340 stores of Shenzhen Youkeshu Technology, 2021", () => {
    const youkeshu = only((e) => of("amazon", "seller-ban")(e) && e.companies.includes("youkeshu"));
    expect(youkeshu).toMatchObject({
      date: "2021",
      counterparty: "Shenzhen Youkeshu Technology",
      countries: ["CN", "US"],
    });
  });

  it("give Zoom stopping direct sales in mainland China as one event with a French and an Arabic source", () => {
    const zoom = only(of("zoom", "sales-halt"));
    expect(zoom).toMatchObject({
      date: "2020-08-03",
      effective: "2020-08-23",
      title: "Zoom stops direct sales in mainland China",
    });
    expect(zoom.sources.map((s) => s.id)).toEqual(["002_4ba10382b73ab580", "003_053d5034cd79376b"]);
  });

  it("give JD.com ending Sina Weibo log-in, effective 2013-09-25", () => {
    const jd = only(of("jd-com", "partnership-cut"));
    expect(jd).toMatchObject({ effective: "2013-09-25", counterparty: "Weibo", countries: ["CN"] });
  });

  it("give the dated passing mentions", () => {
    expect(
      only((e) => of("amazon", "seller-ban")(e) && e.companies.includes("sunvalley")).date,
    ).toBe("2021-06");
    expect(only((e) => of("amazon", "seller-ban")(e) && e.companies.includes("aukey")).date).toBe(
      "2021-05~",
    );
    const signups = only(of("zoom", "restriction"));
    expect(signups.date).toBe("2020-05");
    expect(signups.sources).toHaveLength(2);
    expect(only(of("alibaba", "other"))).toMatchObject({ date: "2013-04", counterparty: "Weibo" });
    expect(only(of("linkedin", "shutdown")).date).toBe("2021");
  });

  it("take nothing from the Wickr or Signal paragraphs, the boilerplate or market-share figures", () => {
    const evidence = dataset.events.flatMap((e) => e.sources.map((s) => s.evidence)).join("\n");
    for (const word of [
      "Wickr",
      "Signal",
      "Video đang HOT",
      "thị phần",
      "part de marché",
      "TikTok",
      "Leave a Reply",
      "اترك تعليق",
    ]) {
      expect(evidence).not.toContain(word);
    }
    expect(dataset.events.every((e) => e.countries.includes("CN"))).toBe(true);
  });

  it("say which values a curator set, and on what basis", () => {
    const kindle = only(of("amazon", "shutdown"));
    expect(Object.keys(kindle.curated).sort()).toEqual(["date", "title"]);
    expect(kindle.curated.date).toContain("2022-06-02");
    const zoom = only(of("zoom", "sales-halt"));
    expect(zoom.curated).toEqual({});
    expect(zoom.origin).toBe("extracted");
    expect(dataset.sources.find((s) => s.id === "002_4ba10382b73ab580")?.curated).toEqual([
      "published",
      "outlet",
    ]);
  });

  it("give every event a stable, URL-safe, unique id and an English title and summary", () => {
    const ids = dataset.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of dataset.events) {
      expect(e.id).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
      expect(e.summary).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(only(of("zoom", "sales-halt")).summary).toBe(
      "Zoom stops direct sales in mainland China. Announced 3 Aug 2020, effective 23 Aug 2020. Reported by 2 sources in French and Arabic.",
    );
  });

  it("keep full texts out of events.json, in files of texts beside it", () => {
    expect(JSON.stringify(dataset)).not.toContain("Hầu hết lãnh đạo cấp cao");
    expect(output.texts.map((t) => t.id)).toEqual(dataset.sources.map((s) => s.id));
    expect(dataset.sources.every((s) => s.text === "texts/0000.json")).toBe(true);
  });
});
