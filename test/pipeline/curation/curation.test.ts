import { describe, expect, it } from "vitest";
import type { EdtfDate } from "../../../src/model/edtf.ts";
import { applyCuration } from "../../../src/pipeline/curation/applyCuration.ts";
import { parseCuration } from "../../../src/pipeline/curation/curationSchema.ts";
import type { EventDraft } from "../../../src/pipeline/events/eventDraft.ts";

const ARTICLE =
  "Titre\nAmazon fermera sa librairie Kindle en Chine.\nCes retraits proviennent de Yahoo.";
const kindle: EventDraft = {
  type: "shutdown",
  companies: ["amazon"],
  counterparty: null,
  date: null,
  effective: "2023-06-30" as EdtfDate,
  countries: ["CN", "US"],
  evidence: "Amazon fermera sa librairie Kindle en Chine.",
  primary: true,
  confidence: 0.8,
  what: "its store",
  mainland: false,
  curated: {},
  basis: {},
  origin: "extracted",
};
const known = (id: string) => ["amazon", "yahoo"].includes(id);
const curate = (json: string) => {
  const { curation, errors } = parseCuration("a.meta.json", json);
  expect(errors).toEqual([]);
  return applyCuration([kindle], curation ?? {}, "a.meta.json", ARTICLE, known);
};

describe("parseCuration", () => {
  it("accepts the bare fields a news feed supplies", () => {
    expect(
      parseCuration("a.meta.json", '{"published": "2021-11-02", "url": "https://example.org/a"}')
        .errors,
    ).toEqual([]);
  });

  it("names the file, the field and the problem", () => {
    expect(parseCuration("a.meta.json", '{"published": "yesterday", "colour": 1}').errors).toEqual([
      "a.meta.json: published: is not an EDTF date (e.g. 2020-08-03, 2021-06, 2021, 2021-05~)",
      'a.meta.json: (top level): unknown field "colour"',
    ]);
    expect(
      parseCuration(
        "a.meta.json",
        '{"events": [{"match": {}, "set": {"type": "bankrupt"}, "basis": "x"}]}',
      ).errors,
    ).toEqual([
      "a.meta.json: events[0].match: needs at least one of type, company, date, evidence",
      'a.meta.json: events[0].set.type: Invalid option: expected one of "exit"|"shutdown"|"sales-halt"|"restriction"|"seller-ban"|"partnership-cut"|"divestment"|"blocked"|"other"',
      'a.meta.json: events[0].basis: must say what the correction rests on, e.g. "company statement of 2022-06-02"',
    ]);
  });

  it("refuses a url that is not http or https, naming the file and the field", () => {
    for (const url of [
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "file:///etc/passwd",
      "ftp://example.org/a.txt",
      "example.org/a",
    ]) {
      expect(parseCuration("002_x.meta.json", JSON.stringify({ url })).errors, url).toEqual([
        '002_x.meta.json: url: must be an absolute http: or https: URL, e.g. "https://example.org/article"',
      ]);
    }
  });

  it("reports a file that is not JSON", () => {
    expect(parseCuration("a.meta.json", "{published: 2021}").errors[0]).toMatch(
      /^a\.meta\.json: not valid JSON/,
    );
  });
});

describe("applyCuration", () => {
  it("pins a field and records its basis", () => {
    const { drafts } = curate(
      '{"events": [{"match": {"type": "shutdown"}, "set": {"date": "2022-06-02"}, "basis": "company statement of 2022-06-02"}]}',
    );
    expect(drafts[0]).toMatchObject({
      date: "2022-06-02",
      effective: "2023-06-30",
      curated: { date: "company statement of 2022-06-02" },
    });
  });

  it("drops a false event", () => {
    expect(
      curate(
        '{"events": [{"match": {"company": "amazon"}, "drop": true, "basis": "not in China"}]}',
      ).drafts,
    ).toEqual([]);
  });

  it("adds a missed event quoted from the article", () => {
    const { drafts } = curate(
      '{"events": [{"add": {"type": "exit", "companies": ["yahoo"], "date": "2021-11", "evidence": "Ces retraits proviennent de Yahoo."}, "basis": "Yahoo statement"}]}',
    );
    expect(drafts[1]).toMatchObject({
      type: "exit",
      companies: ["yahoo"],
      origin: "curated",
      curated: { date: "Yahoo statement" },
    });
  });

  it("refuses an added event whose evidence is not in the article, or an unknown company", () => {
    const { errors } = curate(
      '{"events": [{"add": {"type": "exit", "companies": ["nokia-x"], "evidence": "Not there."}, "basis": "memo"}]}',
    );
    expect(errors).toEqual([
      'a.meta.json: events[0]: unknown company "nokia-x"; add it to src/pipeline/lexicon/companies.json',
      "a.meta.json: events[0].add.evidence: is not a verbatim quote of the article",
    ]);
  });

  it("warns when a correction no longer matches anything", () => {
    const { warnings, drafts } = curate(
      '{"events": [{"match": {"type": "exit"}, "drop": true, "basis": "stale"}]}',
    );
    expect(drafts).toHaveLength(1);
    expect(warnings[0]).toContain("matches no extracted event");
  });
});
