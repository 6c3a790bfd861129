import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/build/readArticle.ts";
import { compileGazetteer } from "../../../src/pipeline/mentions/gazetteer.ts";

const gazetteer = compileGazetteer();
const input = (text: string) => ({
  name: "zoom.txt",
  file: "zoom.txt",
  id: "zoom",
  kind: "text" as const,
  bytes: new TextEncoder().encode(text),
});
const ZOOM =
  "Zoom stops direct sales in China\n\nZoom said on Monday it would stop selling directly to customers in mainland China from 23 August 2020.";

describe("readArticle", () => {
  it("reads an article over the size limit up to it, and warns with the file, the limit and what was cut", () => {
    const filler = "\n\nAnalysts said the decision reflected a difficult environment.".repeat(40);
    const result = readArticle(input(ZOOM + filler), { gazetteer, maxChars: 1000 });
    expect(result.read?.drafts.map((d) => d.type)).toEqual(["sales-halt"]);
    expect(result.read?.text.length).toBeLessThanOrEqual(1000);
    // Cut at a paragraph's end, not in a word.
    expect(result.read?.text.endsWith("environment.")).toBe(true);
    expect(result.warnings).toEqual([
      {
        file: "zoom.txt",
        message: expect.stringMatching(
          /^the file is 3 KB: only its first 9\d\d characters were read \(the limit is 1,000 per article\); the rest, from "Analysts said the decision/,
        ),
      },
    ]);
  });

  it("gives up an article that runs past its time, naming why, instead of holding up the build", () => {
    const result = readArticle(input(ZOOM), { gazetteer, budgetSeconds: 0 });
    expect(result.unplaced).toEqual({
      file: "zoom.txt",
      reason: "over-budget",
      message:
        "stopped after 0 s, the time each article is given: the article was given up and the build went on",
    });
  });

  it("reads the same article whole when it is within the limit and the time", () => {
    const result = readArticle(input(ZOOM), { gazetteer });
    expect(result.warnings).toEqual([]);
    expect(result.read?.source).toMatchObject({ id: "zoom", file: "zoom.txt", language: "en" });
    expect(result.read?.drafts[0]).toMatchObject({
      type: "sales-halt",
      companies: ["zoom"],
      effective: "2020-08-23",
    });
  });
});
