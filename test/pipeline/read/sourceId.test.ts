import { describe, expect, it } from "vitest";
import { sourceId } from "../../../src/pipeline/read/sourceId.ts";

const SLUG = /^[a-z0-9][a-z0-9_-]*$/;

describe("sourceId", () => {
  it("names an article by its file's stem", () => {
    expect(sourceId("news/zoom-fr.txt", new Set())).toBe("zoom-fr");
  });

  it("gives a valid, distinct id to a name of combining marks or symbols alone", () => {
    const used = new Set<string>();
    const marks = sourceId("\u0300.txt", used);
    const symbols = sourceId("★.txt", used);
    expect(marks).toMatch(SLUG);
    expect(symbols).toMatch(SLUG);
    expect(marks).not.toBe(symbols);
  });
});
