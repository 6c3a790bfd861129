import { describe, expect, it } from "vitest";
import { isolated, phrase, phraseText } from "../../src/i18n/phrase.ts";

describe("phraseText", () => {
  const words = phrase`تنسحب شركة ${isolated("Zoom")} من السوق الصينية`;
  it("isolates names with FSI…PDI in right-to-left text", () =>
    expect(phraseText(words, true)).toBe("تنسحب شركة \u2068Zoom\u2069 من السوق الصينية"));
  it("leaves left-to-right text plain", () =>
    expect(phraseText(phrase`${isolated("Zoom")} exits`)).toBe("Zoom exits"));
});
