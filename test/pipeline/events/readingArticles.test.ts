import { describe, expect, it } from "vitest";
import { articleRows, readArticleDrafts } from "../../support/readArticleDrafts.ts";
import { lexiconFor } from "../../../src/pipeline/mentions/lexiconFor.ts";
import { layoutArticle } from "../../../src/pipeline/read/articleLayout.ts";

// Articles written for these tests, in the shape real pages have: a kicker, a headline, a lead
// with a relative day, and background paragraphs full of older dated moves.
const read = readArticleDrafts;
const rows = articleRows;

describe("the main event takes no date from the background", () => {
  it("dates a 2021 exit from its lead, not from the 2013 closure the article recalls (en)", () => {
    const text = [
      "TECH | ASIA",
      "Yahoo pulls out of mainland China",
      "Yahoo said on Tuesday it had withdrawn from mainland China, citing a harder business and legal climate.",
      "The company has been shrinking there for years. In 2013 Yahoo closed its mail service in China.",
    ].join("\n\n");
    expect(rows("en", text, "2021-11-03")).toEqual([
      "main yahoo exit 2021-11-02→-",
      "past yahoo shutdown 2013→-",
    ]);
  });

  it("keeps the older move a passing mention with its own year (fr)", () => {
    const text = [
      "Économie > Numérique",
      "Yahoo quitte la Chine continentale",
      "Yahoo a annoncé mardi qu'il se retirait de la Chine continentale.",
      "Le groupe avait déjà fermé son service de messagerie en Chine en 2013.",
    ].join("\n\n");
    expect(rows("fr", text, "2021-11-03")).toEqual([
      "main yahoo exit 2021-11-02→-",
      "past yahoo shutdown 2013→-",
    ]);
  });

  it("reads a pluperfect with an earlier month as background, even in the lead (en)", () => {
    const text = [
      "Zoom stops direct sales in China",
      "Zoom said on Monday it would stop selling directly to customers in China.",
      "Zoom had already restricted sign-ups for free accounts in China last April.",
    ].join("\n\n");
    const found = read("en", text, "2020-08-04");
    expect(found.find((d) => d.type === "restriction")).toMatchObject({
      primary: false,
      date: "2020-04",
    });
    expect(found.find((d) => d.type === "sales-halt")).toMatchObject({
      primary: true,
      date: "2020-08-03",
    });
  });
});

