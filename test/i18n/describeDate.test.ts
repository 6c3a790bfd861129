import { describe, expect, it } from "vitest";
import { describeDate } from "../../src/i18n/describeDate.ts";
import { ar } from "../../src/i18n/phrasing/ar.ts";
import { fr } from "../../src/i18n/phrasing/fr.ts";
import { vi } from "../../src/i18n/phrasing/vi.ts";
import { zh } from "../../src/i18n/phrasing/zh.ts";

describe("describeDate", () => {
  it("says a day as a day", () => expect(describeDate("2020-08-03")).toBe("3 Aug 2020"));
  it("says a month as a month", () => expect(describeDate("2021-06")).toBe("June 2021"));
  it("says a year is only a year", () => expect(describeDate("2021")).toBe("2021 (year only)"));
  it("says an approximate date is approximate", () =>
    expect(describeDate("2021-05~")).toBe("about May 2021"));
  it("returns an unknown value unchanged", () => expect(describeDate("soon")).toBe("soon"));

  it.each([
    [
      "fr",
      fr,
      [
        "3 août 2020",
        "1er novembre 2021",
        "juin 2021",
        "2021 (année seulement)",
        "vers mai 2021",
        "vers le 3 août 2020",
      ],
    ],
    [
      "vi",
      vi,
      [
        "ngày 3 tháng 8 năm 2020",
        "ngày 1 tháng 11 năm 2021",
        "tháng 6 năm 2021",
        "năm 2021 (chỉ biết năm)",
        "khoảng tháng 5 năm 2021",
        "khoảng ngày 3 tháng 8 năm 2020",
      ],
    ],
    [
      "ar",
      ar,
      [
        "3 أغسطس 2020",
        "1 نوفمبر 2021",
        "يونيو 2021",
        "2021 (السنة فقط)",
        "نحو مايو 2021",
        "نحو 3 أغسطس 2020",
      ],
    ],
    [
      "zh",
      zh,
      [
        "2020年8月3日",
        "2021年11月1日",
        "2021年6月",
        "2021年（仅知年份）",
        "约2021年5月",
        "约2020年8月3日",
      ],
    ],
  ] as const)("says each precision in %s", (_, phrasing, expected) =>
    expect(
      ["2020-08-03", "2021-11-01", "2021-06", "2021", "2021-05~", "2020-08-03~"].map((value) =>
        describeDate(value, phrasing),
      ),
    ).toEqual(expected),
  );
});
