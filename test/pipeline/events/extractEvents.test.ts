import { describe, expect, it } from "vitest";
import type { EdtfDate } from "../../../src/model/edtf.ts";
import { layoutArticle } from "../../../src/pipeline/read/articleLayout.ts";
import { extractEvents } from "../../../src/pipeline/events/extractEvents.ts";
import { compileGazetteer } from "../../../src/pipeline/mentions/gazetteer.ts";
import { lexiconFor } from "../../../src/pipeline/mentions/lexiconFor.ts";
import { mergeArticleDrafts } from "../../../src/pipeline/events/mergeArticleDrafts.ts";

const gazetteer = compileGazetteer();

/** Extracts an article's events as compact rows: company type date→effective. */
function extract(language: string, text: string, published: string | null = null) {
  const { lexicon, countries } = lexiconFor(language);
  const layout = layoutArticle(text, [lexicon, lexiconFor("en").lexicon]);
  const drafts = mergeArticleDrafts(
    extractEvents(layout, published as EdtfDate | null, { lexicon, gazetteer, countries }),
    (id) => gazetteer.companies.get(id)?.parent ?? null,
  );
  return drafts.map((d) => ({
    row: `${d.companies[0]} ${d.type} ${d.date ?? "-"}→${d.effective ?? "-"}`,
    draft: d,
  }));
}
const rows = (...args: Parameters<typeof extract>) => extract(...args).map((e) => e.row);
/** The company and type of each move one sentence reports, under a placeholder headline. */
const moves = (language: string, sentence: string, published: string) =>
  rows(language, `Titre\n${sentence}`, published).map((r) => r.split(" ").slice(0, 2).join(" "));

describe("what counts as an event", () => {
  it("needs a move, a company and China as the market", () => {
    expect(rows("en", "Headline\nYahoo withdrew from China on November 1.", "2021-11-02")).toEqual([
      "yahoo exit 2021-11-01→-",
    ]);
  });

  it("ignores a move whose market is another country", () => {
    expect(rows("en", "Headline\nGoogle pulled out of Russia in March.", "2022-05-19")).toEqual([]);
    expect(
      rows(
        "ar",
        "عنوان\nهدد الرئيس دونالد ترامب يوم الجمعة بحظر TikTok في الولايات المتحدة.",
        "2020-08-03",
      ),
    ).toEqual([]);
  });

  it("ignores a Chinese company closing or barred, at home or abroad, and non-profits (en, es)", () => {
    expect(
      rows(
        "en",
        "Headline\nMontana's governor on Wednesday signed a bill to shut TikTok off from the state's residents, after China objected.",
        "2023-05-18",
      ),
    ).toEqual([]);
    expect(
      rows(
        "es",
        "Titular\nWikipedia fue bloqueada el miércoles en China por las autoridades.",
        "2019-05-16",
      ),
    ).toEqual([]);
  });

  it("ignores denials, rumours and talks", () => {
    expect(
      rows("en", "Headline\nApple denied that it would pull out of China.", "2022-01-01"),
    ).toEqual([]);
    expect(
      rows(
        "vi",
        "Tiêu đề\nAmazon có thể tạm ngừng bán hàng của các nhà bán lẻ Trung Quốc.",
        "2021",
      ),
    ).toEqual([]);
    // "Talk of Apple leaving China is exaggerated… the answer to these speculations."
    expect(
      rows(
        "ar",
        "عنوان\nوقال مصدر إن الحديث عن «خروج أبل من الصين» مبالغ فيه، وإن المتجر الجديد هو الرد على التكهنات.",
        "2024-03-22",
      ),
    ).toEqual([]);
  });

  // Folding makes both "konnten", so the hedge is matched on the text as written.
  it("tells German 'könnte' (might) from 'konnte' (could, in the past)", () => {
    expect(
      rows(
        "de",
        "Titel\nGmail ist seit Montag in China gesperrt, Nutzer konnten keine E-Mails mehr abrufen.",
        "2014-12-30",
      ),
    ).toEqual(["google blocked 2014-12-29→-"]);
    expect(rows("de", "Titel\nGmail könnte bald in China gesperrt werden.", "2014-12-30")).toEqual(
      [],
    );
  });

  it.each([
    [
      "es",
      "En junio, Zoom reconoció que había cerrado, a petición del Gobierno chino, las cuentas de varios activistas en China.",
    ],
    [
      "fr",
      "En juin, Zoom a reconnu avoir fermé, à la demande de Pékin, les comptes de plusieurs militants en Chine.",
    ],
    [
      "de",
      "Im Juni hatte Zoom auf Druck Pekings die Konten von mehreren Aktivisten in China gesperrt.",
    ],
  ])("ignores individual users' accounts closed (%s)", (language, sentence) => {
    expect(moves(language, sentence, "2020-08-04")).toEqual([]);
  });

  it("reads a company's site leaving as the site closing, not the company's exit (en, de)", () => {
    expect(
      moves(
        "en",
        "IBM China Research Institute said on Monday it would pull out of mainland China.",
        "2019-03-20",
      ),
    ).toEqual(["ibm shutdown"]);
    expect(
      moves(
        "de",
        "Das Forschungslabor von Oracle zieht sich am Montag aus China zurück.",
        "2019-03-20",
      ),
    ).toEqual(["oracle shutdown"]);
  });

  it.each([
    ["es", "No, Steam no ha sido baneado en China, aunque la situación es confusa."],
    ["en", "Steam has not been blocked in China, Valve said."],
    ["it", "Steam non è stato bannato in Cina, secondo Valve."],
  ])("ignores a block denied (%s)", (language, sentence) => {
    expect(moves(language, sentence, "2021-12-29")).toEqual([]);
  });

  // The suspicion is the regulator's reason, not doubt about the ban.
  it.each([
    [
      "en",
      "China's regulator on Sunday banned Micron's products from key infrastructure on suspicion of security risks.",
    ],
    [
      "de",
      "Chinas Regulierer hat am Sonntag Micron-Produkte wegen des Verdachts auf Sicherheitsrisiken verboten.",
    ],
  ])("reads a ban on suspicion of risks as a block (%s)", (language, sentence) => {
    expect(moves(language, sentence, "2023-05-22")).toEqual(["micron blocked"]);
  });

  it.each([
    ["it", "La versione globale di Steam è stata bannata in Cina."],
    ["es", "La versión global de Steam ha sido ‘baneada’ de China."],
    ["pl", "Globalny Steam został odcięty we wszystkich regionach Chin."],
  ])("reads Steam banned in China as Valve blocked (%s)", (language, sentence) => {
    expect(moves(language, sentence, "2021-12-29")).toEqual(["valve blocked"]);
  });

  it("ignores market-share figures", () => {
    expect(
      rows(
        "vi",
        "Tiêu đề\nThị phần của người bán Trung Quốc trên Amazon đã tăng từ 28% hồi năm 2019 lên 63% trong năm nay.",
        "2021",
      ),
    ).toEqual([]);
  });

  it("ignores a stake bought outside the Chinese market", () => {
    expect(
      rows(
        "vi",
        "Tiêu đề\nBusiness Insider đưa tin, Amazon mua lại Wickr - dịch vụ nhắn tin mã hóa.",
        "2021",
      ),
    ).toEqual([]);
  });

  it("finds a stake in a Chinese company without the word China", () => {
    expect(
      rows("fr", "Titre\nAlibaba a acquis 18 pour cent de Sina Weibo en avril.", "2013-09"),
    ).toEqual(["alibaba other 2013-04→-"]);
  });
});

