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
});
