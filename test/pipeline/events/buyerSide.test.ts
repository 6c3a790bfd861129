import { describe, expect, it } from "vitest";
import { readArticleDrafts } from "../../support/readArticleDrafts.ts";

// Divestments told from the buyer's side ("BYD will buy Jabil's plant in China") or in the
// passive ("the unit will be sold to BYD"): the event is the foreign seller's, dated by the
// lead, with the Chinese buyer as its other party. Sentences written for these tests.
const PUBLISHED = "2024-03-08"; // a Friday: "Monday" is 2024-03-04

const read = (language: string, headline: string, lead: string) =>
  readArticleDrafts(language, [headline, lead].join("\n\n"), PUBLISHED);
const rows = (language: string, headline: string, lead: string) =>
  read(language, headline, lead).map(
    (d) => `${d.primary ? "main" : "past"} ${d.companies[0]} ${d.type} ${d.date ?? "-"}`,
  );

// [language, headline, lead, seller id, buyer's name as counterparty]
const SALES: readonly (readonly [string, string, string, string, string])[] = [
  [
    "en",
    "Jabil to sell China unit",
    "Jabil said on Monday its mobility unit in China will be sold to the Chinese carmaker BYD.",
    "jabil",
    "BYD",
  ],
  [
    "fr",
    "Tongfu Microelectronics s'offre des usines d'AMD",
    "Le chinois Tongfu Microelectronics a annoncé lundi qu'il prenait une participation de 85 % dans les usines d'AMD à Suzhou et Penang.",
    "amd",
    "Tongfu Microelectronics",
  ],
  [
    "de",
    "Luxshare übernimmt Werke",
    "Luxshare übernimmt zwei Werke von Wistron in Kunshan, teilte der chinesische Konzern am Montag mit.",
    "wistron",
    "Luxshare",
  ],
  [
    "it",
    "BYD rileva una fabbrica",
    "BYD ha annunciato lunedì che rileverà lo stabilimento cinese di Jabil a Chengdu.",
    "jabil",
    "BYD",
  ],
  [
    "pt",
    "BYD compra fábrica",
    "A BYD anunciou na segunda-feira que vai comprar a fábrica da Jabil em Chengdu, na China.",
    "jabil",
    "BYD",
  ],
  [
    "nl",
    "BYD koopt fabriek",
    "BYD maakte maandag bekend dat het de Chinese fabriek van Jabil in Chengdu overneemt.",
    "jabil",
    "BYD",
  ],
  [
    "pl",
    "BYD kupuje fabrykę",
    "BYD poinformował w poniedziałek, że przejmie chińską fabrykę Jabil w Chengdu.",
    "jabil",
    "BYD",
  ],
  [
    "ru",
    "Jabil продает бизнес",
    "Jabil в понедельник сообщила, что ее китайский бизнес будет продан китайскому автопроизводителю BYD.",
    "jabil",
    "BYD",
  ],
  [
    "tr",
    "BYD satın alıyor",
    "BYD, pazartesi günü Jabil'in Çin'deki mobilite işini satın almak için anlaşma yaptı.",
    "jabil",
    "BYD",
  ],
  ["ja", "BYDが事業買収", "BYDは月曜日、Jabilの中国事業を買収すると発表した。", "jabil", "BYD"],
  ["zh", "立讯精密收购工厂", "立讯精密周一宣布收购纬创昆山工厂。", "wistron", "Luxshare"],
  [
    "ar",
    "بي واي دي تشتري مصنعا",
    "أعلنت بي واي دي يوم الاثنين أنها ستشتري مصنع ويسترون في الصين.",
    "wistron",
    "BYD",
  ],
  [
    "id",
    "BYD beli pabrik",
    "BYD pada hari Senin mengumumkan akan membeli pabrik Jabil di China.",
    "jabil",
    "BYD",
  ],
  [
    "vi",
    "BYD mua nhà máy",
    "BYD hôm thứ Hai cho biết sẽ mua lại nhà máy của Jabil tại Trung Quốc.",
    "jabil",
    "BYD",
  ],
  [
    "he",
    "BYD רוכשת מפעל",
    "BYD הודיעה ביום שני כי תרכוש את המפעל של ויסטרון בסין.",
    "wistron",
    "BYD",
  ],
  ["th", "บีวายดี ซื้อโรงงาน", "บีวายดี ประกาศเมื่อวันจันทร์ว่าจะเข้าซื้อโรงงานของ Jabil ในจีน", "jabil", "BYD"],
  [
    "hi",
    "बीवाईडी खरीदेगी कारखाना",
    "बीवाईडी ने सोमवार को कहा कि वह चीन में विस्ट्रॉन का कारखाना खरीदेगी।",
    "wistron",
    "BYD",
  ],
];