describe("event types", () => {
  it("reads closing another company's stores as a seller ban", () => {
    const [event] = extract(
      "vi",
      "Tiêu đề\nAmazon đã đóng cửa 340 cửa hàng trực tuyến của Shenzhen Youkeshu Technology ở Trung Quốc.",
      "2021",
    );
    // Reported with no other time, the main event takes the publication date as known.
    expect(event?.row).toBe("amazon seller-ban 2021→-");
    expect(event?.draft.counterparty).toBe("Shenzhen Youkeshu Technology");
  });

  it("reads closing its own store as a shutdown", () => {
    expect(
      rows(
        "en",
        "Headline\nAmazon will close its Kindle bookstore in China on June 30, 2023.",
        "2022-06-02",
      ),
    ).toEqual(["amazon shutdown 2022-06-02→2023-06-30"]);
  });

  it("finds two moves in one sentence, both announced the same day", () => {
    const found = rows(
      "fr",
      "Amazon a annoncé jeudi qu'il fermerait ses librairies numériques Kindle en Chine et cesserait de vendre l'appareil aux détaillants du pays.",
      "2022-06-03",
    );
    expect(found).toEqual(["amazon shutdown 2022-06-02→-", "amazon sales-halt 2022-06-02→-"]);
  });

  it("makes the blocked company the subject of a government block", () => {
    expect(
      rows("en", "Headline\nChinese authorities blocked Signal in March 2021.", "2021-03-20"),
    ).toEqual(["signal blocked 2021-03→-"]);
  });

  // The apps that get users round the Great Firewall are what the company removed; the
  // firewall itself blocked nothing that day.
  it.each([
    [
      "en",
      "Headline\nApple on Saturday removed from its China App Store the VPN apps that let users get around the Great Firewall.",
    ],
    [
      "ru",
      "Заголовок\nApple в субботу удалила из китайского App Store приложения, которые позволяли обходить «Великий китайский файрвол».",
    ],
    [
      "de",
      "Titel\nApple hat am Samstag aus dem chinesischen App Store die Apps entfernt, mit denen Nutzer die Große Firewall umgehen konnten.",
    ],
    ["zh", "标题\n苹果周六从中国区App Store下架了帮助用户翻越防火长城的VPN应用。"],
  ])(
    "reads removing apps that get round the Great Firewall as a restriction (%s)",
    (language, text) => {
      expect(rows(language, text, "2017-07-30")).toEqual(["apple restriction 2017-07-29→-"]);
    },
  );

  // Germanic languages compound their sites and put verb particles last; Korean winds a
  // team down with 정리.
  it.each([
    [
      "de",
      "Der Softwarekonzern Oracle gibt sein Entwicklungszentrum in China am Dienstag auf.",
      "oracle",
    ],
    [
      "de",
      "Samsung hatte am Dienstag seine Handyfabrik in Tianjin in China geschlossen.",
      "samsung",
    ],
    ["nl", "Seagate sloot dinsdag zijn harde-schijvenfabriek in het Chinese Suzhou.", "seagate"],
    ["ko", "마이크론은 7일 중국 상하이 설계센터의 엔지니어링 그룹을 정리한다고 밝혔다.", "micron"],
  ])(
    "reads a site closed in Germanic compounds and Korean wind-downs as a shutdown (%s)",
    (language, sentence, company) => {
      expect(moves(language, sentence, "2019-05-08")).toEqual([`${company} shutdown`]);
    },
  );

  it("reads a chain of stores sold as a divestment, and goods sold in stores as nothing (en)", () => {
    expect(
      moves(
        "en",
        "Best Buy said Thursday that it will sell its Five Star stores in China.",
        "2014-12-05",
      ),
    ).toEqual(["best-buy divestment"]);
    expect(
      moves(
        "en",
        "Apple said Thursday that it will sell its phones in its stores in China.",
        "2014-12-05",
      ),
    ).toEqual([]);
  });

  it("reads a percentage of a Chinese unit sold as a divestment (nl)", () => {
    expect(
      moves(
        "nl",
        "Western Digital verkoopt via dochter SanDisk China 80 procent van SanDisk Semiconductor (Shanghai) aan JCET.",
        "2024-03-05",
      ),
    ).toEqual(["western-digital divestment"]);
  });

  it.each([
    ["pt", "Didi Chuxing vai adquirir as operações do Uber no país, na China."],
    ["es", "Didi Chuxing adquirirá las operaciones de Uber en China."],
    ["fr", "Didi rachète les activités chinoises d'Uber."],
    ["it", "Didi acquisisce le attività cinesi di Uber."],
    ["de", "Didi übernimmt Ubers China-Geschäft."],
  ])(
    "reads a purchase of a foreign firm's China business as its divestment (%s)",
    (language, sentence) => {
      expect(moves(language, sentence, "2016-08-01")).toEqual(["uber divestment"]);
    },
  );

  it.each([
    ["it", "La Cina ha deciso di mettere al bando i prodotti del gruppo americano Micron."],
    ["ko", '중국 CAC는 "핵심 정보 시설 운영자는 마이크론의 제품 구매를 중지해야 한다"고 했다.'],
  ])(
    "reads the state barring purchases of a company's products as a block (%s)",
    (language, sentence) => {
      expect(moves(language, sentence, "2023-05-22")).toEqual(["micron blocked"]);
    },
  );

  it.each([
    ["en", "TikTok could face a nationwide ban unless its Chinese owner sells its stake in China."],
    ["fr", "Apple quittera la Chine à moins que Pékin ne change sa loi."],
    ["ko", "중국 정부가 구글의 강제 퇴출설까지 거론했다."],
  ])("reads a condition or talk of a move as no move (%s)", (language, sentence) => {
    expect(moves(language, sentence, "2023-05-18")).toEqual([]);
  });

  // The home government curbing a company's exports halts its sales there.
  it.each([
    ["en", "The Dutch government revoked some of ASML's export licences for China on Monday."],
    [
      "ru",
      "Правительство Нидерландов в понедельник отозвало часть экспортных лицензий ASML на поставки в Китай.",
    ],
    [
      "pl",
      "Licencja ASML na dostawy do Chin została w poniedziałek częściowo cofnięta przez rząd holenderski.",
    ],
    [
      "es",
      "El Gobierno neerlandés revocó el lunes parte de las licencias de exportación de ASML a China.",
    ],
  ])("reads an export licence revoked as a sales halt (%s)", (language, sentence) => {
    expect(moves(language, sentence, "2024-01-02")).toEqual(["asml sales-halt"]);
  });

  it.each([
    [
      "ja",
      "米ロイター通信は19日、グーグルがファーウェイに対して、ソフトの提供など一部ビジネスを停止したと報じた。",
    ],
    [
      "nl",
      "Volgens Reuters verstrekt Google sinds zondag niet langer een Android-licentie aan Huawei.",
    ],
    ["tr", "Google, pazar günü Çinli Huawei ile işbirliğini sınırlandırdı."],
    ["th", "เมื่อวันอาทิตย์ กูเกิลได้ระงับการดำเนินธุรกิจกับหัวเว่ย บริษัทสัญชาติจีน"],
  ])(
    "reads business, licences or cooperation with a Chinese firm stopped or limited as a partnership cut (%s)",
    (language, sentence) => {
      expect(moves(language, sentence, "2019-05-20")).toEqual(["google partnership-cut"]);
    },
  );

  it.each([
    [
      "ru",
      "Blizzard не смог договориться о новой сделке с NetEase, через которую её игры работали в Китае.",
    ],
    ["id", "Blizzard tidak lagi memperpanjang kontrak kerja sama dengan NetEase di Tiongkok."],
  ])(
    "reads failing to agree on or extend a deal with a Chinese partner as a partnership cut (%s)",
    (language, sentence) => {
      expect(moves(language, sentence, "2022-11-20")).toEqual(["blizzard partnership-cut"]);
    },
  );

  it("reads a service that will stop working there as a shutdown (ru)", () => {
    expect(moves("ru", "23 ноября в Китае перестанет работать Battle.net.", "2022-11-20")).toEqual([
      "blizzard shutdown",
    ]);
  });

  it("reads a supply cut whose Chinese customer is named before its suppliers (fr)", () => {
    expect(
      moves(
        "fr",
        "Huawei privé de puces Intel et Qualcomm : Washington révoque mardi les dernières licences",
        "2024-05-09",
      ).sort(),
    ).toEqual(["intel sales-halt", "qualcomm sales-halt"]);
  });

  it("ignores a Chinese company's own service unavailable at home (he)", () => {
    expect(moves("he", "מעניין לציין שטיקטוק עצמה אינה זמינה בסין.", "2024-04-25")).toEqual([]);
  });

  it("reads the Great Firewall cutting a service as a block", () => {
    expect(
      rows(
        "es",
        "Titular\nWhatsApp dejó de funcionar en China el sábado, cuando la Gran Muralla digital empezó a cortar sus mensajes.",
        "2017-07-30",
      ),
    ).toEqual(["whatsapp blocked 2017-07-29→-"]);
  });
});

