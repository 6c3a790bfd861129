import { describe, expect, it } from "vitest";
import { describeDate } from "../../src/model/describeDate.ts";

describe("describeDate", () => {
  it("says a day as a day", () => expect(describeDate("2020-08-03")).toBe("3 Aug 2020"));
  it("says a month as a month", () => expect(describeDate("2021-06")).toBe("June 2021"));
  it("says a year is only a year", () => expect(describeDate("2021")).toBe("2021 (year only)"));
  it("says an approximate date is approximate", () =>
    expect(describeDate("2021-05~")).toBe("about May 2021"));
  it("returns an unknown value unchanged", () => expect(describeDate("soon")).toBe("soon"));
});
