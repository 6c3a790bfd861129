import { describe, expect, it } from "vitest";
import type { Locale } from "../../../src/i18n/locales.ts";
import { ar } from "../../../src/i18n/messages/ar.ts";
import { en } from "../../../src/i18n/messages/en.ts";
import type { Messages } from "../../../src/i18n/messages/types.ts";
import {
  renderRobots,
  renderSharePage,
  renderSitemap,
} from "../../../src/pipeline/share/sharePage.ts";

const context = {
  siteUrl: "https://exitline.example.org/sub/",
  stylesheet: "assets/index-abc123.css",
};
const pageIn = (locale: Locale, messages: Messages, title: string, summary: string) =>
  renderSharePage(
    {
      eventId: "zoom-sales-halt-2020-08-03",
      locale,
      messages,
      title,
      summary,
      company: "Zoom",
      detail: '<section class="detail" role="region" aria-label="Zoom stops">…</section>',
    },
    context,
  );
const page = pageIn(
  "en",
  en,
  'Zoom stops "direct" sales <in> China',
  "Zoom stops direct sales in mainland China. Announced 3 Aug 2020.",
);
const arabic = pageIn(
  "ar",
  ar,
  "توقِف شركة Zoom مبيعاتها المباشرة في البر الرئيسي الصيني",
  "توقِف شركة Zoom مبيعاتها المباشرة في البر الرئيسي الصيني. أُعلن في 3 أغسطس 2020.",
);
const metaOf = (html: string) => (attribute: string, name: string) =>
  new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html)?.[1];
const meta = metaOf(page);