describe("companies", () => {
  it("takes a supply cut to a Chinese company as a move toward China, whatever other place the sentence names (en, ko)", () => {
    expect(
      rows(
        "en",
        "Headline\nTSMC stopped supplying chips to Huawei Technologies on Tuesday, as a U.S. rule requiring foreign chipmakers to obtain a licence took full effect.",
        "2020-09-16",
      ),
    ).toEqual(["tsmc partnership-cut 2020-09-15→-"]);
    // Huawei is named first as the sanctions' target, then again as the party cut off.
    expect(
      rows(
        "ko",
        "제목\n미국 정부의 화웨이 추가 제재가 15일 발효되면서 삼성전자와 SK하이닉스가 이날부터 화웨이에 대한 반도체 공급을 중단했다.",
        "2020-09-16",
      ),
    ).toEqual([
      "sk-hynix partnership-cut 2020-09-15→2020-09-15",
      "samsung partnership-cut 2020-09-15→2020-09-15",
    ]);
  });

  it("gives a partnership cut that names only Chinese companies to the company the text is about", () => {
    expect(
      rows(
        "en",
        "TSMC halts chip shipments to Huawei\nTaiwan's TSMC stopped supplying chips to Huawei on Tuesday.\nThe cut-off ends a relationship that turned Huawei's chip design arm, HiSilicon, into a giant.",
        "2020-09-16",
      ),
    ).toEqual(["tsmc partnership-cut 2020-09-15→-"]);
  });

  it("gives a halted supply whose only named company is its Chinese buyer to the company told of (nl, en)", () => {
    const [nl] = extract(
      "nl",
      "Kop\nHet kabinet trok dinsdag een exportvergunning van ASML in.\nIn 2019 liet het kabinet een vergunning verlopen voor de levering van een machine aan de Chinese chipmaker SMIC.",
      "2024-01-03",
    ).filter((e) => e.draft.date === "2019");
    expect(nl?.draft).toMatchObject({ companies: ["asml", "smic"], type: "sales-halt" });
    expect(
      rows(
        "en",
        "Headline\nNvidia said on Monday it had stopped shipping its chips to China.\nIn 2022 Washington halted sales of the A100 chip to Alibaba.",
        "2023-10-18",
      ),
    ).toContain("nvidia sales-halt 2022→-");
  });

  it("reads companies listed after an actor named inside the move, possessives and all (en)", () => {
    expect(
      rows(
        "en",
        "Headline\nOn Tuesday the Commerce Department revoked Intel’s and Qualcomm’s export licenses to sell chips to Huawei.",
        "2024-05-08",
      ),
    ).toEqual(["intel sales-halt 2024-05-07→-", "qualcomm sales-halt 2024-05-07→-"]);
  });

  it("reads a list whose names carry their short forms in brackets (ja, en)", () => {
    const actors = (language: string, sentence: string) =>
      moves(language, sentence, "2022-10-14")
        .map((m) => m.split(" ")[0])
        .sort();
    expect(
      actors(
        "ja",
        "同業のアプライドマテリアルズ（AMAT）とKLAも、12日から中国国内の工場へのサービス提供を停止した。",
      ),
    ).toEqual(["applied-materials", "kla"]);
    expect(
      actors(
        "en",
        "Applied Materials (AMAT) and KLA stopped servicing chip plants in China on Wednesday.",
      ),
    ).toEqual(["applied-materials", "kla"]);
  });

  it("reads a list whose last company is described by its parent (ja, en)", () => {
    expect(
      rows(
        "ja",
        "見出し\n米政府は27日、米シノプシス、米ケイデンス、独シーメンス傘下のシーメンスEDAに対し、中国企業への販売を停止するよう命じた。",
        "2025-05-28",
      ).sort(),
    ).toEqual([
      "cadence sales-halt 2025-05-27→-",
      "mentor-graphics sales-halt 2025-05-27→-",
      "synopsys sales-halt 2025-05-27→-",
    ]);
    expect(
      rows(
        "en",
        "Headline\nOn Tuesday Synopsys, Cadence and Siemens' unit Mentor Graphics stopped selling their software in China.",
        "2025-05-28",
      ).sort(),
    ).toEqual([
      "cadence sales-halt 2025-05-27→-",
      "mentor-graphics sales-halt 2025-05-27→-",
      "synopsys sales-halt 2025-05-27→-",
    ]);
  });

  it("reads a closure the authorities ordered as their block, one event (it, en)", () => {
    expect(
      rows(
        "it",
        "Titolo\nLa settimana scorsa gli utenti cinesi hanno trovato spento l'iBooks Store di Apple: a ordinare la chiusura è stata l'autorità di regolamentazione.",
        "2016-04-22",
      ),
    ).toEqual(["apple blocked 2016-04~→-"]);
    expect(
      rows(
        "en",
        "Headline\nOn Friday regulators ordered Apple to close its iBooks Store in China.",
        "2016-04-23",
      ),
    ).toEqual(["apple blocked 2016-04-22→-"]);
  });

  it("reads a brand of a larger company leaving China as one of its products going (en, ru)", () => {
    expect(
      rows("en", "Headline\nLinkedIn said on Thursday it would leave China.", "2021-10-15"),
    ).toEqual(["linkedin shutdown 2021-10-14→-"]);
    expect(
      rows(
        "ru",
        "Заголовок\nMicrosoft объявила, что последняя американская соцсеть на территории Китая, LinkedIn, больше не будет там работать.",
        "2021-10-14",
      ),
    ).toEqual(["linkedin shutdown 2021-10-14→-"]);
    expect(rows("en", "Headline\nYahoo said on Tuesday it had left China.", "2021-11-03")).toEqual([
      "yahoo exit 2021-11-02→-",
    ]);
  });

  it("keeps a parent named apart from its unit as the Chinese party that places the move (ko)", () => {
    expect(
      rows(
        "ko",
        "제목\n화웨이의 반도체 설계 자회사인 하이실리콘의 칩을 위탁 생산해 온 대만 TSMC는 9월 14일 이후에는 화웨이에 제품을 출하하지 않겠다고 밝혔다.",
        "2020-09-16",
      ),
    ).toEqual(["tsmc partnership-cut 2020-09-14→-"]);
  });

  it("reads a Korean 'reportedly will' as hearsay", () => {
    expect(
      rows("ko", "제목\n미국의 구글이 4월10일 중국시장에서 철수할 것으로 알려졌다.", "2010-03-20"),
    ).toEqual([]);
  });

  it("reads leaving as going away, closing or pulling the plug in China, and services no longer reachable (it)", () => {
    expect(rows("it", "Titolo\nYahoo se ne va dalla Cina continentale.", "2021-11-03")).toEqual([
      "yahoo exit 2021-11-03→-",
    ]);
    expect(
      rows(
        "it",
        "Titolo\nIeri Yahoo ha detto che i suoi servizi non sono più accessibili dalla Cina a partire da lunedì 1° novembre.",
        "2021-11-03",
      ),
    ).toEqual(["yahoo exit 2021-11-02→2021-11-01"]);
  });

  it.each([
    ["es", "Yahoo confirmó que sus servicios ya no son accesibles desde China continental."],
    ["fr", "Yahoo a confirmé que ses services n'étaient plus accessibles depuis la Chine."],
    ["zh", "雅虎旗下全部产品和服务自11月1日起已无法在中国大陆访问和使用。"],
    ["vi", "Yahoo rút toàn bộ dịch vụ khỏi Trung Quốc đại lục."],
    ["ru", "Yahoo полностью отключила доступ к своим сервисам из материкового Китая."],
  ])(
    "reads all of a company's services no longer reachable from China as its exit (%s)",
    (language, sentence) => {
      expect(moves(language, sentence, "2021-11-03")).toEqual(["yahoo exit"]);
    },
  );

  it.each([
    ["en", "In July 2018 a court in Fuzhou banned Micron from selling 26 chips in China."],
    ["zh", "2018年7月，福州中级人民法院裁定禁止美光在中国销售26款产品。"],
    [
      "ko",
      "2018년 7월 중국 푸저우 중급인민법원은 마이크론의 중국 법인에 26개 제품의 판매를 금지하는 명령을 내렸다.",
    ],
    [
      "ar",
      "ففي يوليو 2018 أصدرت محكمة في مدينة فوتشو أمراً قضائياً أولياً يمنع شركة ميكرون من بيع 26 منتجاً في الصين.",
    ],
    // German closes the clause with its participle, a dozen words after the court.
    [
      "de",
      "Im Juli 2018 hat ein Gericht in Fuzhou dem Chiphersteller Micron den Verkauf von insgesamt 26 seiner Speicherprodukte in ganz China untersagt.",
    ],
    ["pl", "W lipcu 2018 roku sąd w Fuzhou zakazał Micronowi sprzedaży 26 produktów w Chinach."],
    [
      "tr",
      "Temmuz 2018'de Fuzhou'daki bir mahkeme Micron'un 26 ürününün Çin'de satışını yasakladı.",
    ],
    [
      "ja",
      "2018年7月には福州の裁判所が、マイクロンに対しDRAMやNANDを含む26製品の中国での販売を禁じる仮処分を出した。",
    ],
  ])("reads a Chinese court's ban as a block (%s)", (language, sentence) => {
    expect(rows(language, `Titre\n${sentence}`, "2023-05-22")).toEqual([
      "micron blocked 2018-07→-",
    ]);
  });

  it.each([
    ["en", "In April 2009 Blizzard did not renew its licence with The9 in China."],
    ["fr", "En avril 2009, Blizzard n'avait pas renouvelé la licence de The9 en Chine."],
    ["de", "Im April 2009 verlängerte Blizzard den Vertrag mit The9 in China nicht."],
    ["es", "En abril de 2009 Blizzard no renovó el contrato con The9 en China."],
    ["it", "Nell'aprile 2009 Blizzard non ha rinnovato la licenza con The9 in Cina."],
    ["pt", "Em abril de 2009, a Blizzard não renovou o contrato com a The9 na China."],
  ])(
    "reads a licence or contract not renewed with a Chinese partner as a partnership cut (%s)",
    (language, sentence) => {
      expect(moves(language, sentence, "2022-11-17")).toEqual(["blizzard partnership-cut"]);
    },
  );

  it("reads a sale told from the buyer's side, to a joint venture, or for shares as the seller's divestment", () => {
    const sales = (language: string, text: string) => moves(language, text, "2016-08-02");
    expect(sales("en", "Didi said on Monday it would buy Uber's China business.")).toEqual([
      "uber divestment",
    ]);
    expect(
      sales(
        "vi",
        "Năm 2006, eBay phải chuyển sàn EachNet sang một liên doanh do Tom Online nắm quyền kiểm soát.",
      ),
    ).toEqual(["ebay divestment"]);
    expect(
      sales(
        "zh",
        "2005年8月，雅虎以雅虎中国的全部业务外加10亿美元现金，换取了阿里巴巴约40%的股份。",
      ),
    ).toEqual(["yahoo divestment"]);
  });

  it.each([
    ["en", "In 2005 Yahoo! Inc folded its China business into Alibaba Group."],
    ["it", "Il gruppo Yahoo aveva affidato nel 2005 la gestione di Yahoo China ad Alibaba."],
    ["ja", "ヤフーは2005年には中国事業をアリババ集団に譲り渡した。"],
  ])(
    "reads a China business folded into, entrusted or handed to a local firm as a divestment (%s)",
    (language, sentence) => {
      expect(moves(language, sentence, "2021-11-03")).toEqual(["yahoo divestment"]);
    },
  );

  // The buyer often comes between the verb and what is sold: "céder à son partenaire X ses…".
  it.each([
    ["fr", "Amazon a dû céder à son partenaire local Sinnet ses infrastructures cloud en Chine."],
    ["fr", "Amazon a vendu certains actifs de ses serveurs à Sinnet en Chine."],
    ["es", "Amazon vendió a su socio Sinnet los servidores de su nube en China."],
    ["it", "Amazon ha ceduto al partner locale Sinnet i server della sua regione cloud in Cina."],
    ["pt", "A Amazon vendeu ao parceiro Sinnet os servidores da sua nuvem na China."],
    ["de", "Amazon verkauft seine Server in China an den Partner Sinnet."],
    ["nl", "Amazon verkoopt zijn servers in China aan partner Sinnet."],
  ])(
    "reads selling assets, servers or plants to a local firm as the seller's divestment (%s)",
    (language, sentence) => {
      expect(moves(language, sentence, "2017-11-14")).toEqual(["amazon divestment"]);
    },
  );

  it.each([
    ["zh", "鸿海宣布，将所持晟粤广州48.91%合伙份额全数转让给烟台海秀。"],
    // Traditional forms come from OpenCC, not a list: 給, 額 and 夥 were missing from the old one.
    ["zh", "鴻海宣布，將所持晟粵廣州48.91%合夥份額全數轉讓給煙台海秀。"],
  ])(
    "reads a fund's units handed over as a divestment, in either script (%s)",
    (language, sentence) => {
      expect(moves(language, sentence, "2022-12-22")).toEqual(["foxconn divestment"]);
    },
  );

  it("folds a background retelling of the main move, a day apart, into the main event (zh)", () => {
    const events = extract(
      "zh",
      "台積電斷供海思\n美國出口管制新規今天（15日）正式生效，台積電即日起不再出貨給華為。\n台積電7月16日證實，並表示在9月14日之後不打算繼續出貨給華為。",
      "2020-09-15",
    );
    // Stopping shipments to a Chinese customer ends a supply: a partnership cut.
    expect(events.map((e) => e.row)).toEqual(["tsmc partnership-cut 2020-09-15→2020-09-15"]);
    // The headline alone names HiSilicon; the lead names Huawei.
    expect(events[0]?.draft.companies).toEqual(["tsmc", "hisilicon", "huawei"]);
  });

  it("gives each move of a sentence the date of its own clause (vi, en)", () => {
    expect(
      rows(
        "vi",
        "Tiêu đề\nMSN đóng cửa.\nCác hãng Mỹ lần lượt rút: Google bỏ dịch vụ tìm kiếm ở Trung Quốc từ 2010, Yahoo thì đóng Yahoo Mail Trung Quốc năm 2013.",
        "2014-08-30",
      ),
    ).toEqual(["google shutdown 2010→-", "yahoo shutdown 2013→-"]);
    expect(
      rows(
        "en",
        "Headline\nOn Thursday, Amazon said it would close its Kindle store in China.",
        "2022-06-03",
      ),
    ).toEqual(["amazon shutdown 2022-06-02→-"]);
  });

  it("finds the subject after the verb where the language puts it there (he)", () => {
    expect(
      rows(
        "he",
        "כותרת\nגוגל אישרה ביום שני כי הפסיקה את שירות התרגום בסין.\nאת מנוע החיפוש עצמו הוציאה גוגל מיבשת סין כבר ב-2010, אחרי עימות עם בייג'ינג.\nיש שמקשרים את העיתוי לוועידת המפלגה שתיפתח ב-16 באוקטובר.",
        "2022-10-04",
      ),
    ).toEqual(["google shutdown 2022-10-03→-", "google shutdown 2010→-"]);
  });

  it("does not take a Chinese company's move abroad for a move toward China", () => {
    expect(
      rows(
        "en",
        "Headline\nHuawei stopped selling its phones in the United States on Tuesday.",
        "2020-09-16",
      ),
    ).toEqual([]);
  });

  it("resolves 'the company' to the company that just acted", () => {
    const text =
      "Titre\nAmazon fermera sa librairie Kindle en Chine.\nLa société a déclaré sur WeChat que la librairie fermerait ses portes le 30 juin 2023.";
    expect(rows("fr", text, "2022-06")).toEqual(["amazon shutdown 2022-06→2023-06-30"]);
  });

  it("names the subsidiary, not its parent: LinkedIn, not Microsoft", () => {
    expect(
      rows(
        "fr",
        "Titre\nLinkedIn de Microsoft a fermé la version chinoise de son site Web l'année dernière.",
        "2022-06",
      ),
    ).toEqual(["linkedin shutdown 2021→-"]);
  });

  it("records the countries: China and the company's home", () => {
    const [event] = extract(
      "en",
      "Headline\nZoom stopped direct sales in mainland China on August 3, 2020.",
      "2020-08-04",
    );
    expect(event?.draft.countries).toEqual(["CN", "US"]);
    expect(event?.draft.mainland).toBe(true);
  });
});

