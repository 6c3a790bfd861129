import { describe, expect, it } from "vitest";
import { layoutArticle } from "../../../src/pipeline/read/articleLayout.ts";
import { creditDate, findPublished, urlDate } from "../../../src/pipeline/read/findPublished.ts";
import { lexiconFor } from "../../../src/pipeline/mentions/lexiconFor.ts";

const layout = (language: string, text: string) =>
  layoutArticle(text, [lexiconFor(language).lexicon, lexiconFor("en").lexicon]);

describe("layoutArticle", () => {
  it("takes the first non-empty line, without markdown, as the headline", () => {
    expect(layout("en", "\n\n# Yahoo leaves China\n\nBody.").headline).toBe("Yahoo leaves China");
  });

  it("never takes a long paragraph for the headline, even one cut off with no full stop", () => {
    const paragraph = "Google said it would shut its search service in China. ".repeat(20);
    const text = `Google leaves China\n\n${paragraph}Google said on Tues`;
    const result = layout("en", text);
    expect(result.headline).toBe("Google leaves China");
    expect(result.body).toHaveLength(1);
  });

  it("lets a file that opens with prose keep its first paragraph: the first sentence heads it", () => {
    const text =
      "WhatsApp and Telegram were removed from Apple's Chinese App Store. The authorities asked for it. Both apps vanished on 19 April.\n\nMore follows.";
    const result = layout("en", text);
    expect(result.headline).toBe(
      "WhatsApp and Telegram were removed from Apple's Chinese App Store.",
    );
    expect(result.body.map((p) => p.text)).toEqual([
      "The authorities asked for it. Both apps vanished on 19 April.",
      "More follows.",
    ]);
    // Offsets still point into the stored text, for evidence.
    expect(text.slice(result.body[0]?.offset)).toMatch(/^The authorities/);
  });

  it("drops page furniture and a repeated headline", () => {
    const text =
      "Zoom va cesser\n\nSpread the love\nZoom va cesser\n\nLe texte.\n\npublicité\n\nLa suite.";
    expect(layout("fr", text).body.map((p) => p.text)).toEqual(["Le texte.", "La suite."]);
  });

  it("drops a line asking readers to follow the outlet on a social network (en)", () => {
    const text =
      "Zynga closes China studio\n\nLike Us on Facebook\n\nZynga said it was closing its studio.\n\nFind us on Twitter";
    expect(layout("en", text).body.map((p) => p.text)).toEqual([
      "Zynga said it was closing its studio.",
    ]);
  });

  it("keeps a sentence that quotes two names in guillemets, and drops a » breadcrumb (ar, fr)", () => {
    const quoted = "أعلنت شركة «هيوليت باكارد إنتربرايز» أنها ستبيع حصتها في «إتش 3 سي» الصينية.";
    expect(layout("ar", `عنوان\n\n${quoted}`).body.map((p) => p.text)).toEqual([quoted]);
    const crumbs = layout("fr", "Titre\n\nAccueil » Tech » Puces\n\nLe texte.");
    expect(crumbs.body.map((p) => p.text)).toEqual(["Le texte."]);
  });

  it("drops a comment counter in the byline without ending the article there (ko)", () => {
    const text =
      "제목\n  • 기자\n  • 댓글 0\n이 기사를 공유합니다\n\n마이크로소프트가 중국 사업을 정리했다. 자세한 내용은 다음과 같다.";
    expect(layout("ko", text).body.map((p) => p.text)).toContain(
      "마이크로소프트가 중국 사업을 정리했다. 자세한 내용은 다음과 같다.",
    );
  });

  it("joins the lines of hard-wrapped wire copy into paragraphs, keeping offsets (en)", () => {
    const text = [
      "Panasonic quits TV making in China",
      "TOKYO Jan 31 Panasonic Corp has",
      "stopped making TVs in China and plans to liquidate its joint",
      "venture in Shandong, a company source said on Saturday, the",
      "latest in a string of Japanese companies exiting overseas markets.",
      "The source said Panasonic ended production there on",
      "Friday.",
    ].join("\n");
    const { body } = layout("en", text);
    expect(body.map((p) => p.text)).toEqual([
      "TOKYO Jan 31 Panasonic Corp has stopped making TVs in China and plans to liquidate its joint venture in Shandong, a company source said on Saturday, the latest in a string of Japanese companies exiting overseas markets.",
      "The source said Panasonic ended production there on Friday.",
    ]);
    for (const p of body)
      expect(text.slice(p.offset, p.offset + p.text.length).replace(/\n/g, " ")).toBe(p.text);
  });

  it("keeps a line that ends without a full stop apart from a capitalised next one, in text that is not wrapped", () => {
    const text =
      "Titre\n\nLe premier paragraphe est complet.\n\nUn intertitre assez long qui ne finit par aucun point\nLa suite du texte.";
    expect(layout("fr", text).body.map((p) => p.text)).toEqual([
      "Le premier paragraphe est complet.",
      "Un intertitre assez long qui ne finit par aucun point",
      "La suite du texte.",
    ]);
  });

  it("reads a crawler's date stamp on the first line, to the day or to the month", () => {
    expect(layout("de", " date 2021-11-02 Yahoo verlässt China\n\nText.")).toMatchObject({
      stamp: "2021-11-02",
      headline: "Yahoo verlässt China",
    });
    expect(layout("de", " date 2020-09 Samsung schließt TV-Werk\n\nText.")).toMatchObject({
      stamp: "2020-09",
      headline: "Samsung schließt TV-Werk",
    });
  });

  it("drops everything from a comment form or related-articles block on", () => {
    const text = "Titre\nLe texte.\nLeave a Reply\nAmazon quitte la Chine.";
    expect(layout("fr", text).body.map((p) => p.text)).toEqual(["Le texte."]);
    const arabic = "عنوان\nالنص.\nاترك تعليق\nلن يتم نشر عنوان بريدك الإلكتروني.";
    expect(layout("ar", arabic).body.map((p) => p.text)).toEqual(["النص."]);
  });

  it("drops teasers cut off with an ellipsis and 'Video đang HOT' labels", () => {
    const text =
      "Tiêu đề\nVideo đang HOT\nNội dung.\nĐột nhập ổ chuyên viết đánh giá ảo cho Amazon...";
    expect(layout("vi", text).body.map((p) => p.text)).toEqual(["Nội dung."]);
  });

  it("reads the outlet from a source line or a feed footer", () => {
    expect(layout("fr", "Titre\nTexte.\nSource : ZDNet.com\n").outlet).toBe("ZDNet.com");
    expect(
      layout("fr", "Titre\nLe message Titre est apparu en premier sur Germanic News.").outlet,
    ).toBe("Germanic News");
  });
});