describe("renderSharePage", () => {
  it("gives the page its own title, description and canonical link", () => {
    expect(page).toContain(
      "<title>Zoom stops &quot;direct&quot; sales &lt;in&gt; China · Exitline</title>",
    );
    expect(meta("name", "description")).toBe(
      "Zoom stops direct sales in mainland China. Announced 3 Aug 2020.",
    );
    expect(page).toContain(
      '<link rel="canonical" href="https://exitline.example.org/sub/e/zoom-sales-halt-2020-08-03/" />',
    );
  });

  it("has Open Graph and Twitter tags with absolute URLs", () => {
    expect(meta("property", "og:title")).toBe(
      "Zoom stops &quot;direct&quot; sales &lt;in&gt; China",
    );
    expect(meta("property", "og:url")).toBe(
      "https://exitline.example.org/sub/e/zoom-sales-halt-2020-08-03/",
    );
    expect(meta("property", "og:image")).toBe(
      "https://exitline.example.org/sub/og/zoom-sales-halt-2020-08-03.png",
    );
    expect(meta("name", "twitter:card")).toBe("summary_large_image");
    expect(meta("name", "twitter:image")).toBe(meta("property", "og:image"));
  });

  it("sends visitors to the explorer by a relative link, which works under any sub-path", () => {
    expect(page).toContain('<a href="../../?e=zoom-sales-halt-2020-08-03&amp;v=1">');
    expect(page).toContain(
      '<script src="../../e/redirect.js" data-to="../../?e=zoom-sales-halt-2020-08-03&amp;v=1"></script>',
    );
  });

  it("holds the event's detail, drawn with the app's stylesheet, and no meta refresh", () => {
    // Without scripts the page stays: it is the one to read, and it links to the explorer.
    expect(page).not.toContain('http-equiv="refresh"');
    expect(page).toContain('<section class="detail" role="region" aria-label="Zoom stops">');
    expect(page).toContain('<link rel="stylesheet" href="../../assets/index-abc123.css" />');
  });

  it("declares, first in its head, a Content-Security-Policy with no inline script or eval", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)?.[1];
    const scriptSrc = csp?.split("; ").find((d) => d.startsWith("script-src "));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(csp).toContain("object-src 'none'");
    expect(page.indexOf("Content-Security-Policy")).toBeLessThan(page.indexOf("<meta name="));
  });

  it("has nothing inline that the policy would block: no script body, style or handler", () => {
    expect([...page.matchAll(/<script\b[^>]*>([^<]*)<\/script>/g)].map((m) => m[1])).toEqual([""]);
    expect([...page.matchAll(/<script\b[^>]*>/g)].every((m) => m[0].includes(" src="))).toBe(true);
    expect(page).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  it("declares its language and direction, in English by default", () => {
    expect(page).toContain('<html lang="en" dir="ltr">');
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
  });

  it("names its locale for Open Graph, and every other as an alternate", () => {
    expect(meta("property", "og:locale")).toBe("en_GB");
    expect([...page.matchAll(/og:locale:alternate" content="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "fr_FR",
      "vi_VN",
      "ar_AR",
      "zh_CN",
    ]);
    expect(metaOf(arabic)("property", "og:locale")).toBe("ar_AR");
  });

  it("links the page in every language, and English as the default, on every variant", () => {
    const alternates = (html: string) =>
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
        (m) => `${m[1]} ${m[2]}`,
      );
    const base = "https://exitline.example.org/sub/e/zoom-sales-halt-2020-08-03/";
    const expected = [
      `en ${base}`,
      `fr ${base}fr/`,
      `vi ${base}vi/`,
      `ar ${base}ar/`,
      `zh-Hans ${base}zh/`,
      `x-default ${base}`,
    ];
    expect(alternates(page)).toEqual(expected);
    expect(alternates(arabic)).toEqual(expected);
    expect(arabic).toContain(`<link rel="canonical" href="${base}ar/" />`);
    expect(metaOf(arabic)("property", "og:image")).toBe(
      "https://exitline.example.org/sub/og/zoom-sales-halt-2020-08-03.ar.png",
    );
  });

  it("opens the explorer in its own language, with or without scripts", () => {
    const app = "../../../?e=zoom-sales-halt-2020-08-03&amp;v=1&amp;lang=ar";
    expect(arabic).toContain(`<script src="../../../e/redirect.js" data-to="${app}"></script>`);
    expect(arabic).toContain(`<a href="${app}">افتح «`);
    expect(arabic).toContain('<link rel="stylesheet" href="../../../assets/index-abc123.css" />');
  });

  it("links the same event in the other languages, each named in itself", () => {
    expect(arabic).toContain('<nav class="languages" aria-label="هذا الحدث بلغات أخرى">');
    expect(arabic).toContain(
      '<a href="../../../e/zoom-sales-halt-2020-08-03/" hreflang="en" lang="en">English</a>',
    );
    expect(page).toContain(
      '<a href="../../e/zoom-sales-halt-2020-08-03/zh/" hreflang="zh-Hans" lang="zh-Hans">简体中文</a>',
    );
    expect(page).not.toContain('lang="en">English</a>');
  });

  it("never lets a title become markup", () => {
    expect(page).not.toContain("<in>");
  });
});

describe("sitemap and robots.txt", () => {
  it("list the explorer and every event page in every language as absolute URLs", () => {
    const sitemap = renderSitemap(["a", "b"], "https://exitline.example.org/");
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(urls).toHaveLength(11);
    expect(urls.slice(0, 3)).toEqual([
      "https://exitline.example.org/",
      "https://exitline.example.org/e/a/",
      "https://exitline.example.org/e/a/fr/",
    ]);
    expect(urls).toContain("https://exitline.example.org/e/b/zh/");
    expect(renderRobots("https://exitline.example.org/")).toContain(
      "Sitemap: https://exitline.example.org/sitemap.xml",
    );
  });
});

describe("a share page's heading", () => {
  it("names the site and leads to the explorer in the page's language", () => {
    const html = renderSharePage(
      {
        eventId: "zoom-sales-halt-2020-08-03",
        locale: "ar",
        messages: ar,
        title: "t",
        summary: "s",
        company: "Zoom",
        detail: "",
      },
      { siteUrl: "https://exitline.example.org/", stylesheet: "a.css" },
    );
    expect(html).toContain('<h1><a href="../../../?lang=ar&amp;v=1">Exitline</a></h1>');
  });
});