describe("dates", () => {
  it("leaves an undated article's move undated rather than take a year from the deck's background", () => {
    expect(
      rows(
        "en",
        "Intel hit by latest Huawei export ban\nThis move follows numerous North American and European bans since 2012.\nThe Commerce Department has revoked Intel's export licenses to sell laptop chips to Huawei.",
      ),
    ).toEqual(["intel sales-halt -→-"]);
  });

  it("reads a month without a year in a later paragraph as past, unless marked as when something starts (nl)", () => {
    const text =
      "Apple haalt nieuwsapps weg\nApple heeft woensdag op verzoek van de Chinese autoriteiten de nieuwsapps van The New York Times uit zijn App Store in China gehaald.\nDe krant reageerde teleurgesteld.\nIn april gingen de iBooks Store en iTunes Movies van Apple in China op zwart.\nVanaf maart sluit Apple ook zijn muziekdienst in China.";
    expect(rows("nl", text, "2017-01-05")).toEqual([
      "apple restriction 2017-01-04→-",
      "apple shutdown 2017-01-04→2017-03",
      "apple blocked 2016-04→-",
    ]);
  });

  // The speech has its day; the move the earlier time told after it.
  it.each([
    [
      "en",
      "Headline\nAudible said on Friday that it had pulled its app from Apple's store in China last month.",
    ],
    [
      "ar",
      "عنوان\nقالت خدمة «أوديبل» يوم الجمعة إنها سحبت تطبيقها من متجر آبل في الصين الشهر الماضي.",
    ],
    [
      "fr",
      "Titre\nAudible a indiqué vendredi avoir retiré son application de la boutique d'Apple en Chine le mois dernier.",
    ],
  ])(
    "dates a move said on one day to have happened earlier by the earlier time (%s)",
    (language, text) => {
      expect(rows(language, text, "2021-10-16")).toEqual(["audible restriction 2021-09→-"]);
    },
  );

  it("takes a date after publication as the effective date", () => {
    expect(
      rows(
        "ar",
        "عنوان\nقالت Zoom يوم الاثنين إنها ستتوقف عن بيع المنتجات مباشرةً إلى العملاء في الصين في 23 أغسطس 2020.",
        "2020-08-03",
      ),
    ).toEqual(["zoom sales-halt 2020-08-03→2020-08-23"]);
  });

  it("takes a date after an effective marker as the effective date", () => {
    expect(
      rows(
        "en",
        "Headline\nYahoo said on Tuesday it had withdrawn from mainland China effective November 1.",
        "2021-11-02",
      ),
    ).toEqual(["yahoo exit 2021-11-02→2021-11-01"]);
  });

  it("completes an event with the effective date the next sentence gives", () => {
    const text =
      "Titre\nJD.com a annoncé aujourd'hui la fin de son partenariat avec Sina Weibo.\nUn autre média donne la date d'expiration comme le 25 septembre.";
    expect(rows("fr", text, "2013-09-12")).toEqual([
      "jd-com partnership-cut 2013-09-12→2013-09-25",
    ]);
  });

  it("leaves an event undated rather than guessing", () => {
    expect(rows("en", "Headline\nYahoo has pulled out of China.", null)).toEqual([
      "yahoo exit -→-",
    ]);
  });
});