describe("news time", () => {
  it("does not date the news by a figure's year in the lead, and reads a person's stake sold as no move (en)", () => {
    const text = [
      "Apple puts money into Didi",
      "Apple has invested $1 billion in Chinese ride-hailing company Didi Chuxing, Reuters reports.",
      "Apple's sales in China fell in the second quarter of 2016, and one investor sold his entire stake in the company.",
    ].join("\n\n");
    expect(rows("en", text, "2016-05-13")).toEqual(["main apple other 2016-05-13→-"]);
  });

  it("reads '3일 업계에 따르면' as the day of the report and dates the block from '지난 1일부터' (ko)", () => {
    const text = [
      "중국서 카카오톡 먹통",
      "중국에서 카카오톡의 서비스 접속이 이뤄지지 않고 있다.",
      "3일 관련 업계에 따르면, 지난 1일 오후부터 메신저 서비스의 접속이 일부 차단된 상태다.",
    ].join("\n\n");
    expect(rows("ko", text, "2014-07-03")).toEqual(["main kakaotalk blocked 2014-07-01→-"]);
  });

  it("gives a main event reported with no time the publication date, at its precision", () => {
    expect(
      rows("en", "Headline words here now\n\nYahoo has pulled out of China.", "2021-11"),
    ).toEqual(["main yahoo exit 2021-11→-"]);
  });

  it("leaves the main event undated when no year is known anywhere", () => {
    expect(
      rows("en", "Yahoo pulls out of China\n\nYahoo said on Tuesday it had left China.", null),
    ).toEqual(["main yahoo exit -→-"]);
  });

  it("resolves '本周二' and '昨日' against the publication date (zh, ja)", () => {
    expect(
      rows(
        "zh",
        "新闻标题在这里写得比较长一些\n\n雅虎本周二宣布退出中国大陆市场。",
        "2021-11-04",
      )[0],
    ).toBe("main yahoo exit 2021-11-02→-");
    expect(
      rows(
        "ja",
        "米ヤフー、中国から撤退を発表\n\n米ヤフーは昨日、中国から撤退したと発表した。",
        "2021-11-03",
      )[0],
    ).toBe("main yahoo exit 2021-11-02→-");
  });

  it("resolves 'يوم الاثنين' and takes 'اعتبارا من' as the effective date (ar)", () => {
    const text =
      "زووم توقف البيع المباشر في الصين\n\nقالت زووم يوم الاثنين إنها ستتوقف عن بيع خدماتها مباشرة للعملاء في الصين اعتبارا من 23 أغسطس.";
    expect(rows("ar", text, "2020-08-04")[0]).toBe("main zoom sales-halt 2020-08-03→2020-08-23");
  });

  it("takes 'à partir du' and 'ab dem' as the effective date (fr, de)", () => {
    expect(
      rows(
        "fr",
        "Zoom cesse de vendre directement en Chine\n\nZoom cessera de vendre directement aux clients chinois à partir du 23 août.",
        "2020-08-04",
      )[0],
    ).toBe("main zoom sales-halt 2020-08-04→2020-08-23");
    expect(
      rows(
        "de",
        "Zoom stoppt Direktverkauf in China\n\nZoom stellt den Direktverkauf an Kunden in China ab dem 23. August ein.",
        "2020-08-04",
      )[0],
    ).toBe("main zoom sales-halt 2020-08-04→2020-08-23");
  });

  it("records why each date is what it is", () => {
    const [event] = read(
      "en",
      "Yahoo pulls out of China\n\nYahoo said on Tuesday it had left mainland China.",
      "2021-11-03",
    );
    expect(event?.basis.date).toBe("'Tuesday' in the lead; published 2021-11-03");
    const [undated] = read(
      "en",
      "Headline words here now\n\nYahoo has pulled out of China.",
      "2021-11",
    );
    expect(undated?.basis.date).toBe("reported with no other time; published 2021-11");
  });

  it("does not take the dateline for the event's date", () => {
    const text =
      "Google cuts off Huawei\n\nSAN FRANCISCO, May 20, 2019 – Google has stopped any dealings with Huawei, a person familiar with the decision said on Sunday.";
    expect(rows("en", text, "2019-05-20")[0]).toBe("main google partnership-cut 2019-05-19→-");
  });
});

