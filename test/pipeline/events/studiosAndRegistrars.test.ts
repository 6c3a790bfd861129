import { describe, expect, it } from "vitest";
import { articleRows, readArticleDrafts } from "../../support/readArticleDrafts.ts";

// Articles written for these tests, in the manner of reports on a publisher closing its
// studio, a registrar refusing new domains and a licence left to lapse; details are made up.

describe("a publisher closing its studio in China", () => {
  it.each([
    [
      "en",
      "Headline\n\nTake-Two Interactive confirmed on Friday that it is closing 2K China, its Shanghai studio.",
    ],
    [
      "fr",
      "Titre\n\nTake-Two Interactive a confirmé vendredi la fermeture de 2K China, son studio de développement basé à Shanghai.",
    ],
  ])("closes a workplace there (%s)", (language, text) => {
    expect(articleRows(language, text, "2015-11-07")).toEqual([
      "main take-two shutdown 2015-11-06→-",
    ]);
  });

  it("is not read into a market survey (es)", () => {
    const text =
      "Título\n\nTake-Two Interactive cerró el viernes un estudio de mercado sobre China.";
    expect(articleRows("es", text, "2015-11-07")).toEqual([]);
  });
});

describe("a registrar that stops registering new domains in China", () => {
  it.each([
    [
      "en",
      "Headline\n\nGo Daddy said on Wednesday it would stop registering new domain names in China.",
    ],
    [
      "pt",
      "Título\n\nA Go Daddy anunciou nesta quarta-feira que deixará de registrar novos domínios com a terminação .cn, o domínio da China.",
    ],
  ])("restricts sign-ups there (%s)", (language, text) => {
    expect(
      readArticleDrafts(language, text, "2010-03-25").map((d) => [d.companies[0], d.type, d.date]),
    ).toEqual([["godaddy", "restriction", "2010-03-24"]]);
  });
});

describe("a licence its owner will not renew (tr)", () => {
  it("is a cut with the Chinese licensee named before the verb", () => {
    const text =
      "Blizzard, Çin'de The9 ile yollarını ayırdı\n\nBlizzard, oyunu Çin'de işleten The9 ile lisans anlaşmasını yenilemeyeceğini çarşamba günü açıkladı.";
    expect(
      readArticleDrafts("tr", text, "2009-04-16").map((d) => [
        d.companies[0],
        d.type,
        d.counterparty,
        d.date,
      ]),
    ).toEqual([["blizzard", "partnership-cut", "The9", "2009-04-15"]]);
  });
});
