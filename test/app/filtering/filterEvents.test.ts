import { describe, expect, it } from "vitest";
import { buildEventIndex, buildTextIndex } from "../../../src/app/filtering/eventIndex.ts";
import { filterEvents } from "../../../src/app/filtering/filterEvents.ts";
import { DEFAULT_VIEW } from "../../../src/app/state/viewState.ts";
import { indexDetails } from "../../../src/app/data/details.ts";
import type { Dataset } from "../../../src/model/dataset.ts";
import { decodeTimeline, toTimelineFile } from "../../../src/model/timelineFile.ts";
import { makeEvent } from "../../support/makeEvent.ts";
import { makeSource } from "../../support/makeSource.ts";
import { timelineOf } from "../../support/timelineOf.ts";

const dataset: Dataset = {
  version: 1,
  events: [
    makeEvent("zoom", {
      type: "sales-halt",
      date: "2020-08-03",
      countries: ["CN", "US"],
      sources: [
        { id: "fr", evidence: "Zoom cessera de vendre", primary: true },
        { id: "ar", evidence: "قالت Zoom يوم الاثنين", primary: true },
      ],
    }),
    makeEvent("kindle", {
      type: "shutdown",
      date: "2022-06-02",
      companies: ["amazon"],
      countries: ["CN", "US"],
      title: "Amazon shuts down its Kindle e-book store",
    }),
    makeEvent("jd", {
      type: "partnership-cut",
      date: "2013-09~",
      companies: ["jd-com", "weibo"],
      countries: ["CN"],
      sources: [{ id: "vi", evidence: "Trung Quốc", primary: true }],
    }),
    makeEvent("undated", { companies: ["amazon"] }),
  ],
  sources: [
    makeSource("fr", { language: "fr", title: "Zoom va cesser" }),
    makeSource("ar", { language: "ar", title: "وقف المبيعات" }),
    makeSource("vi", { language: "vi", title: "Tiêu đề" }),
  ],
  companies: [
    { id: "zoom", name: "Zoom", country: "US", parent: null },
    { id: "amazon", name: "Amazon", country: "US", parent: null },
    { id: "jd-com", name: "JD.com", country: "CN", parent: null },
    { id: "weibo", name: "Weibo", country: "CN", parent: "sina" },
  ],
  unplaced: [],
  warnings: [],
};
const index = buildEventIndex(timelineOf(dataset));
const names = new Map(dataset.companies.map((c) => [c.id, c.name]));
const companyName = (id: string) => names.get(id) ?? id;
const texts = buildTextIndex(index, companyName, indexDetails(dataset));
const ids = (filters: Partial<typeof DEFAULT_VIEW>) =>
  filterEvents(index, { ...DEFAULT_VIEW, ...filters }, texts).events.map((e) => e.id);