describe("a sale told from the buyer's side is the seller's divestment", () => {
  for (const [language, headline, lead, seller, buyer] of SALES) {
    it(`reads ${seller}'s sale to ${buyer} (${language})`, () => {
      const found = read(language, headline, lead);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        type: "divestment",
        primary: true,
        date: "2024-03-04",
        counterparty: buyer,
      });
      expect(found[0]?.companies[0]).toBe(seller);
    });
  }
});

// [language, headline, lead, expected rows]
const TRAPS: readonly (readonly [string, string, string, readonly string[]])[] = [
  // A foreign company buying into a Chinese firm takes a stake: "other", not a divestment.
  [
    "en",
    "Sony takes a stake in Tongfu",
    "Sony said on Monday it had bought a 10% stake in Tongfu Microelectronics.",
    ["main sony other 2024-03-04"],
  ],
  [
    "fr",
    "Sony entre chez Tongfu",
    "Sony a annoncé lundi avoir pris une participation de 10 % dans Tongfu Microelectronics.",
    ["main sony other 2024-03-04"],
  ],
  [
    "de",
    "Sony steigt bei Tongfu ein",
    "Sony hat am Montag einen Anteil von 10 Prozent an Tongfu Microelectronics erworben.",
    ["main sony other 2024-03-04"],
  ],
  ["zh", "索尼入股通富微电", "索尼周一宣布收购通富微电10%的股份。", ["main sony other 2024-03-04"]],
  // A Chinese company buying a foreign company's business abroad: no move in China.
  [
    "en",
    "BYD buys Jabil unit in Mexico",
    "BYD said on Monday it had agreed to buy Jabil's mobility business in Mexico.",
    [],
  ],
  [
    "fr",
    "BYD rachète une usine au Mexique",
    "BYD a annoncé lundi qu'il rachète l'usine de Jabil au Mexique.",
    [],
  ],
  [
    "de",
    "BYD kauft Werk in Mexiko",
    "BYD übernimmt das Werk von Jabil in Mexiko, teilte der Konzern am Montag mit.",
    [],
  ],
  ["zh", "比亚迪收购墨西哥工厂", "比亚迪周一宣布收购捷普位于墨西哥的工厂。", []],
  // A foreign company buying another's business outside China: no event.
  [
    "en",
    "Flex buys Jabil unit",
    "Flex Ltd. said on Monday it had agreed to buy Jabil's automotive business in Germany.",
    [],
  ],
  [
    "fr",
    "Flex rachète Jabil",
    "Flex Ltd. a annoncé lundi qu'il rachète les activités automobiles de Jabil en Allemagne.",
    [],
  ],
  [
    "de",
    "Flex kauft Autosparte",
    "Flex Ltd. übernimmt die Autosparte von Jabil in Deutschland, teilte das Unternehmen am Montag mit.",
    [],
  ],
  ["zh", "伟创力收购捷普业务", "伟创力周一宣布收购捷普在德国的汽车业务。", []],
];

describe("a foreign buyer", () => {
  it("recalled in the background, buys no pull-back from China (en)", () => {
    expect(
      rows(
        "en",
        "Jabil closes Wuxi plant",
        "Jabil said on Monday it would close its plant in Wuxi. In 2019 Flex Ltd. bought Jabil's mobility business, including a plant in Chengdu.",
      ),
    ).toEqual(["main jabil shutdown 2024-03-04"]);
  });

  it("told in the lead, buys the seller's business in China: the seller's divestment (en)", () => {
    expect(
      rows(
        "en",
        "Flex buys Jabil's China unit",
        "Flex Ltd. said on Monday it had agreed to buy Jabil's mobility business in China.",
      ),
    ).toEqual(["main jabil divestment 2024-03-04"]);
  });
});

describe("buying is not always a divestment", () => {
  for (const [language, headline, lead, expected] of TRAPS) {
    it(`${headline} (${language})`, () => {
      expect(rows(language, headline, lead)).toEqual(expected);
    });
  }
});
