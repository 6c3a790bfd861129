import { describe, expect, it } from "vitest";
import {
  edtfOverlaps,
  formatEdtf,
  isEdtf,
  parseEdtf,
  precisionRank,
} from "../../src/model/edtf.ts";

describe("parseEdtf", () => {
  it("reads day, month and year precision", () => {
    expect(parseEdtf("2020-08-03")?.precision).toBe("day");
    expect(parseEdtf("2021-06")?.precision).toBe("month");
    expect(parseEdtf("2021")?.precision).toBe("year");
  });

  it("spans the whole month or year a coarse date names", () => {
    const june = parseEdtf("2021-06");
    expect(new Date(june?.min ?? 0).toISOString()).toBe("2021-06-01T00:00:00.000Z");
    expect(new Date(june?.max ?? 0).toISOString()).toBe("2021-06-30T23:59:59.999Z");
  });

  it("marks approximate dates and intervals", () => {
    expect(parseEdtf("2021-05~")?.approximate).toBe(true);
    expect(parseEdtf("2021-05")?.approximate).toBe(false);
    expect(parseEdtf("2020-08-03/2020-08-23")?.interval).toBe(true);
  });

  it("returns null for anything that is not EDTF, without throwing", () => {
    for (const bad of ["2021-13", "yesterday", "", "2021-02-30x", "<script>"])
      expect(parseEdtf(bad)).toBeNull();
    expect(isEdtf("3 août 2020")).toBe(false);
  });
});

describe("formatEdtf", () => {
  it("keeps only the precision it is given", () => {
    expect(formatEdtf(2021)).toBe("2021");
    expect(formatEdtf(2021, 6)).toBe("2021-06");
    expect(formatEdtf(2020, 8, 3)).toBe("2020-08-03");
    expect(formatEdtf(2021, 5, undefined, true)).toBe("2021-05~");
  });
});

describe("edtfOverlaps", () => {
  it("treats a day inside a month as the same moment", () => {
    expect(edtfOverlaps("2020-08-23", "2020-08")).toBe(true);
    expect(edtfOverlaps("2020-07-31", "2020-08")).toBe(false);
  });

  it("lets an approximate month reach the neighbouring months", () => {
    expect(edtfOverlaps("2020-09~", "2020-08-23")).toBe(true);
    expect(edtfOverlaps("2020-11~", "2020-08-23")).toBe(false);
  });
});

describe("precisionRank", () => {
  it("ranks a day over a month over a year, and exact over approximate", () => {
    expect(precisionRank("2020-08-03")).toBeGreaterThan(precisionRank("2020-08"));
    expect(precisionRank("2020-08")).toBeGreaterThan(precisionRank("2020-08~"));
    expect(precisionRank("2020-08~")).toBeGreaterThan(precisionRank("2020"));
  });
});
