import { describe, expect, it } from "vitest";
import { articleRows, readArticleDrafts } from "../../support/readArticleDrafts.ts";

// Articles written for these tests, in the manner of reports on a foundry's halt and a game's
// removal; the moves are made up.

describe("making for customers in China", () => {
  it.each([
    [
      "en",
      "Foundry halts AI chips\n\nGlobalFoundries told its Chinese customers on Friday that it would stop making advanced AI chips for them.",
    ],
    [
      "fr",
      "Le fondeur arrête\n\nGlobalFoundries a informé vendredi ses clients chinois qu'il cesserait de fabriquer pour eux des puces d'IA avancées.",
    ],
    [
      "zh",
      "晶圓代工廠停止代工\n\n英國媒體8日報導，聯電已通知中國大陸的晶片設計客戶，將停止為其生產7奈米AI晶片。",
    ],
    [
      "he",
      "יצרנית השבבים עוצרת\n\nחברת GlobalFoundries הודיעה ביום שישי ללקוחות סיניים כי היא תפסיק לייצר עבורם שבבי בינה מלאכותית.",
    ],
  ])("stopping it is a halt of sales to them, not a closure (%s)", (language, text) => {
    expect(readArticleDrafts(language, text, "2024-11-09").map((d) => d.type)).toEqual([
      "sales-halt",
    ]);
  });

  it.each([
    ["en", "Headline\n\nSeagate stopped making hard drives in Suzhou on Friday."],
    ["fr", "Titre\n\nSeagate a cessé de fabriquer des disques durs à Suzhou vendredi."],
  ])("stopping production with no customer named is still a closure (%s)", (language, text) => {
    expect(readArticleDrafts(language, text, "2024-11-09").map((d) => d.type)).toEqual([
      "shutdown",
    ]);
  });
});

describe("the day a change takes effect, told as what is to come", () => {
  it("is the next such weekday, not the last (en)", () => {
    const text =
      "Foundry halts AI chips\n\nTSMC told Chinese chip design customers on Friday that it would stop making advanced AI chips for them from Monday.";
    expect(articleRows("en", text, "2024-11-09")).toEqual([
      "main tsmc sales-halt 2024-11-08→2024-11-11",
    ]);
  });

  it("is the last such weekday when the change is told as past (en)", () => {
    const text = "Headline\n\nTSMC said on Friday that it stopped shipping to Sophgo from Monday.";
    expect(articleRows("en", text, "2024-11-09")[0]).toMatch(/→2024-11-04$/u);
  });

  it("is restated by the day of the month beside it, which is no day of last month (zh)", () => {
    const text =
      "傳台積電停止代工\n\n英國《金融時報》8日報導，台積電已通知中國大陸的晶片設計客戶，自下週一（11日）起，將停止為其生產7奈米AI晶片。";
    expect(articleRows("zh", text, "2024-11-09")).toEqual([
      "main tsmc sales-halt 2024-11-08→2024-11-11",
    ]);
  });
});

describe("a site that cannot be reached from China", () => {
  it("is blocked there, however long the name of what cannot be reached (ja)", () => {
    const text =
      "Steamが中国からアクセス不可に\n\n2021年12月25日、中国からSteamの全てのストアページとコミュニティページにアクセスできなくなったことが報告されました。";
    expect(articleRows("ja", text, "2021-12-27")).toEqual(["main valve blocked 2021-12-25→-"]);
  });
});

describe("a company told to remove its app", () => {
  it.each([
    ["fr", "Titre\n\nUbisoft a été contraint de retirer son jeu de l’App Store chinois vendredi."],
    ["es", "Título\n\nUbisoft fue obligada a retirar su juego de la App Store china el viernes."],
  ])("is blocked, and nothing says it lost government purchases (%s)", (language, text) => {
    expect(readArticleDrafts(language, text, "2020-02-28").map((d) => [d.type, d.what])).toEqual([
      ["blocked", null],
    ]);
  });
});

describe("a company the gazetteer lacks, marked by a noun and an adjective after it", () => {
  it("acts, where adjectives follow the noun (fr)", () => {
    const text =
      "Titre\n\nLe petit studio britannique Ndemic Creations a été contraint de retirer son jeu de l’App Store chinois vendredi.";
    expect(articleRows("fr", text, "2020-02-28")).toEqual([
      "main ndemic-creations blocked 2020-02-28→-",
    ]);
  });

  it("is the other party of a cut (es)", () => {
    const text =
      "Título\n\nLa empresa Acme rompió el viernes su alianza con la firma china Zhixin.";
    expect(readArticleDrafts("es", text, "2024-11-09").map((d) => d.counterparty)).toEqual([
      "Zhixin",
    ]);
  });
});
