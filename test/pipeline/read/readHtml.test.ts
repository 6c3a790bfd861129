import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readHtml, type PageMeta } from "../../../src/pipeline/read/readHtml.ts";

const PAGES = new URL("../../fixtures/pages/", import.meta.url);
const page = (name: string) => readFileSync(new URL(`${name}.html`, PAGES), "utf8");
const plain = (name: string) => readFileSync(new URL(`${name}.txt`, PAGES), "utf8").trimEnd();

// What each page states, and text from its furniture that must not reach the article.
const FIXTURES: Record<
  string,
  { meta: Omit<PageMeta, "fromMetadata">; from: string[]; furniture: string[] }
> = {
  "en-airbnb": {
    meta: {
      title: "Airbnb to end domestic stays in mainland China",
      published: "2022-05-24",
      url: null,
      outlet: "The Harbour Ledger",
      language: "en",
    } as PageMeta,
    from: ["title", "published", "outlet", "language"],
    furniture: [
      "We use cookies",
      "Markets",
      "Share on Twitter",
      "Hotel groups bet",
      "Not surprised",
      "All rights reserved",
      "Photo:",
      "dataLayer",
    ],
  },
  "fr-kindle": {
    meta: {
      title: "Amazon fermera sa boutique Kindle en Chine l'an prochain",
      published: "2022-06-02",
      url: "https://www.quotidien-numerique.example/tech/2022/06/02/amazon-kindle-chine",
      outlet: "Le Quotidien Numérique",
      language: "fr",
    } as PageMeta,
    from: ["title", "published", "url", "outlet", "language"],
    furniture: [
      "cookies",
      "S'abonner",
      "Accueil",
      "Facebook",
      "Recevez chaque matin",
      "À lire aussi",
      "Dommage",
      "Mentions légales",
    ],
  },
  "de-yahoo": {
    meta: {
      title: "Yahoo zieht sich aus China zurück",
      published: "2021-11-02",
      url: "https://www.netzblick.example/wirtschaft/yahoo-china-rueckzug",
      outlet: "Netzblick",
      language: "de",
    } as PageMeta,
    from: ["title", "published", "url", "outlet", "language"],
    furniture: [
      "Privatsphäre",
      "Politik",
      "Startseite",
      "Twittern",
      "Mehr zum Thema",
      "abzusehen",
      "Impressum",
    ],
  },
  "zh-linkedin": {
    meta: {
      title: "领英关闭中国求职应用“领英职场”",
      published: "2023-05-09",
      url: null,
      outlet: "科技观察网",
      language: "zh",
    } as PageMeta,
    from: ["title", "published", "outlet", "language"],
    furniture: ["Cookie", "财经", "当前位置", "微博", "相关阅读", "早就不用了", "版权所有"],
  },
  "ar-zoom": {
    meta: {
      title: "زووم توقف البيع المباشر لخدماتها في البر الرئيسي الصيني",
      published: "2020-08-10",
      url: "https://www.tech-arabi.example/news/2020/zoom-china-sales",
      outlet: null,
      language: "ar",
    } as PageMeta,
    from: ["title", "published", "url", "language"],
    furniture: [
      "ملفات تعريف الارتباط",
      "مراجعات",
      "الرئيسية",
      "واتساب",
      "اقرأ أيضا",
      "شكرا",
      "جميع الحقوق",
    ],
  },
  "vi-fortnite": {
    meta: {
      title: "Epic Games đóng cửa Fortnite tại Trung Quốc",
      published: null,
      url: null,
      outlet: null,
      language: null,
    } as PageMeta,
    from: [],
    furniture: [
      "cookie",
      "Kinh doanh",
      "Trang chủ",
      "Zalo",
      "Tin liên quan",
      "Tiếc quá",
      "Giấy phép",
      "script",
      "Trang đã bị xoá",
    ],
  },
  "ja-uber": {
    meta: {
      title: "ウーバー、中国事業を滴滴出行に売却へ",
      published: "2016-08-01",
      url: null,
      outlet: "テック新報",
      language: "ja",
    } as PageMeta,
    from: ["title", "published", "outlet", "language"],
    furniture: [
      "クッキー",
      "ランキング",
      "トップ",
      "ツイート",
      "関連記事",
      "予想通り",
      "Copyright",
    ],
  },
  "es-google": {
    meta: {
      title: "Google traslada su buscador para China a Hong Kong",
      published: "2010-03-23",
      url: "https://diariored.example/tecnologia/2010/03/23/google-hong-kong.html",
      outlet: "Diario Red",
      language: "es",
    } as PageMeta,
    from: ["title", "published", "url", "outlet", "language"],
    furniture: [
      "cookies",
      "Deportes",
      "Portada",
      "Compartir",
      "Noticias relacionadas",
      "Valiente",
      "Aviso legal",
    ],
  },
};

