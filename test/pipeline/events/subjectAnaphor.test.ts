import { describe, expect, it } from "vitest";
import { readAnaphor } from "../../../src/pipeline/events/subjectAnaphor.ts";
import { lexiconFor } from "../../../src/pipeline/mentions/lexiconFor.ts";
import type { CompanyMention } from "../../../src/pipeline/mentions/gazetteer.ts";

// Folded sentences, so a mention's place in the text is its place in the folded text.
function read(language: string, text: string, name: string, move: string) {
  const start = name ? text.indexOf(name) : -1;
  const mentions: CompanyMention[] =
    start < 0 ? [] : [{ id: name, start, end: start + name.length }];
  return readAnaphor(
    text,
    lexiconFor(language).lexicon,
    mentions,
    (m) => m.start,
    (m) => m.end,
    text.indexOf(move),
  ).subject;
}

describe("readAnaphor", () => {
  it("takes 'the company' before any name as the move's subject (fr)", () => {
    expect(read("fr", "la societe a ferme son application en chine.", "", "ferme")).toBe(true);
  });

  it("does not when the noun leads up to a name standing right before the move (es, en)", () => {
    expect(
      read(
        "es",
        "en enero de 2017, el fabricante estadounidense de discos duros seagate clausuro su fabrica.",
        "seagate",
        "clausuro",
      ),
    ).toBe(false);
    expect(
      read(
        "en",
        "in 2017 the us hard-drive maker seagate shut its suzhou plant.",
        "seagate",
        "shut",
      ),
    ).toBe(false);
  });

  it("still does when the name closes an apposition before the move (es)", () => {
    expect(
      read(
        "es",
        "el disenador de chips arm, cuyo dueno es el conglomerado japones softbank, vendera su filial.",
        "softbank",
        "vendera",
      ),
    ).toBe(true);
  });

  it("still does when the name stands in another clause after the move (en)", () => {
    expect(
      read(
        "en",
        "the company said it had closed its plant, after seagate left.",
        "seagate",
        "closed",
      ),
    ).toBe(true);
  });

  it("does not when the sentence opens with the noun and the company's name right after it (pt, fr)", () => {
    expect(
      read("pt", "a japonesa rakuten anunciou que vai fechar a loja.", "rakuten", "fechar"),
    ).toBe(false);
    expect(read("fr", "la societe americaine uber a ferme son site.", "uber", "ferme")).toBe(false);
  });

  it("still does when the name comes later, after a verb (fr)", () => {
    expect(
      read(
        "fr",
        "l'editeur a recu d'apple un avis: son application est retiree.",
        "apple",
        "retiree",
      ),
    ).toBe(true);
  });
});