describe("one article, one event per move", () => {
  it("takes the story's first present move as the news when the lead reports none it can read", () => {
    const events = rows(
      "ko",
      '중국 "마이크론 제품서 보안 문제 발견"\n중국이 미국 반도체 기업 마이크론의 제품에서 보안 문제가 발견됐다며 주요 인프라 운영자들이 이 제품을 사들이는 일을 막을 방침이라고 밝혔다.\n미국 반도체 기업을 겨냥한 중국의 첫 조치라는 평가가 나온다.\n마이크론은 지난해 중국에서 전체 매출의 11%를 올렸다고 회사 측은 전했다.\nCAC는 "중국의 핵심 정보 시설 운영자는 마이크론의 제품 구매를 중지해야 한다"고 했다.',
      "2023-05-22",
    );
    expect(events).toEqual(["micron blocked 2023-05-22→-"]);
  });

  it("does not make an undated present state the news of an undated article", () => {
    const events = extract(
      "fr",
      "Les réseaux sociaux en Chine\nLa Chine reste un marché à part pour Facebook et Twitter, qui y comptent peu d'utilisateurs.\nLes deux groupes y emploient pourtant des équipes commerciales à Pékin.\nLeurs revenus publicitaires dans le pays restent modestes selon les analystes.\nFacebook comme Twitter y sont bloqués par les autorités chinoises.",
    );
    expect(events.filter((e) => e.draft.primary)).toEqual([]);
  });

  it("merges a company's move and its unit's same move in one article, with the buyer as the other party", () => {
    const events = extract(
      "fr",
      "Amazon cède son cloud chinois\nAmazon a dû céder à son partenaire local Sinnet ses infrastructures en Chine. « AWS a vendu certains actifs de ses serveurs à Sinnet », a dit un porte-parole.",
      "2017-11-14",
    );
    expect(events.map((e) => e.draft.type)).toEqual(["divestment"]);
    expect(events[0]?.draft.counterparty).toBe("Beijing Sinnet Technology");
  });

  it("keeps older moves a headline compares the news with at their own dates (en, fr)", () => {
    expect(
      rows(
        "en",
        "Clubhouse, Facebook and Twitter: all blocked in China now\nChinese authorities blocked the audio app Clubhouse on Monday evening, users said.\nThe app had drawn users from the mainland for days.\nFacebook and Twitter were blocked in China in 2009.",
        "2021-02-09",
      ),
    ).toEqual([
      "clubhouse blocked 2021-02-08→-",
      "twitter blocked 2009→-",
      "facebook blocked 2009→-",
    ]);
    expect(
      rows(
        "fr",
        "Clubhouse, Facebook, Twitter : tous bloqués en Chine\nLes autorités chinoises ont bloqué lundi soir l'application audio Clubhouse, selon des utilisateurs.\nL'application attirait depuis quelques jours des internautes du continent.\nFacebook et Twitter sont bloqués en Chine depuis 2009.",
        "2021-02-09",
      ),
    ).toEqual([
      "clubhouse blocked 2021-02-08→-",
      "twitter blocked 2009→-",
      "facebook blocked 2009→-",
    ]);
  });

  it("merges the headline and the body into one main event", () => {
    const found = extract(
      "fr",
      "Zoom va cesser de vendre directement aux clients chinois\nLes utilisateurs en Chine ne pourront plus acheter de produits directement auprès de Zoom à partir du 23 août.",
      "2020-08",
    );
    expect(found.map((e) => e.row)).toEqual(["zoom sales-halt 2020-08→2020-08-23"]);
    expect(found[0]?.draft.primary).toBe(true);
  });

  it("keeps moves against different sellers apart", () => {
    const text =
      "Tiêu đề\nTháng 6.2021, Amazon đã cấm thêm ba thương hiệu thuộc Sunvalley Group có trụ sở tại Thâm Quyến.\nVài tuần trước đó, Amazon cũng chặn việc đăng sản phẩm từ hai nhà cung cấp Aukey và Mpow.";
    expect(rows("vi", text, "2021")).toEqual([
      "amazon seller-ban 2021-06→-",
      "amazon seller-ban 2021-05~→-",
    ]);
  });
});

