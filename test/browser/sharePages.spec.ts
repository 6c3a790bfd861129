import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

const DIST = join(import.meta.dirname, "../../dist");
const ZOOM = "zoom-sales-halt-2020-08-03";

/** Each language's page of one event: where it is and what it says. */
const PAGES = {
  en: {
    path: `e/${ZOOM}/`,
    html: ["en", "ltr"],
    locale: "en_GB",
    title: "Zoom stops direct sales in mainland China",
    date: "3 Aug 2020",
    arabicSource: "Source in Arabic",
  },
  fr: {
    path: `e/${ZOOM}/fr/`,
    html: ["fr", "ltr"],
    locale: "fr_FR",
    title: "Zoom arrête ses ventes directes en Chine continentale",
    date: "3 août 2020",
    arabicSource: "Source en arabe",
  },
  vi: {
    path: `e/${ZOOM}/vi/`,
    html: ["vi", "ltr"],
    locale: "vi_VN",
    title: "Zoom ngừng bán hàng trực tiếp tại Trung Quốc đại lục",
    date: "ngày 3 tháng 8 năm 2020",
    arabicSource: "Nguồn bằng tiếng Ả Rập",
  },
  ar: {
    path: `e/${ZOOM}/ar/`,
    html: ["ar", "rtl"],
    locale: "ar_AR",
    title: "توقِف شركة Zoom مبيعاتها المباشرة في البر الرئيسي الصيني",
    date: "3 أغسطس 2020",
    arabicSource: "مصدر بالعربية",
  },
  zh: {
    path: `e/${ZOOM}/zh/`,
    html: ["zh-Hans", "ltr"],
    locale: "zh_CN",
    title: "Zoom 停止在中国大陆的直销",
    date: "2020年8月3日",
    arabicSource: "阿拉伯语来源",
  },
} as const;
type Language = keyof typeof PAGES;
const LANGUAGES = Object.keys(PAGES) as Language[];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of LANGUAGES) {
    const expected = PAGES[lang];
    test(`${lang}: the share page reads in its language, its sources in theirs`, async ({
      page,
    }) => {
      await page.goto(`./${expected.path}`);
      await page.waitForTimeout(200);
      await expect(page).toHaveURL(new RegExp(`/exitline/${expected.path}$`));
      const html = page.locator("html");
      await expect(html).toHaveAttribute("lang", expected.html[0]);
      await expect(html).toHaveAttribute("dir", expected.html[1]);
      const detail = page.getByRole("region", { name: expected.title });
      await expect(detail.getByRole("heading", { level: 2 })).toHaveText(expected.title);
      await expect(detail).toContainText(expected.date);
      const arabic = detail.getByRole("article", { name: expected.arabicSource });
      await expect(arabic.locator("blockquote")).toHaveAttribute("lang", "ar");
      await expect(arabic.locator("blockquote")).toHaveAttribute("dir", "rtl");
      await expect(arabic).toContainText("قالت Zoom يوم الاثنين");
      // Tags for link previews: the locale, the page in every language, the card in this one.
      const head = readFileSync(join(DIST, expected.path, "index.html"), "utf8");
      expect(/og:locale" content="([^"]+)"/.exec(head)?.[1]).toBe(expected.locale);
      expect([...head.matchAll(/hreflang="([^"]+)" href=/g)].map((m) => m[1])).toEqual([
        "en",
        "fr",
        "vi",
        "ar",
        "zh-Hans",
        "x-default",
      ]);
      await expect(page.locator(".open-in-app a")).toHaveAttribute(
        "href",
        lang === "en" ? `../../?e=${ZOOM}&v=1` : `../../../?e=${ZOOM}&v=1&lang=${lang}`,
      );
      // The page in the other languages, each named in itself.
      const others = page.locator(".languages a");
      await expect(others).toHaveCount(LANGUAGES.length - 1);
      await page.screenshot({ path: `test-results/i18n/share-${lang}.png`, fullPage: true });
    });
  }
});

for (const lang of LANGUAGES)
  test(`${lang}: the share page has no accessibility violation and fits at 375 px`, async ({
    page,
  }) => {
    // axe runs as a script: the page's own script, which would leave for the explorer, is held.
    await page.route("**/e/redirect.js", (route) => route.abort());
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`./${PAGES[lang].path}`);
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(PAGES[lang].title);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`),
    ).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
  });

test("a language's share page opens the explorer in that language", async ({ page }) => {
  await page.goto(`./e/${ZOOM}/vi/`);
  await expect(page).toHaveURL(new RegExp(`/exitline/\\?e=${ZOOM}&v=1&lang=vi$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("region", { name: PAGES.vi.title })).toBeVisible();
});

test("every event has a 1200×630 card in every language", () => {
  const events = (
    JSON.parse(readFileSync(join(DIST, "data/events.json"), "utf8")) as {
      events: { id: string }[];
    }
  ).events;
  for (const { id } of events)
    for (const lang of LANGUAGES) {
      const png = readFileSync(join(DIST, "og", lang === "en" ? `${id}.png` : `${id}.${lang}.png`));
      expect(png.subarray(12, 16).toString("ascii"), `${id} ${lang}`).toBe("IHDR");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
});
