import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const ZOOM = "zoom-sales-halt-2020-08-03";

/** What each language says where the tests look. */
const LANGUAGES = {
  en: {
    timeline: "Timeline",
    zoom: "Zoom stops direct sales in mainland China",
    count: "12 of 12 events",
  },
  fr: {
    timeline: "Frise",
    zoom: "Zoom arrête ses ventes directes en Chine continentale",
    count: "12 sur 12 événements",
  },
  vi: {
    timeline: "Dòng thời gian",
    zoom: "Zoom ngừng bán hàng trực tiếp tại Trung Quốc đại lục",
    count: "12 trong số 12 sự kiện",
  },
  ar: {
    timeline: "الخط الزمني",
    zoom: "توقِف شركة Zoom مبيعاتها المباشرة في البر الرئيسي الصيني",
    count: "12 من أصل 12 حدثًا",
  },
  zh: { timeline: "时间线", zoom: "Zoom 停止在中国大陆的直销", count: "共 12 个事件，显示 12 个" },
} as const;

type Language = keyof typeof LANGUAGES;

/**
 * Waits for the app to be live: the prerendered page (in English) shows the toolbar and the
 * timeline's region before the app runs, but only the app draws marks or renders the list.
 */
async function live(page: Page) {
  await expect(page.locator("g.mark").or(page.getByRole("table")).first()).toBeVisible();
}

async function openIn(page: Page, lang: Language, query = "") {
  await page.goto(`./?lang=${lang}${query}&v=1`);
  await live(page);
  await expect(page.locator("html")).toHaveAttribute("lang", lang === "zh" ? "zh-Hans" : lang);
  await expect(page.locator(".toolbar .count")).toHaveText(LANGUAGES[lang].count);
}

/**
 * Text that does not fit: an element whose text is wider than its box, or a text element that
 * sticks out of the box it scrolls in (or the page). Names the offenders.
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").join(".")}` : ""} “${(el.textContent ?? "").trim().slice(0, 40)}”`;
    const clipBox = (el: Element): DOMRect => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const overflowX = getComputedStyle(p).overflowX;
        if (overflowX !== "visible") return p.getBoundingClientRect();
      }
      return new DOMRect(0, 0, document.documentElement.clientWidth, Infinity);
    };
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest("svg, .visually-hidden, [aria-hidden='true']")) continue;
      const ownText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "",
      );
      if (!ownText) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const style = getComputedStyle(el);
      // Ellipsis is a deliberate cut (the virtual list's cells), not an overflow.
      if (style.textOverflow === "ellipsis") continue;
      if (style.display !== "inline" && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${describe(el)} is wider than its box`);
      const box = clipBox(el);
      if (rect.left < box.left - 1 || rect.right > box.right + 1)
        problems.push(`${describe(el)} sticks out of its box`);
    }
    return problems;
  });
}

for (const lang of Object.keys(LANGUAGES) as Language[]) {
  test(`${lang}: the link's language is the interface's, accessible and fitting at 375 and 1440 px`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    for (const width of [375, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await openIn(page, lang, `&e=${ZOOM}`);
      const detail = page.getByRole("region", { name: LANGUAGES[lang].zoom });
      await expect(detail).toBeVisible();
      await expect(detail.getByRole("heading", { level: 2 })).toHaveText(LANGUAGES[lang].zoom);
      // The summary follows once events.json is in.
      await expect(detail.locator(".summary")).toContainText(LANGUAGES[lang].zoom);
      await expect(page.getByRole("region", { name: LANGUAGES[lang].timeline })).toBeVisible();
      const axe = await new AxeBuilder({ page }).analyze();
      expect(
        axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      ).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await page.screenshot({ path: `test-results/i18n/${lang}-${width}.png`, fullPage: true });
    }
  });
}

test("ar: the page mirrors, the time axis still runs left to right, and → steps later", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openIn(page, "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const filters = await page.locator("#filters").boundingBox();
  const main = await page.locator("main.main").boundingBox();
  if (!filters || !main) throw new Error("no layout");
  expect(filters.x).toBeGreaterThan(main.x + main.width - 1);
  // The axis: earlier years on the left.
  const years = await page
    .locator(".timeline-svg .axis .tick")
    .evaluateAll((ticks) =>
      ticks
        .map((t) => ({ x: t.getBoundingClientRect().x, text: t.textContent ?? "" }))
        .filter((t) => /^\d{4}$/.test(t.text)),
    );
  expect(years.length).toBeGreaterThan(1);
  const byX = [...years].sort((a, b) => a.x - b.x).map((t) => Number(t.text));
  expect(byX).toEqual([...byX].sort((a, b) => a - b));
  // Keyboard: the first event, then → to the next one in time.
  await page.locator("g.mark[tabindex='0']").focus();
  await page.keyboard.press("Home");
  const first = await page.locator("g.mark:focus").getAttribute("data-id");
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("g.mark:focus")).not.toHaveAttribute("data-id", first ?? "");
  await expect(page.locator("g.mark:focus")).toHaveAttribute(
    "data-id",
    "jd-com-partnership-cut-2013-09",
  );
});

test("the switch changes the language, links carry it, and the share link passes it on", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`./?e=${ZOOM}&v=1`);
  await live(page);
  await expect(page.locator(".toolbar .count")).toHaveText(LANGUAGES.en.count);
  await page.getByRole("combobox", { name: "Language" }).selectOption("fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveURL(/[?&]lang=fr/);
  const detail = page.getByRole("region", { name: LANGUAGES.fr.zoom });
  await expect(detail).toBeVisible();
  await detail.getByRole("button", { name: "Copier le lien vers cet événement" }).click();
  await expect(detail.getByRole("status").filter({ hasText: "Lien copié" })).toBeVisible();
  const shared = await page.evaluate(() => navigator.clipboard.readText());
  expect(shared).toMatch(new RegExp(`/exitline/e/${ZOOM}/fr/$`));
  await page.goto(shared);
  await expect(page).toHaveURL(new RegExp(`\\?e=${ZOOM}&v=1&lang=fr$`));
  await expect(page.getByRole("region", { name: LANGUAGES.fr.zoom })).toBeVisible();
  // Back to English with the switch; the title is the dataset's again.
  await page.getByRole("combobox", { name: "Langue" }).selectOption("en");
  await expect(page.getByRole("region", { name: LANGUAGES.en.zoom })).toBeVisible();
});

test("a browser that prefers Vietnamese opens in Vietnamese; a curator's title stays as written", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "vi-VN" });
  const page = await context.newPage();
  await page.goto(`./?e=amazon-shutdown-2022-06-02&v=1`);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  const detail = page.getByRole("region", {
    name: "Amazon shuts down its Kindle e-book store in China",
  });
  await expect(detail).toBeVisible();
  await expect(detail.locator("h2 bdi[lang='en']")).toHaveText(
    "Amazon shuts down its Kindle e-book store in China",
  );
  await expect(page).not.toHaveURL(/lang=/);
  await context.close();
});