describe("stakes sold, told in Turkish and Arabic", () => {
  it.each([
    [
      "tr",
      "HPE, H3C'deki payının tamamını 3,5 milyar dolara Çinli Unisplendour'a satmak için anlaştı.",
    ],
    [
      "tr",
      "HPE, H3C sermayesinin yüzde 30'unu temsil eden hisseleri yaklaşık 2,1 milyar dolar karşılığında Çinli Unisplendour'a satacak.",
    ],
    ["ar", "أعلنت شركة «هيوليت باكارد إنتربرايز» أنها ستبيع حصتها في شركة «إتش 3 سي» الصينية."],
  ])(
    "reads the stake's owner selling it, past long money phrases and genitives (%s)",
    (language, sentence) => {
      expect(moves(language, sentence, "2024-05-26")).toContain("hpe divestment");
    },
  );
});

describe("units spun off", () => {
  it.each([
    [
      "en",
      "Microsoft said on Monday it has spun off XiaoIce, its Chinese chatbot, to be operated as a standalone company.",
    ],
    [
      "de",
      "Microsoft hat am Montag seinen chinesischen Chatbot XiaoIce in China als eigene Firma ausgegliedert.",
    ],
    [
      "fr",
      "Microsoft a annoncé lundi la scission de XiaoIce, son agent conversationnel chinois, en Chine.",
    ],
  ])(
    "reads a unit spun off as a company of its own as the parent's divestment (%s)",
    (language, sentence) => {
      expect(moves(language, sentence, "2020-07-14")).toEqual(["microsoft divestment"]);
    },
  );

  it("reads a China unit that split off from its owner as the owner's divestment (zh)", () => {
    const [event] = extract("zh", "标题\n2018年6月6日,印象笔记宣布从Evernote分拆独立成功。", null);
    expect(event?.row).toBe("yinxiang-biji divestment 2018-06-06→-");
    expect(event?.draft.companies).toContain("evernote");
  });
});

describe("production ended, access barred, stakes sold whole", () => {
  it.each([
    ["en", "Panasonic has stopped making TVs in China, a company source said."],
    ["es", "Panasonic dejó de fabricar televisores en China."],
    ["nl", "Panasonic is gestopt met het maken van televisies in China."],
  ])(
    "reads a company that stopped making things in China as closing production there (%s)",
    (language, sentence) => {
      expect(moves(language, sentence, "2015-02-02")).toEqual(["panasonic shutdown"]);
    },
  );

  it("reads an impersonal ban on access, and a service subjected to blocking, as blocks (ru)", () => {
    expect(moves("ru", "В Китае запретили доступ к WhatsApp.", "2017-09-26")).toEqual([
      "whatsapp blocked",
    ]);
    expect(
      moves("ru", "В июле WhatsApp в Китае уже подвергался частичной блокировке.", "2017-09-26"),
    ).toEqual(["whatsapp blocked"]);
  });

  it("reads the whole stake sold (it)", () => {
    expect(
      moves(
        "it",
        "Expedia ha venduto l'intera partecipazione di eLong, con base a Pechino, a un gruppo cinese.",
        "2015-05-23",
      ),
    ).toEqual(["expedia divestment"]);
  });
});

describe("mainland places named by their pinyin", () => {
  it.each([
    ["en", "Seagate said on Wednesday it had closed its hard-drive plant in Suzhou."],
    ["de", "Seagate hat am Mittwoch sein Werk in Wuxi geschlossen."],
  ])(
    "places a plant in a mainland city in China though the sentence never names China (%s)",
    (language, sentence) => {
      expect(moves(language, sentence, "2017-01-12")).toEqual(["seagate shutdown"]);
    },
  );
});

describe("equity handed over, plants closed amid trade talk", () => {
  it("reads the whole equity of a Chinese unit transferred to a buyer as a divestment, and a private-equity buyer as no stake (en)", () => {
    expect(
      moves(
        "en",
        "Olympus said on Tuesday it will transfer the entire equity of its Shenzhen unit in China to a local firm.",
        "2018-12-26",
      ),
    ).toEqual(["olympus divestment"]);
    expect(
      moves(
        "en",
        "Yahoo, which Verizon sold to the private equity firm Apollo this year, no longer employs anyone in China.",
        "2021-11-02",
      ),
    ).toEqual([]);
  });

  it("does not read 'trade disputes' as merchants: a plant closed amid them is a closure (ar)", () => {
    expect(
      moves(
        "ar",
        "أكدت سوني أن إغلاق مصنعها في الصين لا علاقة له بالخلافات التجارية بين الصين والولايات المتحدة.",
        "2019-03-28",
      ),
    ).toEqual(["sony shutdown"]);
  });
});

describe("sales told from the buyer's side", () => {
  it.each([
    [
      "en",
      "SK Hynix will acquire Intel's NAND memory business, including its plant in Dalian, China.",
    ],
    [
      "he",
      "SK הייניקס הודיעה היום כי חתמה על הסכם לרכישת עסקי זיכרונות ה-NAND של אינטל, כולל המפעל בדאליאן שבסין.",
    ],
    ["ru", "SK Hynix купит бизнес Intel по производству памяти, включая завод в Даляне в Китае."],
  ])(
    "makes the seller named after the phrase the actor, and the foreign buyer before it the party (%s)",
    (language, sentence) => {
      const [found] = extract(language, `Titre\n${sentence}`, "2020-10-20");
      const draft = found?.draft;
      expect(draft?.type).toBe("divestment");
      expect(draft?.companies.slice(0, 2)).toEqual(["intel", "sk-hynix"]);
    },
  );
});

describe("quoted nouns", () => {
  it.each([
    ["en", 'Intel has sold its "memory business, including the Dalian plant in China".'],
    ["es", 'Intel ha vendido su "negocio de memorias, incluida la planta de Dalian, en China".'],
  ])("reads a sale whose object is in quotation marks (%s)", (language, sentence) => {
    expect(moves(language, sentence, "2020-10-20")).toEqual(["intel divestment"]);
  });
});

describe("how far a hedge reaches", () => {
  it("keeps a move asserted before a later clause's hedge, and drops one the hedge governs (en)", () => {
    expect(
      moves(
        "en",
        "Canon will close part of its camera plant in Zhuhai, China, this month, a notice to staff said, with a full shutdown of the 32-year-old site also being considered.",
        "2022-01-15",
      ),
    ).toEqual(["canon shutdown"]);
    expect(
      moves("en", "Canon is considering closing its camera plant in Zhuhai, China.", "2022-01-15"),
    ).toEqual([]);
  });

  it("lets a sentence-final hedge govern the move where the verb comes last (ko)", () => {
    expect(moves("ko", "캐논이 중국 주하이 공장을 폐쇄할 것으로 보인다.", "2022-01-15")).toEqual(
      [],
    );
  });
});

