import { describe, expect, it } from "vitest";
import { readArticleDrafts } from "../../support/readArticleDrafts.ts";

// Sentences written for these tests: who a move's companies are, read from how they are named.
const rows = (language: string, text: string, published: string | null) =>
  readArticleDrafts(language, text, published).map(
    (d) => `${d.companies.join(",")} ${d.type} ${d.date ?? "-"}→${d.effective ?? "-"}`,
  );

describe("a store taking down a Chinese maker's apps", () => {
  it("is a platform banning a Chinese seller when the store is not China's (en)", () => {
    const text =
      "Headline\n\nIn December 2018 Google pulled the apps of Cheetah Mobile from its Play Store. Last April Google began removing the apps of Cheetah Mobile, a Beijing developer.";
    expect(rows("en", text, "2020-02-21")).toEqual([
      "google,cheetah-mobile seller-ban 2018-12→-",
      "google,cheetah-mobile seller-ban 2019-04→-",
    ]);
  });

  it("is a restriction of the Chinese market when the store is China's (en)", () => {
    const text = "Headline\n\nApple removed Tencent's apps from its China App Store on Monday.";
    expect(rows("en", text, "2018-03-05")).toEqual(["apple restriction 2018-03-05→-"]);
  });

  it("bans the developer whose account a store disables (en)", () => {
    const text =
      "Headline\n\nCheetah Mobile, one of China's largest app makers, said on Friday that Google had disabled its developer account on the Play Store.";
    expect(rows("en", text, "2020-02-21")).toEqual([
      "google,cheetah-mobile seller-ban 2020-02-21→-",
    ]);
  });
});

describe("a foreign company named as a Chinese one's epithet", () => {
  it("is no party to the Chinese company's news (en)", () => {
    const text =
      "Headline\n\nBaidu, China's Google, said on Monday it had closed its Japanese service. Apple removed the Quartz app from its China App Store on Monday.";
    expect(rows("en", text, "2018-03-05")).toEqual(["apple,quartz restriction 2018-03-05→-"]);
  });
});

describe("a sale by a company the text calls Chinese", () => {
  it("is no pull-back from China, even when a foreign order forces it (en)", () => {
    const text =
      "Headline\n\nTikTok agreed on Friday to sell its US operations to Oracle, after pressure from the White House on the Chinese-owned app.";
    expect(rows("en", text, "2020-08-07")).toEqual([]);
  });
});

describe("a sale told where the verb comes last", () => {
  it("is the foreign seller's, with the Chinese buyer named before the verb (ja)", () => {
    const text = [
      "東芝、テレビ事業を中国ハイセンスに売却",
      "東芝は14日、テレビ事業を中国の海信集団（ハイセンス）に売却すると発表した。",
      "昨年3月には白物家電子会社の株式80.1％を中国の美的集団（マイディア）に約537億円で売却することで合意し、同年6月末に手続きを終えている。",
      "NECも2011年にパソコン事業をレノボとの合弁に移している。",
    ].join("\n\n");
    expect(rows("ja", text, "2017-11-14")).toEqual([
      "toshiba,hisense divestment 2017-11-14→-",
      "toshiba,midea divestment 2016-03→-",
      "nec,lenovo divestment 2011→-",
    ]);
  });
});

describe("a sale to a buyer named as Chinese", () => {
  it.each([
    ["fr", "Le japonais Toshiba a cédé son activité dans l'électroménager au chinois Midea."],
    [
      "it",
      "Philips ha deciso di vendere le sue quote nella joint venture al gruppo cinese Vistaview.",
    ],
    [
      "de",
      "Der Halbleiterkonzern NXP verkauft die Sparte Standard Products an Investoren aus China.",
    ],
    ["nl", "Chipproducent NXP verkoopt een bedrijfsonderdeel aan het Chinese Goodix."],
    ["es", "IBM vendió su división de ordenadores personales al grupo chino Lenovo."],
    ["pt", "A IBM vendeu sua divisão de computadores pessoais à chinesa Lenovo."],
  ])("is the seller's divestment, wherever the business was (%s)", (language, sentence) => {
    expect(
      rows(language, `Titel\n\n${sentence}`, "2016-03-30").map((r) => r.split(" ")[1]),
    ).toEqual(["divestment"]);
  });

  it("is no divestment when goods are sold, nor when the buyers are customers (en, de)", () => {
    expect(
      rows(
        "en",
        "Headline\n\nThe Commerce Department revoked Intel's licences to sell some chips to Huawei.",
        "2024-05-08",
      ).filter((r) => r.includes("divestment")),
    ).toEqual([]);
    expect(
      rows("de", "Titel\n\nApple verkauft seine Geräte an chinesische Kunden.", "2024-05-08"),
    ).toEqual([]);
  });
});

describe("a sale told from the buyer's side with what the unit makes (es)", () => {
  it("is the seller's divestment to the buyer", () => {
    const text =
      "Titel\n\nEl grupo chino Lenovo ha comprado la división de ordenadores personales de IBM por 1.250 millones de dólares.";
    expect(rows("es", text, "2004-12-08")).toEqual(["ibm,lenovo divestment 2004-12-08→-"]);
  });
});

describe("a lead's actor glossed by its Latin name", () => {
  it("cuts ties with the Chinese party the headline named alone (he)", () => {
    const text = [
      "אקשיה מקפיאה את העסקים עם ZTE",
      "אקשיה קומיוניקיישנס (Acacia Communications), יצרנית רכיבים אופטיים, הודיעה אתמול כי היא משעה את העסקאות עם ענקית התקשורת הסינית ZTE.",
    ].join("\n\n");
    expect(rows("he", text, "2018-04-17")).toEqual([
      "acacia-communications,zte partnership-cut 2018-04-16→-",
    ]);
  });
});

describe("plants sold, with the dual and the possessive on the noun (ar)", () => {
  it("is a divestment to the Chinese buyer", () => {
    const text =
      "عنوان\n\nأعلنت شركة «كورفو» الأمريكية يوم الاثنين أنها توصلت إلى اتفاق لبيع منشأتيها في بكين إلى مجموعة «لوكسشير» الصينية.";
    expect(rows("ar", text, "2023-12-19")).toEqual(["qorvo,luxshare divestment 2023-12-18→-"]);
  });
});
