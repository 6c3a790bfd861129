import { describe, expect, it } from "vitest";
import { previewCardSvg, wrapTitle } from "../../../src/pipeline/share/previewCard.ts";

describe("wrapTitle", () => {
  it("breaks English at spaces, within the card's width", () => {
    expect(wrapTitle("Zoom stops direct sales in mainland China", "en")).toEqual([
      "Zoom stops direct sales in",
      "mainland China",
    ]);
  });

  it("breaks Chinese between words, which have no spaces, never before punctuation", () => {
    const lines = wrapTitle(
      "亚马逊关闭其在中国的Kindle电子书店，并停止向经销商供货，此后不再销售任何设备",
      "zh-Hans",
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe(
      "亚马逊关闭其在中国的Kindle电子书店，并停止向经销商供货，此后不再销售任何设备",
    );
    for (const line of lines) expect(line).not.toMatch(/^[，。]/);
  });

  it("cuts a title past three lines with an ellipsis", () => {
    const lines = wrapTitle(Array.from({ length: 40 }, () => "word").join(" "), "en");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/word…$/);
  });
});

describe("previewCardSvg", () => {
  const card = {
    company: "Zoom",
    type: "sales-halt" as const,
  };

  it("runs Arabic from the right edge, each line in a right-to-left embedding", () => {
    const svg = previewCardSvg({
      ...card,
      lang: "ar",
      dir: "rtl",
      title: "توقِف شركة \u2068Zoom\u2069 مبيعاتها المباشرة في البر الرئيسي الصيني",
      label: "وقف المبيعات",
      when: "3 أغسطس 2020",
    });
    expect(svg).toContain('font-family="Noto Sans Arabic, Inter"');
    expect(svg).toMatch(/<text x="1116" y="264">\u202bتوقِف شركة/);
    expect(svg).toContain('fill="#ffffff" text-anchor="end"');
    // The name isolated, so the date's digits stay with the date.
    expect(svg).toContain("\u202b\u2068Zoom\u2069 · 3 أغسطس 2020\u202c");
  });

  it("draws Chinese in Noto Sans SC and Vietnamese in Inter, from the left edge", () => {
    const chinese = previewCardSvg({
      ...card,
      lang: "zh-Hans",
      dir: "ltr",
      title: "Zoom 停止在中国大陆的直销",
      label: "停止销售",
      when: "2020年8月3日",
    });
    expect(chinese).toContain('font-family="Noto Sans SC, Inter"');
    expect(chinese).toContain('<text x="84" y="264">Zoom 停止在中国大陆的直销</text>');
    const vietnamese = previewCardSvg({
      ...card,
      lang: "vi",
      dir: "ltr",
      title: "Zoom ngừng bán hàng trực tiếp tại Trung Quốc đại lục",
      label: "Ngừng bán",
      when: "ngày 3 tháng 8 năm 2020",
    });
    expect(vietnamese).toContain('font-family="Inter"');
    expect(vietnamese).not.toContain("\u202b");
  });

  it("never lets a title become markup", () => {
    const svg = previewCardSvg({
      ...card,
      lang: "en",
      dir: "ltr",
      title: "<script>alert(1)</script>",
      label: "Sales halt",
      when: "",
    });
    expect(svg).not.toContain("<script>");
  });
});
