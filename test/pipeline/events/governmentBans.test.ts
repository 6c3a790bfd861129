import { describe, expect, it } from "vitest";
import { articleRows } from "../../support/readArticleDrafts.ts";

// Articles written for these tests: a government's ban that names several companies' products.
const rows = articleRows;

describe("a ban naming several companies' products", () => {
  it.each([
    [
      "en",
      "China bans foreign chips in state computers\n\nThe Chinese government has banned the use of Intel and AMD processors in government computers, the Financial Times reported on Sunday.",
    ],
    [
      "ar",
      "الصين تحظر رقائق أجنبية\n\nأعلنت الحكومة الصينية يوم الأحد عن حظر استخدام رقائق “إنتل” و”إيه إم دي” في الحواسيب والخوادم الحكومية.",
    ],
    [
      "vi",
      "Trung Quốc cấm chip ngoại\n\nChính phủ Trung Quốc hôm Chủ nhật vừa đưa ra quyết định gây tranh cãi khi cấm sử dụng CPU Intel và AMD trong các máy tính thuộc cơ quan chính phủ.",
    ],
  ])("is a block of each of them (%s)", (language, text) => {
    expect(rows(language, text, "2024-03-25")).toEqual([
      "main intel blocked 2024-03-24→-",
      "main amd blocked 2024-03-24→-",
    ]);
  });

  it("gives the date it takes effect to every company of the ban (vi)", () => {
    const text = [
      "Trung Quốc cấm CPU của Intel và AMD trong máy tính chính phủ",
      "Chính phủ Trung Quốc vừa đưa ra quyết định gây tranh cãi khi cấm sử dụng CPU Intel và AMD trong các máy tính thuộc cơ quan chính phủ.",
      "Lệnh cấm mới có hiệu lực từ tháng 3.2024, áp dụng cho tất cả máy tính chính phủ.",
    ].join("\n\n");
    expect(rows("vi", text, "2024-03-25")).toEqual([
      "main intel blocked 2024-03-25→2024-03",
      "main amd blocked 2024-03-25→2024-03",
    ]);
  });

  it("reads a company's product struck from the state's purchase list as its block (vi)", () => {
    const text =
      "Tiêu đề\n\nBắc Kinh hôm Chủ nhật đã loại bỏ bộ vi xử lý của hai hãng Mỹ Intel và AMD khỏi máy tính của các cơ quan chính phủ, đồng thời gạt hệ điều hành Windows của Microsoft ra khỏi danh sách mua sắm công.";
    expect(rows("vi", text, "2024-03-25")).toEqual([
      "main intel blocked 2024-03-24→-",
      "main amd blocked 2024-03-24→-",
      "main microsoft blocked 2024-03-24→-",
    ]);
  });

  it("reads a list of examples of a standing state as no list of blocks (en)", () => {
    const text =
      "Headline\n\nAlmost all foreign web services have been blocked in China, including Facebook, Twitter, YouTube and Instagram.";
    expect(rows("en", text, "2019-01-01").map((r) => r.split(" ")[1])).toEqual(["facebook"]);
  });

  it("takes the country itself as the one who bans (vi)", () => {
    const text =
      "Tiêu đề\n\nTrước đó, vào tháng 5/2014, Trung Quốc đã cấm cài đặt Windows 8 trên máy tính mới mua cho cơ quan nhà nước của Microsoft.";
    expect(rows("vi", text, "2024-03-25")).toEqual(["past microsoft blocked 2014-05→-"]);
  });
});

describe("the date of a main event reported without one, and no publication date", () => {
  it("is not taken from a sentence about another country's rules (ar)", () => {
    const text = [
      "أعلنت الحكومة الصينية، عن حظر استخدام رقائق “إنتل” و”إيه إم دي” في الحواسيب والخوادم الحكومية.",
      "وأضافت الصحيفة إلى أن الوكالات الحكومية صدرت لها أوامر بشراء معالجات وأنظمة تشغيل آمنة وموثوقة.",
      "وفي أكتوبر 2022، قدمت واشنطن قواعد تستهدف تقييد قدرة الصين على الوصول إلى رقائق أشباه الموصلات المتقدمة.",
    ].join("\n");
    expect(rows("ar", text, null)).toEqual(["main intel blocked -→-", "main amd blocked -→-"]);
  });

  it("is still the day the news agencies reported it (ru)", () => {
    const text = [
      "В Китае запретили доступ к WhatsApp. О проблемах с работой мессенджера сообщили 25.09.2017 мировые информагентства.",
      "19 июля WhatsApp уже подвергался частичной блокировке.",
    ].join("\n");
    expect(rows("ru", text, null)[0]).toBe("main whatsapp blocked 2017-09-25→-");
  });
});

describe("an app taken off stores, told from the app's side", () => {
  it.each([
    "The New York Times said on Thursday its apps had been removed from Apple's app store in China.",
    "The New York Times app has been pulled from China's App Store, the newspaper said on Thursday.",
  ])("is a block of the app's maker, not the store's move: %s", (lead) => {
    expect(rows("en", `Apps pulled\n\n${lead}`, "2023-06-10")).toEqual([
      "main new-york-times blocked 2023-06-08→-",
    ]);
  });

  it("is no move in China when the stores are another country's", () => {
    expect(
      rows(
        "en",
        "Apps pulled\n\nDropbox's app was removed from app stores in India last week.",
        "2023-06-10",
      ),
    ).toEqual([]);
  });
});

describe("a service gone dark, told by what its users see", () => {
  it("is a block of the service the lead describes, not of its owner or of the store's maker", () => {
    const text =
      "Twitch goes dark in China\n\nThe Amazon-owned game-streaming platform stopped loading for users across mainland China on Thursday, and its iPhone app can no longer be found in Apple's App Store there.";
    expect(rows("en", text, "2018-09-21")).toEqual(["main twitch blocked 2018-09-20→-"]);
  });
});

describe("an app no longer in China's store, in other languages", () => {
  it.each([
    [
      "fr",
      "Skype n’est plus disponible dans l’App Store en Chine\n\nLes utilisateurs chinois ne le trouvent plus depuis un mois.",
    ],
  ])("is a block of the app's maker (%s)", (language, text) => {
    expect(rows(language, text, "2017-11-22")).toContain("main skype blocked 2017-11-22→-");
  });

  it.each([
    [
      "pt",
      "OpenAI desligará nações – tosse, China – a partir de 9 de julho\n\nA OpenAI enviou e-mails para usuários em países que considera “sem suporte”, dizendo que bloqueará seu acesso a partir de 9 de julho.",
    ],
    ["zh", "OpenAI中国API服务终止\n\nOpenAI将从7月9日开始采取措施,关掉这些地区的API流量。"],
  ])("reads a developer platform cutting off access as its restriction (%s)", (language, text) => {
    expect(rows(language, text, "2024-06-26")).toEqual([
      "main openai restriction 2024-06-26→2024-07-09",
    ]);
  });
});