describe("a sentence that opens with a noun and the company's name", () => {
  it("makes the named company act, and a partner named later not the store's owner (pt)", () => {
    expect(
      moves(
        "pt",
        "A japonesa Rakuten anunciou nesta sexta-feira que vai fechar o Lekutian, o shopping virtual que mantinha na China em parceria com o Baidu.",
        "2012-04-20",
      ),
    ).toEqual(["rakuten shutdown"]);
  });

  it.each([
    [
      "es",
      "Nikon cierra su fábrica de Wuxi\nNikon cerró el lunes su fábrica de Wuxi. En enero de 2017, el fabricante estadounidense de discos duros Seagate clausuró su fábrica de Suzhou.",
    ],
    [
      "en",
      "Nikon closes Wuxi plant\nNikon closed its Wuxi plant on Monday. In January 2017 the US hard-drive maker Seagate shut its Suzhou factory.",
    ],
    [
      "fr",
      "Nikon ferme son usine de Wuxi\nNikon a fermé lundi son usine de Wuxi. En janvier 2017, le fabricant américain de disques durs Seagate a fermé son usine de Suzhou.",
    ],
  ])(
    "gives a move to the name a noun leads up to, not to the company told of before (%s)",
    (language, text) => {
      const found = rows(language, text, "2018-05-09").map((r) =>
        r.split(" ").slice(0, 2).join(" "),
      );
      expect(found).toContain("seagate shutdown");
      expect(found.filter((r) => r === "nikon shutdown")).toHaveLength(1);
    },
  );

  it("still reads 'the company' alone as the company the text was telling of (fr)", () => {
    expect(
      rows(
        "fr",
        "Titre\nUber a annoncé lundi une décision. La société a fermé son application en Chine.",
        "2016-08-02",
      ).map((r) => r.split(" ").slice(0, 2).join(" ")),
    ).toEqual(["uber shutdown"]);
  });
});

describe("China as where production moves to", () => {
  it.each([
    [
      "en",
      "Panasonic said on Monday it would close its freezer plant in Chachoengsao and move production to China.",
    ],
    ["es", "Panasonic cerrará su planta de Tailandia para trasladar la producción a China."],
    ["th", "พานาโซนิคจะปิดโรงงานเพื่อย้ายฐานการผลิตไปที่ประเทศจีน"],
  ])(
    "reads no pull-back from China into a plant closed elsewhere to move there (%s)",
    (language, sentence) => {
      expect(moves(language, sentence, "2021-04-12")).toEqual([]);
    },
  );

  it("still reads a plant closed in China as its closure (en)", () => {
    expect(
      moves(
        "en",
        "Panasonic will close its plant in Suzhou, China, and move production to Vietnam.",
        "2021-04-12",
      ),
    ).toEqual(["panasonic shutdown"]);
  });
});

describe("letters of intent", () => {
  it.each([
    [
      "en",
      "BOE and CSOT sent letters of intent to buy LG Display's LCD plant in Guangzhou, China.",
    ],
    [
      "ko",
      "BOE와 CSOT가 LG디스플레이의 중국 광저우 공장 인수를 위해 인수의향서를 보냈다는 보도에 대한 해명 공시다.",
    ],
  ])(
    "reads no sale into a letter of intent or a filing that clarifies a report (%s)",
    (language, sentence) => {
      expect(moves(language, sentence, "2024-08-01")).toEqual([]);
    },
  );
});

describe("a foreign company's unit seated in China", () => {
  it("reads its move as the owner's, and names the owner with it (zh, en)", () => {
    const [zh] = extract(
      "zh",
      "标题\n2015年1月，印象笔记在中国暂时关闭了公开笔记功能。",
      "2018-06-06",
    );
    expect(zh?.row).toBe("yinxiang-biji restriction 2015-01→-");
    expect(zh?.draft.companies).toEqual(["yinxiang-biji", "evernote"]);
    const [en] = extract(
      "en",
      "Headline\nMicrosoft Research Asia closed its Shanghai lab in China in May 2025.",
      "2025-06-01",
    );
    expect(en?.draft.companies).toEqual(["msra", "microsoft"]);
  });
});

describe("a company's stated plan", () => {
  it.each([
    ["en", "Amazon plans to close its online store in China in July."],
    ["ar", "تخطط أمازون لإغلاق متجرها للبيع عبر الإنترنت في الصين في يوليو."],
    ["pl", "Amazon planuje zamknąć swój sklep internetowy w Chinach w lipcu."],
    ["de", "Amazon plant, seinen Onlineshop in China im Juli zu schließen."],
    ["he", "אמזון מתכננת לסגור את החנות המקוונת שלה בסין ביולי."],
  ])("is an announced move, as in English (%s)", (language, sentence) => {
    expect(moves(language, sentence, "2019-04-18")).toEqual(["amazon shutdown"]);
  });

  it.each([
    ["en", "Amazon is considering closing its online store in China."],
    ["ar", "تدرس أمازون إغلاق متجرها للبيع عبر الإنترنت في الصين."],
    ["pl", "Amazon rozważa zamknięcie swojego sklepu internetowego w Chinach."],
    ["de", "Amazon wolle seinen Onlineshop in China schließen, berichten Insider."],
  ])("while weighing it, or hearsay of it, is not (%s)", (language, sentence) => {
    expect(moves(language, sentence, "2019-04-18")).toEqual([]);
  });
});

describe("an option switched off, a service blacklisted", () => {
  it.each([
    ["fr", "Apple a désactivé l'option « Tout le monde » pour les utilisateurs en Chine."],
    ["en", "Apple disabled the Everyone option for its users in China."],
    ["de", "Apple hat die Option „Für alle“ für Nutzer in China deaktiviert."],
    ["es", "Apple desactivó la opción «Todos» para los usuarios en China."],
    ["it", "Apple ha disattivato l'opzione «Tutti» per gli utenti in Cina."],
    ["pt", "A Apple desativou a opção «Todos» para os usuários na China."],
  ])("reads an option switched off as a restriction (%s)", (language, sentence) => {
    expect(moves(language, sentence, "2022-11-10")).toEqual(["apple restriction"]);
  });

  it.each([
    ["de", "Die chinesischen Behörden haben Skype auf ihre schwarze Liste gesetzt."],
    ["en", "Chinese authorities have blacklisted Skype."],
  ])("reads authorities blacklisting a service as a block (%s)", (language, sentence) => {
    expect(moves(language, sentence, "2017-11-22")).toEqual(["skype blocked"]);
  });
});

describe("a share or the control of a unit sold", () => {
  it.each([
    ["es", "ARM venderá el 51% de su filial china a un consorcio de inversores."],
    ["es", "ARM cede el control de su negocio en China a un grupo de inversores locales."],
    ["it", "ARM cederà il 51% della sua controllata cinese a un consorzio di investitori."],
    ["pt", "A ARM venderá 51% da sua subsidiária chinesa a um consórcio de investidores."],
    ["fr", "ARM cède le contrôle de sa filiale chinoise à des investisseurs locaux."],
    ["de", "ARM verkauft 51 Prozent seiner chinesischen Tochter an Investoren."],
  ])("reads it as a divestment (%s)", (language, sentence) => {
    expect(moves(language, sentence, "2018-06-05")).toEqual(["arm divestment"]);
  });

  it("does not read more units sold as a share sold (de)", () => {
    expect(moves("de", "Apple verkaufte 5 Prozent mehr iPhones in China.", "2018-06-05")).toEqual(
      [],
    );
  });
});