describe("the lead tells the main story", () => {
  it("reads 'the EMS giant' in the lead as the headline's subject, not the product it names (en)", () => {
    const text = [
      "Pegatron’s iPhone assembly plant gets a new owner",
      "The Taiwanese EMS giant said on Friday it would sell two of its Chinese subsidiaries to a local rival.",
      "The buyer, Luxshare, already makes cables for the phone.",
    ].join("\n\n");
    expect(rows("en", text, "2023-02-18")).toEqual(["main pegatron divestment 2023-02-17→-"]);
  });

  it("takes the headline past kickers, cookie banners and breadcrumbs", () => {
    const { lexicon } = lexiconFor("en");
    const layout = layoutArticle(
      [
        "We use cookies to improve your experience. [Accept all] [Manage settings]",
        "THE MARKET LEDGER",
        "Home > Tech > Chips",
        "US tells Nvidia to stop selling its top AI chips to China",
        "By Karen Lowell",
        "Nvidia said on Wednesday it had been told to stop exporting two chips to China.",
      ].join("\n"),
      [lexicon],
    );
    expect(layout.headline).toBe("US tells Nvidia to stop selling its top AI chips to China");
  });

  it("keeps a headline that opens with a share-button word (ko)", () => {
    const { lexicon } = lexiconFor("ko");
    const layout = layoutArticle(
      "IT신문 | 모바일 · 인터넷 | 기사입력 2014년 07월 03일 15:20\n카카오톡, 中서 사흘째 먹통 라인은 전면 불통\n본문.",
      [lexicon],
    );
    expect(layout.headline).toBe("카카오톡, 中서 사흘째 먹통 라인은 전면 불통");
  });

  it("lets the lead's precise move replace the headline's loose one (es)", () => {
    const text =
      "Google Traductor se despide de China\n\nGoogle ha confirmado este lunes que ha dejado de ofrecer su servicio de traducción en la China continental.";
    expect(rows("es", text, "2022-10-03")).toEqual(["main google shutdown 2022-10-03→-"]);
  });

  it("gives one event to each company of a listed subject (en)", () => {
    const text =
      "Chipmakers follow Google\n\nA long first sentence of the lead that says nothing at all about the matter.\n\nAnother filler sentence in the lead with plenty of words in it too.\n\nAnother one, so that the next paragraph is the story and not the lead.\n\nOn Monday, Intel, Qualcomm and Broadcom told employees they will not supply Huawei until further notice.";
    expect(rows("en", text, "2019-05-20").sort()).toEqual([
      "past broadcom partnership-cut 2019-05-20→-",
      "past intel partnership-cut 2019-05-20→-",
      "past qualcomm partnership-cut 2019-05-20→-",
    ]);
  });

  it("makes the foreign company the actor of a cut, not the Chinese party nearer the verb", () => {
    expect(
      rows(
        "en",
        "Chips in the trade war now\n\nGoogle, a partner of Huawei, has stopped any dealings with the Chinese group.",
        "2019-05-22",
      ),
    ).toEqual(["main google partnership-cut 2019-05-22→-"]);
  });

  it("drops a passing mention that cannot be placed in time (id)", () => {
    const text = [
      "Aplikasi Signal diblokir di China",
      "Aplikasi Signal tidak dapat diakses di China sejak Selasa.",
      "Penjelasan yang panjang dan tidak relevan untuk berita utama di sini.",
      "Paragraf pengisi lain yang cukup panjang untuk keluar dari bagian awal berita.",
      "Facebook dan Twitter sudah lama diblokir di China.",
    ].join("\n\n");
    const found = rows("id", text, "2021-03-17");
    expect(found.filter((r) => r.startsWith("past"))).toEqual([]);
    expect(found.some((r) => r.startsWith("main signal blocked 2021-03-16"))).toBe(true);
  });

  it("reads the lead's second report of the same move as when it took effect", () => {
    const text = [
      "Google Translate goes dark in mainland China",
      "Google confirmed on Monday that it had shut down its translation service in mainland China.",
      "Google shut down the website for users in China on Saturday, users said.",
    ].join("\n\n");
    expect(rows("en", text, "2022-10-04")).toEqual(["main google shutdown 2022-10-03→2022-10-01"]);
  });

  it("makes the foreign company the actor of a closure, with a Chinese partner named nearer", () => {
    const text =
      "Games go dark in China next year\n\nBlizzard, whose licence with NetEase ends in January, will shut down its games in China.";
    expect(rows("en", text, "2022-11-17").map((r) => r.split(" ").slice(0, 3).join(" "))).toEqual([
      "main blizzard shutdown",
    ]);
  });

  it("reads no exit into an entry that recalls one (en)", () => {
    const text =
      "Back in the Chinese market after years\n\nLinkedIn said on Monday it would launch a new app in China, two years after it shut down its social network there.";
    expect(rows("en", text, "2023-05-09").filter((r) => r.startsWith("main"))).toEqual([]);
  });

  it("reads a launch the text dates as describing what closes, not as background (ko, en)", () => {
    expect(
      rows(
        "ko",
        "구글이 중국에서 5년 전 출시한 번역 앱 서비스를 중단키로 했다.\n\n더 많은 내용.",
        "2022-10-03",
      ),
    ).toEqual(["main google shutdown 2022-10-03→-"]);
    expect(
      rows(
        "en",
        "Google closes translation app\n\nGoogle said on Monday it had shut its translation app, launched in China in 2017.",
        "2022-10-04",
      ),
    ).toEqual(["main google shutdown 2022-10-03→-"]);
  });

  it("gives a closure the lead dates without naming anyone to the story's company (es), not a law (ja)", () => {
    expect(
      rows(
        "es",
        "Fortnite se despide\n\nEpic Games ha puesto fecha de caducidad a Fortnite en China. Desde este lunes ya no es posible descargar el juego en el país, y el 15 de noviembre se apagarán los servidores.",
        "2021-11-02",
      ),
    ).toEqual(["main epic-games shutdown 2021-11-01→2021-11-15"]);
    expect(
      rows(
        "ja",
        "米ヤフー、中国撤退\n\n米ヤフーは昨日、中国本土でのサービス提供を11月1日から停止したと発表した。中国では11月1日、個人情報の国外への移転を厳しく制限する法律が施行された。",
        "2021-11-03",
      ),
    ).toEqual(["main yahoo exit 2021-11-02→2021-11-01"]);
  });

  it("keeps a pluperfect lead sentence in the background when nothing dates the article (ar)", () => {
    const text =
      "ياهو تغلق مكتبها في بكين\n\nأغلقت شركة ياهو مكتبها في بكين.\n\nوكان محرك البحث «جوجل» قد أعلن انسحابه من الصين في 2010.";
    expect(rows("ar", text, null)).toEqual(["main yahoo shutdown -→-", "past google exit 2010→-"]);
  });

  it("gives a dated closure with no subject to the last company, where the language drops subjects (ja)", () => {
    const text =
      "米ヤフー、中国撤退\n\n米ヤフーは昨日、中国本土でのサービス提供を11月1日から停止したと発表した。\n\n同社の中国事業は長く縮小してきた。中国は巨大な市場だ。成長は続く。\n\n2013年には中国向けの電子メールサービスを終了した。";
    expect(rows("ja", text, "2021-11-03")).toEqual([
      "main yahoo exit 2021-11-02→2021-11-01",
      "past yahoo shutdown 2013→-",
    ]);
  });

  it("does not make the precedent a deck compares the news with into a main event (it, en)", () => {
    expect(
      rows(
        "it",
        "Yahoo chiude in Cina\n\nDopo LinkedIn, un altro marchio storico della Silicon Valley stacca la spina nel Paese del Dragone.\n\nYahoo se ne va dalla Cina continentale, ha confermato ieri un portavoce.",
        "2021-11-03",
      ).filter((r) => r.startsWith("main")),
    ).toEqual(["main yahoo exit 2021-11-02→-"]);
    expect(
      rows(
        "en",
        "Another one goes\n\nAfter LinkedIn, another US brand pulled the plug in China on Tuesday.",
        "2021-11-03",
      ).filter((r) => r.includes("linkedin")),
    ).toEqual([]);
  });

  it("lets the lead lean on China named in the headline (es)", () => {
    const text =
      "Intel renuncia a Tower tras el silencio de Pekín\n\nIntel ha renunciado este miércoles a comprar el fabricante israelí Tower Semiconductor.";
    expect(rows("es", text, "2023-08-17")).toEqual(["main intel other 2023-08-16→-"]);
  });

  it("does not read a company's home country as the market it leaves (de)", () => {
    expect(
      rows(
        "de",
        "Reiseportale im Wandel der Zeit\n\nDer US-Konzern Priceline hat sich im August 2014 an Ctrip beteiligt.",
        "2015-05-22",
      ),
    ).toEqual(["past priceline other 2014-08→-"]);
  });
});