describe("readHtml", () => {
  for (const [name, expected] of Object.entries(FIXTURES)) {
    it(`reads ${name}: the headline, then every paragraph in order, and no furniture`, () => {
      const read = readHtml(page(name));
      if (!read.ok) throw new Error(read.message);
      const [headline = "", ...paragraphs] = plain(name).split("\n\n");
      expect(read.text.startsWith(`${headline}\n\n`)).toBe(true);
      // Only a byline Readability does not recognise may stand between headline and text.
      expect(read.text.endsWith(paragraphs.join("\n\n"))).toBe(true);
      const lead = read.text.slice(headline.length, -paragraphs.join("\n\n").length).trim();
      expect(lead.length).toBeLessThan(40);
      for (const furniture of expected.furniture) expect(read.text).not.toContain(furniture);
    });

    it(`reads ${name}'s metadata`, () => {
      const read = readHtml(page(name));
      expect(read.ok && read.meta).toEqual({ ...expected.meta, fromMetadata: expected.from });
    });
  }

  it("keeps the text as the page has it, headline and blank lines between paragraphs", () => {
    const read = readHtml(page("en-airbnb"));
    expect(read.ok && read.text).toBe(plain("en-airbnb"));
  });

  it("never runs the page's scripts", () => {
    const read = readHtml(page("vi-fortnite"));
    expect(read.ok && read.text).toBe(plain("vi-fortnite"));
  });

  it("ignores a javascript: canonical link and takes og:url", () => {
    const html = page("en-airbnb").replace(
      "<head>",
      '<head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://harbourledger.example/airbnb">',
    );
    expect(readHtml(html)).toMatchObject({
      ok: true,
      meta: { url: "https://harbourledger.example/airbnb" },
    });
  });

  it("skips malformed JSON-LD and reads the rest of the page", () => {
    const html = page("en-airbnb").replace(
      '<script type="application/ld+json">',
      '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken",</script><script type="application/ld+json">',
    );
    expect(readHtml(html)).toMatchObject({
      ok: true,
      meta: { title: "Airbnb to end domestic stays in mainland China" },
    });
    // Without JSON-LD nothing names the outlet, so the <title> keeps its suffix.
    const only = page("en-airbnb").replace(/"@context"/, "{{{ not json");
    expect(readHtml(only)).toMatchObject({
      ok: true,
      meta: {
        published: null,
        outlet: null,
        title: "Airbnb to end domestic stays in mainland China | The Harbour Ledger",
      },
    });
  });

  it("reads malformed HTML without throwing", () => {
    const body = plain("ja-uber").split("\n\n").slice(1);
    const html = `<title>壊れた</title><div><p>${body.join("<p>")}<div><span>`;
    const read = readHtml(html);
    expect(read.ok && read.text.split("\n\n").slice(1)).toEqual(body);
    for (const garbage of [
      "<<<>>>",
      "<html><body><div",
      "</p></div></body>",
      "<!--",
      "<script>",
      "<html>\u0000\u0001<p>",
    ])
      expect(readHtml(garbage).ok).toBe(false);
  });

  it("says what it found when the page has no article", () => {
    const html = `<html><head><title>Page not found | Outlet</title></head><body><nav><a href="/">Home</a></nav><h1>Sorry, this page does not exist</h1><p>Try the search.</p></body></html>`;
    expect(readHtml(html)).toEqual({
      ok: false,
      reason: "no-article",
      message: expect.stringContaining('its <title> is "Page not found | Outlet"'),
    });
  });

  it("calls an empty file or plain text unreadable", () => {
    expect(readHtml("")).toMatchObject({ ok: false, reason: "unreadable" });
    expect(readHtml("just some words")).toMatchObject({ ok: false, reason: "unreadable" });
  });

  it("reads a 20 MB page in bounded time", () => {
    const bulk = `<script>var state = "${"x".repeat(20_000_000)}";</script>`;
    const html = page("de-yahoo").replace("</head>", `${bulk}</head>`);
    const read = readHtml(html);
    expect(read.ok && read.meta.title).toBe("Yahoo zieht sich aus China zurück");
  });
});
