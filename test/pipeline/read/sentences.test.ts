import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/pipeline/read/sentences.ts";

const split = (language: string, text: string) =>
  splitSentences([{ text, offset: 10 }], language).map((s) => s.text);

describe("splitSentences", () => {
  it("splits a paragraph into sentences with their offsets", () => {
    const [first, second] = splitSentences(
      [{ text: "Yahoo leaves. Zoom stays.", offset: 10 }],
      "en",
    );
    expect(first).toMatchObject({ text: "Yahoo leaves.", offset: 10 });
    expect(second).toMatchObject({ text: "Zoom stays.", offset: 24 });
  });

  it("does not end a sentence at a German ordinal's dot", () => {
    expect(split("de", "Zoom stellt den Verkauf ab dem 23. August ein. Das ist neu.")).toEqual([
      "Zoom stellt den Verkauf ab dem 23. August ein.",
      "Das ist neu.",
    ]);
  });

  it("does not end a sentence at an abbreviated month before its day", () => {
    expect(split("en", "HSINCHU, Sept. 15, 2020 — TSMC stopped supplying Huawei.")).toEqual([
      "HSINCHU, Sept. 15, 2020 — TSMC stopped supplying Huawei.",
    ]);
  });

  it("does not end a sentence at the bang of Yahoo!'s name", () => {
    expect(
      split("en", "In 2005 Yahoo! Inc folded its China business into Alibaba. Wow! Next."),
    ).toEqual(["In 2005 Yahoo! Inc folded its China business into Alibaba.", "Wow!", "Next."]);
  });
});

describe("splitSentences on a paragraph of runaway length", () => {
  it("keeps every sentence whole and at its offset where the paragraph is read in pieces", () => {
    const sentence = "Zoom stopped selling its software directly in China on 23 August 2020. ";
    const text = sentence.repeat(2000).trim();
    const sentences = splitSentences([{ text, offset: 5 }], "en");
    expect(sentences).toHaveLength(2000);
    for (const s of sentences) {
      expect(s.text).toBe(sentence.trim());
      expect(text.slice(s.offset - 5, s.offset - 5 + s.text.length)).toBe(s.text);
    }
  });

  it("cuts a paragraph with no sentence end or space without splitting a character", () => {
    const text = "中国".repeat(3000) + "😀".repeat(3000);
    const sentences = splitSentences([{ text, offset: 0 }], "zh");
    expect(sentences.map((s) => s.text).join("")).toBe(text);
    expect(sentences.some((s) => /[\uD800-\uDBFF]$/.test(s.text))).toBe(false);
  });
});