describe("findPublished", () => {
  it("reads a dateline glued to the byline", () => {
    const { lexicon } = lexiconFor("ar");
    const article = layout("ar", "عنوان\n\nبدري الحربوق3 أغسطس 2020آخر تحديث :\nالنص.");
    expect(findPublished(article.lead, lexicon)).toBe("2020-08-03");
  });

  it("does not take a date deep inside a paragraph for the dateline", () => {
    const { lexicon } = lexiconFor("fr");
    const article = layout(
      "fr",
      "Titre\nLa société a déclaré dans un article sur l'application que la librairie numérique fermerait ses portes le 30 juin 2023.",
    );
    expect(findPublished(article.lead, lexicon)).toBeNull();
  });

  it("does not take a background sentence of Japanese for a stamp, but reads a stamp line", () => {
    const { lexicon } = lexiconFor("ja");
    const background = layout(
      "ja",
      "見出し\n傘下のスカイプも、2017年11月に中国のアプリ販売サイトから削除されている。",
    );
    expect(findPublished(background.lead, lexicon)).toBeNull();
    const stamped = layout("ja", "見出し\n2019年1月24日 10:05\n本文です。");
    expect(findPublished(stamped.lead, lexicon)).toBe("2019-01-24");
  });
});

describe("dates a page carries outside its dateline", () => {
  it("reads a wire credit that closes the article (de, en), and nothing from a closing remark", () => {
    const de = layout(
      "de",
      "Samsung schließt TV-Werk\n\nDer Text.\n\nDer Schluss. (APA, 07.09.2020)",
    );
    expect(creditDate(de.body, lexiconFor("de").lexicon)).toBe("2020-09-07");
    const en = layout("en", "Headline\n\nText.\n\nThe end. (Reuters, 2 November 2021)");
    expect(creditDate(en.body, lexiconFor("en").lexicon)).toBe("2021-11-02");
    const none = layout("en", "Headline\n\nText.\n\nSales fell (by about 5%, analysts said).");
    expect(creditDate(none.body, lexiconFor("en").lexicon)).toBeNull();
  });

  it("reads the date a news URL's path files the article under, to its precision", () => {
    expect(urlDate("https://example.com/tech/2021/11/02/yahoo-china")).toBe("2021-11-02");
    expect(urlDate("https://example.com/2020-09/samsung")).toBe("2020-09");
    expect(urlDate("not a url")).toBeNull();
  });
});
