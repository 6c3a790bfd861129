import { describe, expect, it } from "vitest";
import { compileLexicon } from "../../src/pipeline/mentions/compileLexicon.ts";
import { fold } from "../../src/model/fold.ts";
import { LEXICONS } from "../../src/pipeline/lexicon/index.ts";
import type { Lexicon } from "../../src/pipeline/lexicon/types.ts";

// Regex syntax is left alone; everything else in a pattern must already be folded text.
const literal = (pattern: string) =>
  pattern.replace(/\\[pPu]\{[^}]*\}|\\[a-zA-Z]|\{\w+\}|\(\?<?[=!:]|…/g, "");

function patterns(lexicon: Lexicon): string[] {
  return [
    ...lexicon.actions.map((a) => a.pattern),
    ...Object.values(lexicon.nouns.service).flat(),
    ...lexicon.nouns.merchant,
    ...lexicon.nouns.relation,
    ...lexicon.nouns.stake,
    ...lexicon.china,
    ...lexicon.mainland,
    ...lexicon.anaphors,
    ...lexicon.hedges,
    ...(lexicon.background ?? []),
    ...(lexicon.entries ?? []),
    ...(lexicon.companyMarkers?.before ?? []),
    ...(lexicon.companyMarkers?.after ?? []),
    ...lexicon.effective,
    ...lexicon.boilerplate,
    ...lexicon.stopAt,
  ];
}

describe.each(Object.entries(LEXICONS))("the %s lexicon", (code, lexicon) => {
  it("is registered under its own language code", () => expect(lexicon.language).toBe(code));

  it("compiles", () => expect(() => compileLexicon(lexicon)).not.toThrow());

  it("is written in folded form, as the text it is matched against", () => {
    const unfolded = patterns(lexicon).filter((p) => fold(literal(p)) !== literal(p));
    expect(unfolded).toEqual([]);
  });

  it("has a pattern for every kind of move", () => {
    const types = new Set(lexicon.actions.map((a) => a.type));
    expect([...types].sort()).toEqual([
      "blocked",
      "divestment",
      "exit",
      "other",
      "partnership-cut",
      "restriction",
      "sales-halt",
      "seller-ban",
      "shutdown",
    ]);
  });
});
