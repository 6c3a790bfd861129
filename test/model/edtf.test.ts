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

  it("lets an approximate month reach half of each neighbouring month, not the one beyond", () => {
    expect(edtfOverlaps("2020-09~", "2020-08-23")).toBe(true);
    expect(edtfOverlaps("2020-09~", "2020-08-03")).toBe(false);
    expect(edtfOverlaps("2014-07~", "2014-05")).toBe(false);
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

describe("Exitline's EDTF profile", () => {
  // The edtf library is the reference: on every string of the profile, ours must agree with it.
  it("agrees with the edtf library on dates, qualifiers, intervals and invalid days", async () => {
    const reference = (await import("edtf")).default;
    const samples: string[] = [];
    // The library does not check a day against its month (it accepts 1999-02-29) and mis-bounds
    // days in years 0–99 (a Date.UTC two-digit-year trap): impossible days and the first century
    // are checked on their own below, against the Gregorian calendar.
    for (const year of ["1999", "2000", "2020", "2021", "2023", "2024", "9999"]) {
      for (const q of ["", "~", "?", "%"]) {
        samples.push(`${year}${q}`);
        for (const month of ["01", "02", "06", "12", "13", "00"]) {
          samples.push(`${year}-${month}${q}`);
          for (const day of ["01", "28", "29", "30", "31", "32", "00"])
            samples.push(`${year}-${month}-${day}${q}`);
        }
      }
    }
    samples.push("2020-08-03/2020-08-23", "2021-05~/2021-07", "2021/2020", "2019-01-01/2019-01-01");
    const impossible = (value: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
      return (
        m !== null &&
        Number(m[3]) > new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate() &&
        Number(m[2]) <= 12
      );
    };
    for (const value of samples.filter((v) => !impossible(v))) {
      let expected: { min: number; max: number; approximate: boolean } | null = null;
      try {
        const d = reference(value);
        const approximate =
          d.type === "Interval"
            ? value.includes("~") || value.includes("%")
            : Boolean(d.approximate?.value);
        expected = { min: d.min, max: d.max, approximate };
      } catch {
        expected = null;
      }
      const ours = parseEdtf(value);
      expect(
        ours && { min: ours.min, max: ours.max, approximate: ours.approximate },
        value,
      ).toEqual(expected);
    }
  });

  it("rejects days a month does not have", () => {
    for (const value of ["1999-02-29", "2021-04-31", "2021-02-30", "2021-06-31~"])
      expect(parseEdtf(value), value).toBeNull();
  });

  it("knows which century years are leap years", () => {
    expect(parseEdtf("1900-02-29")).toBeNull();
    expect(parseEdtf("2100-02-29")).toBeNull();
    expect(parseEdtf("2000-02-29")?.precision).toBe("day");
  });

  it("bounds days in the first century correctly", () => {
    const day = parseEdtf("0000-02-28");
    expect(new Date(day?.max ?? 0).toISOString()).toBe("0000-02-28T23:59:59.999Z");
    expect(parseEdtf("0099-12")?.min).toBe(Date.parse("0099-12-01T00:00:00.000Z"));
  });
});