describe("reading past the lead", () => {
  it("lists no move for services told as already shut out, with no time at all (hi, en)", () => {
    const hi = [
      "भारत ने 59 चीनी ऐप्स पर रोक लगाई",
      "सरकार ने सोमवार को टिकटॉक समेत 59 चीनी ऐप्स पर पाबंदी लगा दी।",
      "मंत्रालय ने कहा कि ये ऐप्स देश की संप्रभुता के लिए खतरा हैं।",
      "कई उपयोगकर्ताओं ने सोशल मीडिया पर इस फैसले पर प्रतिक्रिया दी।",
      "गौरतलब है कि चीन में गूगल और फेसबुक जैसी अमेरिकी सेवाएं पहले से ही बंद हैं।",
    ].join("\n\n");
    expect(rows("hi", hi, null)).toEqual([]);
    const en = [
      "Zoom stops selling directly in China",
      "Zoom said on Monday it would stop selling directly to customers in China.",
      "The company gave no reason for the change.",
      "Analysts said the move would hit few customers.",
      "Facebook and Twitter had already been blocked in China.",
      "Google had already closed its search engine in China in 2010.",
    ].join("\n\n");
    expect(rows("en", en, null)).toEqual([
      "main zoom sales-halt -→-",
      "past google shutdown 2010→-",
    ]);
  });

  it("completes a move only with a follow-up told near it, not with another country's law (en)", () => {
    const near = [
      "Apple to close its Shanghai office",
      "Apple said on Monday it would close its office in Shanghai, China.",
      "The closure takes effect on 30 June.",
    ].join("\n\n");
    expect(rows("en", near, "2025-05-06")).toEqual(["main apple shutdown 2025-05-05→2025-06-30"]);
    const far = [
      "Apple to close its Shanghai office",
      "Apple said on Monday it would close its office in Shanghai, China.",
      "The office opened in 2012 and employed about 200 people.",
      "Analysts said the market had become harder for foreign brands.",
      "The closure takes effect on 1 September.",
    ].join("\n\n");
    expect(rows("en", far, "2025-05-06")).toEqual(["main apple shutdown 2025-05-05→-"]);
    const abroad = [
      "Apple to close its Shanghai office",
      "Apple said on Monday it would close its office in Shanghai, China.",
      "In Russia, meanwhile, a law banning such services takes effect on 1 September.",
    ].join("\n\n");
    expect(rows("en", abroad, "2025-05-06")).toEqual(["main apple shutdown 2025-05-05→-"]);
    const rule = [
      "Apple toglie un'app in Cina",
      "Apple ha ritirato l'app di 1Blocker dall'App Store in Cina.",
      "Dal 2015 il governo richiede agli sviluppatori una licenza del ministero.",
    ].join("\n\n");
    expect(rows("it", rule, null)).toEqual(["main apple restriction -→-"]);
  });

  it("makes the company a sale goes to its buyer, not its seller, where the seller goes unnamed (en, es)", () => {
    const en = [
      "Intel leaves the memory business",
      "Intel said on Tuesday it would leave the memory chip business.",
      "It agreed to sell its NAND unit, including its plant in Dalian, China, to South Korea's SK Hynix for $9 billion.",
    ].join("\n\n");
    expect(read("en", en, "2020-10-21").map((d) => d.companies.slice(0, 2).join(">"))).toContain(
      "intel>sk-hynix",
    );
    const es = [
      "Intel deja la memoria",
      "Intel informó el martes de sus resultados trimestrales.",
      "En octubre de 2020 acordó vender su negocio de memorias, incluida la fábrica de Dalian, en China, a la surcoreana SK hynix por 9.000 millones de dólares.",
    ].join("\n\n");
    expect(rows("es", es, "2023-08-16")).toContain("past intel divestment 2020-10→-");
  });

  it("keeps a story in China when the sentence before names Hong Kong beside the mainland (es)", () => {
    const text = [
      "Google cierra su traductor en China",
      "Google confirmó el lunes que dejó de ofrecer su traductor en China continental.",
      "La empresa explicó que el servicio tenía poco uso y no dio más detalles.",
      "Los usuarios llevaban días notando fallos en la aplicación.",
      "En 2010 Google cerró su buscador para China continental y redirigió google.cn a su versión de Hong Kong. Desde entonces, las autoridades han ido cortando el acceso a otros productos; Gmail, por ejemplo, quedó prácticamente inaccesible a finales de 2014.",
    ].join("\n\n");
    expect(rows("es", text, "2022-10-03")).toContain("past google blocked 2014~→-");
  });

  it("reads a plant's production ending as its closure (ru, vi, en), but not production scaled down (vi)", () => {
    expect(
      rows(
        "ru",
        "Olympus закрывает завод в Китае\n\nЯпонская компания Olympus в понедельник объявила о закрытии своего китайского производства в Шэньчжэне.",
        "2018-05-08",
      ),
    ).toEqual(["main olympus shutdown 2018-05-07→-"]);
    expect(
      rows(
        "vi",
        "Olympus rời Trung Quốc\n\nHãng máy ảnh Olympus hôm thứ Hai đã ngừng hoạt động sản xuất tại Trung Quốc.",
        "2018-05-08",
      ),
    ).toEqual(["main olympus shutdown 2018-05-07→-"]);
    expect(
      rows(
        "en",
        "Nikon to end camera production in China\n\nNikon said on Monday it would end production at its camera plant in Wuxi, China.",
        "2017-10-31",
      ),
    ).toEqual(["main nikon shutdown 2017-10-30→-"]);
    const scaled = [
      "Seagate cắt giảm",
      "Seagate báo cáo doanh thu quý hôm thứ Hai.",
      "Công ty cho biết sẽ thu hẹp quy mô sản xuất toàn cầu, kể cả tại Trung Quốc.",
    ].join("\n\n");
    expect(rows("vi", scaled, "2017-01-12")).toEqual([]);
  });

  it("reads a month after a dated one in the same sentence from that date (pl, en)", () => {
    const pl = [
      "Toshiba zamyka fabrykę w Dalian",
      "Toshiba ogłosiła w czwartek zamknięcie fabryki w Dalian w Chinach.",
      "Zakład produkował elektronikę od ponad dwudziestu lat i zatrudniał setki osób.",
      "Analitycy od dawna spodziewali się tej decyzji.",
      "Już pod koniec listopada 2013 r. japoński koncern Toshiba ogłosił, że do końca grudnia zakończy produkcję telewizorów w osobnej spółce w Chinach.",
    ].join("\n\n");
    expect(rows("pl", pl, "2021-09-10")).toContain("past toshiba shutdown 2013-12~→-");
    const en = [
      "Toshiba closes Dalian plant",
      "Toshiba said on Thursday it would close its plant in Dalian, China.",
      "The plant had made electronics for more than twenty years and employed hundreds of people.",
      "Analysts had long expected the decision.",
      "Back in November 2013 the group said it would close its television factory in China in December.",
    ].join("\n\n");
    expect(rows("en", en, "2021-09-10")).toContain("past toshiba shutdown 2013-12→-");
  });

  it("does not read the Great Firewall named after a word for getting through the censorship as a block (id)", () => {
    const text = [
      "Apple Hapus Aplikasi VPN dari App Store China",
      "Apple menghapus sejumlah aplikasi VPN dari App Store di China pada Sabtu. Langkah ini membuat pengguna iPhone di China semakin sulit menembus sensor internet yang dikenal dengan sebutan Great Firewall.",
    ].join("\n\n");
    expect(rows("id", text, "2017-07-30").filter((r) => r.includes("blocked"))).toEqual([]);
  });
});