describe("apps removed from a store, with a long object between", () => {
  it("does not read an app pulled from China's store as a company leaving China (en)", () => {
    expect(
      moves(
        "en",
        "Nostr client Damus, one of the Twitter alternatives, was pulled from China's App Store on Thursday.",
        "2023-02-03",
      ),
    ).toEqual([]);
    expect(
      moves("en", "Yahoo said on Thursday it had pulled out of China's market.", "2021-11-03"),
    ).toEqual(["yahoo exit"]);
  });

  it.each([
    [
      "fr",
      "Apple a retiré mardi plus d'une centaine d'applications proposant des services d'intelligence artificielle générative de l'App Store chinois.",
    ],
    [
      "en",
      "Apple removed more than 100 apps offering ChatGPT-style generative AI services from its China App Store on Tuesday.",
    ],
    [
      "th",
      "Apple ถอดแอปพลิเคชันที่ให้บริการปัญญาประดิษฐ์เชิงสร้างสรรค์ (Generative AI) และแชตบอตแนว ChatGPT มากกว่า 100 แอปออกจาก App Store ในจีน",
    ],
    [
      "es",
      "Apple retiró el martes más de un centenar de aplicaciones que ofrecían servicios de inteligencia artificial generativa de su App Store en China.",
    ],
    [
      "it",
      "Apple ha rimosso martedì più di cento applicazioni che offrivano servizi di intelligenza artificiale generativa dal suo App Store cinese.",
    ],
    [
      "pt",
      "A Apple removeu na terça-feira mais de cem aplicativos que ofereciam serviços de inteligência artificial generativa da sua App Store na China.",
    ],
    [
      "ru",
      "Apple во вторник удалила более ста приложений с сервисами генеративного искусственного интеллекта из китайского App Store.",
    ],
    [
      "ko",
      "애플은 화요일 생성형 인공지능 서비스를 제공하는 앱 100여 개를 중국 앱스토어에서 삭제했다.",
    ],
    [
      "ar",
      "أزالت أبل يوم الثلاثاء أكثر من مئة تطبيق تقدم خدمات الذكاء الاصطناعي التوليدي من متجر التطبيقات في الصين.",
    ],
    [
      "id",
      "Apple pada hari Selasa menghapus lebih dari 100 aplikasi yang menawarkan layanan kecerdasan buatan generatif dari App Store China.",
    ],
  ])("reads the removal as a restriction (%s)", (language, sentence) => {
    expect(moves(language, sentence, "2023-08-02")).toEqual(["apple restriction"]);
  });
});

describe("sellers blocked on a platform", () => {
  it.each([
    [
      "it",
      "Sono più di 600 i marchi cinesi venduti su Amazon da oltre 3.000 venditori e bloccati dai responsabili dell'azienda in Cina.",
    ],
    ["en", "Amazon said 3,000 Chinese sellers were blocked from its marketplace in China."],
  ])("reads it as a seller ban, not a government's block (%s)", (language, sentence) => {
    expect(moves(language, sentence, "2021-09-21")).toEqual(["amazon seller-ban"]);
  });
});

describe("the Chinese state named by its country", () => {
  it.each([
    ["en", "China has banned the use of Windows 8 on new government computers."],
    [
      "fr",
      "La Chine a interdit l'utilisation de Windows 8 sur les nouveaux ordinateurs du gouvernement.",
    ],
    [
      "es",
      "China ha anunciado que prohibirá el uso del sistema operativo Windows 8 en las nuevas computadoras del gobierno.",
    ],
    ["pt", "A China proibiu o uso do Windows 8 nos novos computadores do governo."],
  ])("blocks a product when China bans it (%s)", (language, sentence) => {
    expect(moves(language, sentence, "2014-05-20")).toEqual(["microsoft blocked"]);
  });
});

describe("apps a store's owner takes down under pressure", () => {
  it("reads the owner named before the authorities as restricting its store (de)", () => {
    const [event] = extract(
      "de",
      "Titel\nApple kommt dem Druck chinesischer Behörden nach, VPN-Anwendungen aus dem App-Store zu entfernen.",
      "2017-07-30",
    );
    expect(event?.row).toBe("apple restriction 2017-07-30→-");
    expect(event?.draft.what).toBe("app store listings");
  });

  it("keeps authorities that order the removal as the ones who block (en)", () => {
    expect(
      moves(
        "en",
        "Chinese authorities ordered Apple to remove the apps from its App Store in China.",
        "2017-07-30",
      ),
    ).toEqual(["apple blocked"]);
  });
});

describe("products dropped from the state's procurement list", () => {
  it.each([
    ["en", "Cisco's products were dropped from the Chinese government's procurement list."],
    ["de", "Das zentrale Beschaffungsamt in China hat sämtliche Cisco-Produkte gestrichen."],
    ["fr", "Cisco a été retiré de la liste des achats publics en Chine."],
    ["es", "Cisco fue excluida de la lista de compras públicas de China."],
    ["ru", "Cisco исключили из списка госзакупок Китая."],
    ["ar", "استبعدت هيئة المشتريات الحكومية في الصين منتجات سيسكو من قائمة الموردين المعتمدين."],
    ["zh", "思科的产品已从中国政府采购清单中消失。"],
    ["ja", "シスコの製品が中国の政府調達リストから除外された。"],
    ["ko", "시스코 제품이 중국 정부 조달 목록에서 제외됐다."],
  ])("reads it as a block by the state (%s)", (language, sentence) => {
    expect(moves(language, sentence, "2015-02-26")).toEqual(["cisco blocked"]);
  });

  it("does not read a list of products sold as a block (en)", () => {
    expect(
      moves("en", "Cisco removed three old routers from its price list in China.", "2015-02-26"),
    ).toEqual([]);
  });
});

describe("a party the gazetteer does not know, marked as a company", () => {
  it.each([
    ["en", "Apple ended its partnership with the Chinese firm Zhixin in China.", "Zhixin"],
    ["zh", "苹果公司宣布终止与长城数码公司在中国的合作。", "长城数码"],
    ["ja", "アップルは中国のチャンチョン株式会社との提携を打ち切った。", "チャンチョン"],
  ])("is recorded as the move's counterparty (%s)", (language, sentence, party) => {
    const [event] = extract(language, `Titre\n${sentence}`, "2020-01-01");
    expect(event?.draft.counterparty).toBe(party);
  });

  it("records no party where the marker names no one (en)", () => {
    const [event] = extract(
      "en",
      "Headline\nApple ended a partnership in China, the company said.",
      "2020-01-01",
    );
    expect(event?.draft.counterparty).toBeNull();
  });
});

describe("a company ordered by the state, in the passive", () => {
  it.each([
    ["en", "Bing has been ordered to suspend its auto-suggest feature in mainland China."],
    ["fr", "Microsoft a reçu l'ordre de suspendre sa fonction de suggestion automatique en Chine."],
    ["de", "Microsoft wurde angewiesen, die Vorschlagsfunktion in China abzuschalten."],
    ["es", "Microsoft recibió la orden de suspender su función de autocompletado en China."],
    ["it", "Microsoft ha ricevuto l'ordine di sospendere la funzione di suggerimento in Cina."],
    ["pt", "A Microsoft recebeu ordem para suspender a função de sugestão automática na China."],
  ])("reads the order as a block (%s)", (language, sentence) => {
    expect(moves(language, sentence, "2021-12-17").map((m) => m.split(" ")[1])).toEqual([
      "blocked",
    ]);
  });

  it("does not read staff asked to look for new jobs as a block (de)", () => {
    expect(
      moves(
        "de",
        "Die Belegschaft in China wurde aufgefordert, sich selbst nach neuen Stellen umzusehen, sagte GlobalFoundries.",
        "2020-05-20",
      ),
    ).toEqual([]);
  });
});
