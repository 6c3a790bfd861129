import { describe, expect, it } from "vitest";
import {
  DEFAULT_VIEW,
  formatViewState,
  parseViewState,
  type ViewState,
} from "../../../src/app/state/viewState.ts";

const full: ViewState = {
  event: "zoom-sales-halt-2020-08-03",
  companies: ["amazon", "zoom"],
  countries: ["CN", "US"],
  types: ["exit", "sales-halt"],
  languages: ["ar", "fr"],
  from: "2013-01-01",
  to: "2022-12-31",
  query: "Kindle ñ 亚马逊 & co",
  window: [Date.UTC(2019, 0, 1), Date.UTC(2021, 5, 30)],
  lanes: "type",
  view: "list",
  lang: "ar",
};

describe("view state in the URL", () => {
  it("writes nothing for the default view", () => expect(formatViewState(DEFAULT_VIEW)).toBe(""));

  it("writes only what differs from the defaults, with a version", () => {
    expect(formatViewState({ ...DEFAULT_VIEW, event: "zoom-sales-halt-2020-08-03" })).toBe(
      "?e=zoom-sales-halt-2020-08-03&v=1",
    );
  });

  it("round-trips every field", () => expect(parseViewState(formatViewState(full))).toEqual(full));

  it("carries the interface language, and only one the interface has", () => {
    expect(formatViewState({ ...DEFAULT_VIEW, lang: "vi" })).toBe("?lang=vi&v=1");
    expect(parseViewState("?lang=zh").lang).toBe("zh");
    expect(parseViewState("?lang=de").lang).toBeNull();
    expect(parseViewState("?lang=AR").lang).toBeNull();
  });

  it("reads links without a version as version 1", () => {
    expect(parseViewState("?e=a-b&lanes=type")).toMatchObject({ event: "a-b", lanes: "type" });
  });

  it("ignores malformed and unknown values without throwing", () => {
    const hostile =
      "?v=1&e=%3Cscript%3E&c=ZOOM,,amazon,../etc&t=bankrupt,exit&n=china,CN&l=french,fr&from=2021-13-45&to=yesterday&w=2021-01-01..2020-01-01&lanes=diagonal&view=3d&q=" +
      "x".repeat(500);
    expect(parseViewState(hostile)).toEqual({
      ...DEFAULT_VIEW,
      companies: ["amazon"],
      types: ["exit"],
      countries: ["CN"],
      languages: ["fr"],
      query: "x".repeat(200),
    });
    expect(parseViewState("?q=%E0%A4").query).toBe("");
    for (const garbage of [
      "?%E0%A4%A",
      "?v=abc",
      "?v=-1&e=x",
      "?&&&==",
      "?w=..",
      "?e=" + "a".repeat(500),
    ]) {
      expect(() => parseViewState(garbage)).not.toThrow();
    }
  });

  it("cuts a long search between characters, so the next link keeps it", () => {
    const state = parseViewState(`?q=${encodeURIComponent(`${"a".repeat(199)}😀`)}`);
    expect(state.query).toBe("a".repeat(199));
    expect(parseViewState(formatViewState(state))).toEqual(state);
  });

  it("refuses a version it cannot read rather than misreading it", () => {
    expect(parseViewState("?v=0&e=a")).toEqual(DEFAULT_VIEW);
  });
});