describe("what is still to come, deep in an article", () => {
  it("reads a month in a future sentence as the next one, not last year's (pt, en)", () => {
    const pt = [
      "Microsoft vai fechar o MSN na China",
      "A Microsoft anunciou na segunda-feira que vai fechar o portal MSN na China.",
      "O portal foi lançado há mais de dez anos.",
      "Os usuários poderão exportar seus dados.",
      "Segundo o comunicado, a Microsoft vai desativar o portal MSN na China em 7 de junho.",
    ].join("\n\n");
    expect(rows("pt", pt, "2016-05-10")).toEqual(["main msn shutdown 2016-05-09→2016-06-07"]);
    const en = [
      "Microsoft to close MSN in China",
      "Microsoft said on Monday it would close its MSN portal in China.",
      "The portal opened more than ten years ago.",
      "Users can export their data.",
      "In April its rival's stores in China went dark.",
      "Microsoft will shut the MSN portal in China on 7 June.",
    ].join("\n\n");
    expect(rows("en", en, "2016-05-10")).toContain("main msn shutdown 2016-05-09→2016-06-07");
  });
});

describe("a licence with a Chinese partner that lapses", () => {
  it.each([
    [
      "zh",
      "暴雪游戏停止中国大陆服务\n\n暴雪宣布，与网易的授权协议明年1月23日到期后双方未能就续约达成共识，旗下游戏在中国大陆的服务将随之暂停。",
      "main blizzard partnership-cut 2022-11-17→2023-01-23",
    ],
    [
      "fr",
      "Blizzard et NetEase divorcent en Chine\n\nBlizzard a annoncé mercredi que ses accords de licence avec NetEase arrivent à échéance sans avoir été renouvelés.",
      "main blizzard partnership-cut 2022-11-16→-",
    ],
  ])("is one cut, with the services that stop with it (%s)", (language, text, row) => {
    expect(rows(language, text, "2022-11-17")).toEqual([row]);
  });
});

describe("a deck written in sentences, above the byline", () => {
  it("leaves the lead to the sentences after the byline, past a bracketed caption (fr)", () => {
    const text = [
      "Blizzard quitte la Chine",
      "Faute d’accord, l’éditeur californien va suspendre ses jeux en Chine. Une rupture après quatorze ans de collaboration.",
      "Par Julien Martin",
      "[Image : un joueur devant un écran. Légende : un salon à Shanghai.]",
      "C’est un coup de tonnerre pour des millions de joueurs chinois.",
      "Blizzard Entertainment a annoncé mercredi qu’il allait suspendre ses services en Chine.",
    ].join("\n\n");
    expect(rows("fr", text, "2022-11-17")).toEqual(["main blizzard shutdown 2022-11-16→-"]);
  });
});
