import { describe, expect, it } from "vitest";
import {
  renderRobots,
  renderSharePage,
  renderSitemap,
} from "../../../src/pipeline/share/sharePage.ts";
import { makeEvent } from "../../support/makeEvent.ts";

const event = makeEvent("zoom-sales-halt-2020-08-03", {
  title: 'Zoom stops "direct" sales <in> China',
  summary: "Zoom stops direct sales in mainland China. Announced 3 Aug 2020.",
});
const page = renderSharePage(event, {
  siteUrl: "https://exitline.example.org/sub/",
  company: "Zoom",
  detail: '<section class="detail" role="region" aria-label="Zoom stops">…</section>',
  stylesheet: "assets/index-abc123.css",
});
const meta = (attribute: string, name: string) =>
  new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(page)?.[1];

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

  it("never lets a title become markup", () => {
    expect(page).not.toContain("<in>");
  });
});

describe("sitemap and robots.txt", () => {
  it("list the explorer and every event page as absolute URLs", () => {
    const sitemap = renderSitemap(["a", "b"], "https://exitline.example.org/");
    expect([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      "https://exitline.example.org/",
      "https://exitline.example.org/e/a/",
      "https://exitline.example.org/e/b/",
    ]);
    expect(renderRobots("https://exitline.example.org/")).toContain(
      "Sitemap: https://exitline.example.org/sitemap.xml",
    );
  });
});
