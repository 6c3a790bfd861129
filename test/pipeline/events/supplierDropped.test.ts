import { describe, expect, it } from "vitest";
import { articleRows, readArticleDrafts } from "../../support/readArticleDrafts.ts";

// Articles written for these tests, in the manner of reports on European operators choosing
// other network suppliers; the days and details are made up.

describe("an operator dropping a Chinese supplier's equipment", () => {
  it.each([
    [
      "en",
      "Headline\n\nBT said on Tuesday it would replace Huawei equipment in the core of its network.",
    ],
    ["en", "Headline\n\nTelenor chose Ericsson for its 5G network on Tuesday, dropping Huawei."],
    [
      "de",
      "Titel\n\nDie Telekom will alle Huawei-Komponenten aus ihrem Kernnetz entfernen, teilte sie am Dienstag mit.",
    ],
    ["de", "Titel\n\nDie Telekom verzichtet künftig auf Huawei, teilte sie am Dienstag mit."],
    [
      "fr",
      "Titre\n\nL'opérateur BT a annoncé mardi qu'il retirait les équipements Huawei du cœur de son réseau.",
    ],
  ])("cuts its tie with the supplier (%s)", (language, text) => {
    const [draft, ...rest] = readArticleDrafts(language, text, "2020-10-09");
    expect(rest).toEqual([]);
    expect([draft?.type, draft?.companies.at(-1), draft?.date]).toEqual([
      "partnership-cut",
      "huawei",
      "2020-10-06",
    ]);
    expect(draft?.companies[0]).not.toBe("huawei");
  });

  it("is made by the operators the sentence is about, not by the supplier they chose (fr)", () => {
    const text =
      "Titre\n\nProximus et Orange Belgium ont annoncé vendredi avoir choisi l'équipementier finlandais Nokia, écartant ainsi le chinois Huawei.";
    expect(articleRows("fr", text, "2020-10-09")).toEqual([
      "main orange partnership-cut 2020-10-09→-",
      "main proximus partnership-cut 2020-10-09→-",
    ]);
  });

  it.each([
    [
      "en",
      "Headline\n\nBT said on Tuesday it would replace old equipment in the core of its network.",
    ],
    ["en", "Headline\n\nBT shares dropped on Tuesday after Huawei published its results."],
    [
      "en",
      "Headline\n\nBT said on Tuesday it would replace Nokia equipment that it had bought in China.",
    ],
    [
      "fr",
      "Titre\n\nOrange a annoncé mardi qu'il remplaçait le matériel de son réseau par du Nokia.",
    ],
  ])("is no move when no Chinese supplier is dropped (%s)", (language, text) => {
    expect(articleRows(language, text, "2020-10-09")).toEqual([]);
  });
});