describe("filterEvents", () => {
  it("shows everything with no filter, in time order, undated last", () =>
    expect(ids({})).toEqual(["jd", "zoom", "kindle", "undated"]));

  it("filters by company, country, type and source language", () => {
    expect(ids({ companies: ["amazon"] })).toEqual(["kindle", "undated"]);
    expect(ids({ countries: ["US"] })).toEqual(["zoom", "kindle"]);
    expect(ids({ types: ["partnership-cut", "shutdown"] })).toEqual(["jd", "kindle"]);
    expect(ids({ languages: ["ar"] })).toEqual(["zoom"]);
  });

  it("filters by date range, by overlap, leaving undated events out", () => {
    expect(ids({ from: "2013-09-20", to: "2020-12-31" })).toEqual(["jd", "zoom"]);
    expect(ids({ from: "2021-01-01" })).toEqual(["kindle"]);
  });

  it("places the dated matches on the timeline and leaves the undated ones to the list", () => {
    const { events, spans } = filterEvents(index, { ...DEFAULT_VIEW, companies: ["amazon"] });
    expect(events.map((e) => e.id)).toEqual(["kindle", "undated"]);
    expect(spans.map((s) => [s.event.id, new Date(s.main.start).toISOString()])).toEqual([
      ["kindle", "2022-06-02T00:00:00.000Z"],
    ]);
  });

  it("finds an event by an effective date that came before its announcement", () => {
    const late = buildEventIndex(
      timelineOf({
        ...dataset,
        events: [makeEvent("retro", { date: "2021-05-10", effective: "2020-01" })],
      }),
    );
    const found = filterEvents(late, { ...DEFAULT_VIEW, from: "2020-01-15", to: "2020-01-20" });
    expect(found.events.map((e) => e.id)).toEqual(["retro"]);
    expect(found.spans[0]?.effective?.start).toBe(Date.parse("2020-01-01T00:00:00Z"));
  });

  it("searches titles, company names and original text, ignoring case and accents, in any script", () => {
    expect(ids({ query: "KINDLE" })).toEqual(["kindle"]);
    expect(ids({ query: "weibo" })).toEqual(["jd"]);
    expect(ids({ query: "trung quoc" })).toEqual(["jd"]);
    expect(ids({ query: "cessera" })).toEqual(["zoom"]);
    expect(ids({ query: "الاثنين" })).toEqual(["zoom"]);
    expect(ids({ query: "zoom الاثنين" })).toEqual(["zoom"]);
    expect(ids({ query: "weibo kindle" })).toEqual([]);
  });

  it("searches the full article texts once they are loaded", () => {
    const withTexts = buildTextIndex(
      index,
      companyName,
      indexDetails(dataset),
      new Map([["vi", "Le géant du commerce électronique"]]),
    );
    const found = filterEvents(index, { ...DEFAULT_VIEW, query: "geant du commerce" }, withTexts);
    expect(found.events.map((e) => e.id)).toEqual(["jd"]);
  });

  it("counts each facet's choices under the other filters", () => {
    const { facets } = filterEvents(index, {
      ...DEFAULT_VIEW,
      companies: ["amazon"],
      types: ["shutdown"],
    });
    expect(Object.fromEntries(facets.companies)).toEqual({ amazon: 1 });
    expect(Object.fromEntries(facets.types)).toEqual({ shutdown: 1, exit: 1 });
    expect(Object.fromEntries(facets.countries)).toEqual({ CN: 1, US: 1 });
  });

  it("counts every choice when the last filter is cleared, even for a view that asked for none", () => {
    const fresh = buildEventIndex(timelineOf(dataset));
    filterEvents(fresh, { ...DEFAULT_VIEW, companies: ["amazon"] }, undefined, false);
    const cleared = filterEvents(fresh, DEFAULT_VIEW, undefined, false);
    expect(cleared.events.map((e) => e.id)).toEqual(["jd", "zoom", "kindle", "undated"]);
    expect(Object.fromEntries(cleared.facets.companies)).toEqual({
      zoom: 1,
      amazon: 2,
      "jd-com": 1,
      weibo: 1,
    });
    // Asked again, the same answer: the views drawn from it need not be rebuilt.
    expect(filterEvents(fresh, DEFAULT_VIEW)).toBe(cleared);
  });

  it("searches titles and company names before events.json has loaded", () => {
    const early = buildTextIndex(index, companyName);
    const found = (query: string) =>
      filterEvents(index, { ...DEFAULT_VIEW, query }, early).events.map((e) => e.id);
    expect(found("KINDLE")).toEqual(["kindle"]);
    expect(found("weibo")).toEqual(["jd"]);
    // Evidence is in events.json, so it is found only once that is in.
    expect(found("cessera")).toEqual([]);
  });

  it("gives the same answers from a timeline file in any order", () => {
    const file = toTimelineFile(dataset);
    const reversed = (column: { names: string[]; offsets: number[]; codes: number[] }) => {
      const rows = column.offsets
        .slice(0, -1)
        .map((at, i) => column.codes.slice(at, column.offsets[i + 1]))
        .reverse();
      const offsets = [0];
      for (const row of rows) offsets.push((offsets.at(-1) ?? 0) + row.length);
      return { names: column.names, offsets, codes: rows.flat() };
    };
    const shuffled = decodeTimeline({
      ...file,
      id: [...file.id].reverse(),
      title: [...file.title].reverse(),
      type: [...file.type].reverse(),
      date: [...file.date].reverse(),
      effective: [...file.effective].reverse(),
      companies: reversed(file.companies),
      countries: reversed(file.countries),
      languages: reversed(file.languages),
    });
    const other = buildEventIndex(shuffled);
    for (const filters of [
      {},
      { companies: ["amazon"] },
      { countries: ["US"] },
      { languages: ["ar"] },
    ])
      expect(filterEvents(other, { ...DEFAULT_VIEW, ...filters }).events.map((e) => e.id)).toEqual(
        filterEvents(index, { ...DEFAULT_VIEW, ...filters }).events.map((e) => e.id),
      );
    expect(filterEvents(other, DEFAULT_VIEW).events.map((e) => e.id)).toEqual([
      "jd",
      "zoom",
      "kindle",
      "undated",
    ]);
  });
});
