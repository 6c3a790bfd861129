import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const ZOOM = "Zoom stops direct sales in mainland China";
const KINDLE = "Amazon shuts down its Kindle e-book store in China";

async function open(page: Page, query = "") {
  await page.goto(`./${query}`);
  // The prerendered page shows the timeline's region before the app runs: the drawn marks (or
  // the list, which only the app renders) say that it is live.
  await expect(page.locator("g.mark").or(page.getByRole("table")).first()).toBeVisible();
}
const count = (page: Page) => page.locator(".toolbar .count");
const mark = (page: Page, title: string) =>
  page
    .getByRole("region", { name: "Timeline" })
    .getByRole("button", { name: new RegExp(`^${title}`) });

test("shows every event of the seeds on the timeline and in the list", async ({ page }) => {
  await open(page);
  await expect(count(page)).toHaveText("12 of 12 events");
  await expect(mark(page, ZOOM)).toHaveAccessibleName(`${ZOOM}, 3 Aug 2020`);
  await page.screenshot({ path: "test-results/screens/timeline.png", fullPage: true });
  await page.getByRole("button", { name: "List" }).click();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(13);
  await expect(rows.nth(1)).toContainText("April 2013");
  await page.screenshot({ path: "test-results/screens/list.png", fullPage: true });
});

test("filters by company and by country, and says how many events match", async ({ page }) => {
  await open(page);
  const companies = page.getByRole("group", { name: "Company" });
  await companies.getByRole("searchbox", { name: "Find a company" }).fill("zo");
  await companies.getByRole("checkbox", { name: "Zoom" }).check();
  await expect(count(page)).toHaveText("2 of 12 events");
  await expect(page).toHaveURL(/[?&]c=zoom/);
  await expect(mark(page, ZOOM)).toBeVisible();
  await expect(mark(page, KINDLE)).toHaveCount(0);
  await page.getByRole("button", { name: "Clear all" }).click();
  await expect(count(page)).toHaveText("12 of 12 events");

  const countries = page.getByRole("group", { name: "Country" });
  await expect(
    countries.getByRole("checkbox", { name: "United States" }),
  ).toHaveAccessibleDescription("10 events");
  await countries.getByRole("checkbox", { name: "United States" }).check();
  await expect(count(page)).toHaveText("10 of 12 events");
  // Counts of the other filters follow: under "United States", no Chinese-only partnership cut is left.
  await expect(
    page.getByRole("group", { name: "Type" }).getByRole("checkbox", { name: "Partnership cut" }),
  ).toHaveAccessibleDescription("0 events");
  await page.screenshot({ path: "test-results/screens/filtered.png", fullPage: true });
});

test("a deep link opens the event: the detail shows, the mark is highlighted and in view", async ({
  page,
}) => {
  await open(page, "?e=zoom-sales-halt-2020-08-03&w=2019-06-01..2021-06-01&v=1");
  const detail = page.getByRole("region", { name: ZOOM });
  await expect(detail).toBeVisible();
  await expect(detail).toContainText("3 Aug 2020");
  await expect(detail).toContainText("23 Aug 2020");
  const selected = mark(page, ZOOM);
  await expect(selected).toHaveAttribute("aria-pressed", "true");
  await expect(selected).toBeInViewport();
  await page.screenshot({ path: "test-results/screens/deep-link.png", fullPage: true });
});

test("a link to an unknown event says so and keeps the rest of the view", async ({ page }) => {
  await open(page, "?e=no-such-thing&c=zoom&v=1");
  await expect(page.getByRole("alert")).toContainText("No such event");
  await expect(count(page)).toHaveText("2 of 12 events");
});

test("malformed parameters are ignored", async ({ page }) => {
  await open(page, "?v=1&t=bankrupt&w=garbage&lanes=%3Cscript%3E&from=2021-99-99&q=%E0%A4");
  await expect(count(page)).toHaveText("12 of 12 events");
});

test("back and forward step through selections", async ({ page }) => {
  await open(page);
  await mark(page, ZOOM).click();
  await expect(page.getByRole("region", { name: ZOOM })).toBeVisible();
  await mark(page, KINDLE).click();
  await expect(page.getByRole("region", { name: KINDLE })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("region", { name: ZOOM })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("region", { name: ZOOM })).toHaveCount(0);
  await page.goForward();
  await expect(page.getByRole("region", { name: ZOOM })).toBeVisible();
});

test("zooming and panning update the URL without adding history entries", async ({ page }) => {
  await open(page);
  const before = await page.evaluate(() => history.length);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page).toHaveURL(/[?&]w=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/);
  const box = await page.locator(".timeline-svg").boundingBox();
  if (!box) throw new Error("no timeline");
  await page.mouse.move(box.x + box.width / 2, box.y + 80);
  await page.mouse.wheel(0, -400);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + 80, { steps: 5 });
  await page.mouse.up();
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => history.length)).toBe(before);
  const url = page.url();
  const shown = await page.locator(".window-label").innerText();
  // The prerendered page shows the whole extent until the app, reading the URL, takes over.
  await page.reload();
  await expect(page.locator(".timeline-fallback")).toHaveCount(0);
  await expect(page.locator(".window-label")).toHaveText(shown);
  expect(page.url()).toBe(url);
});

test("a fast pinch keeps zooming: each step of a stream of wheel events narrows the view", async ({
  page,
}) => {
  await open(page);
  // A trackpad pinch sends Ctrl + wheel events in small steps, one per frame, each sent as soon
  // as the last frame has run; the view once froze after the first step of such a stream.
  const labels = await page.evaluate(async () => {
    const svg = document.querySelector(".timeline-svg") as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const label = () => document.querySelector(".window-label")?.textContent ?? "";
    const seen = [label()];
    for (let step = 0; step < 10; step++) {
      svg.dispatchEvent(
        new WheelEvent("wheel", {
          deltaY: -8,
          ctrlKey: true,
          clientX: box.left + box.width / 2,
          clientY: box.top + 80,
          bubbles: true,
          cancelable: true,
        }),
      );
      await new Promise((resolve) => requestAnimationFrame(resolve));
      seen.push(label());
    }
    return seen;
  });
  expect(new Set(labels).size).toBe(labels.length);
  await page.waitForTimeout(600);
  await expect(page).toHaveURL(/[?&]w=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/);
  await expect(page.locator(".window-label")).toHaveText(labels.at(-1) ?? "");
});

test("Fit all right after a pinch, before the URL settles, shows everything again", async ({
  page,
}) => {
  await open(page);
  const all = await page.locator(".window-label").innerText();
  const box = await page.locator(".timeline-svg").boundingBox();
  if (!box) throw new Error("no timeline");
  await page.mouse.move(box.x + box.width / 2, box.y + 80);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -200);
  await page.keyboard.up("Control");
  await expect(page.locator(".window-label")).not.toHaveText(all);
  await page.getByRole("button", { name: "Fit all" }).click();
  await expect(page.locator(".window-label")).toHaveText(all);
  await page.waitForTimeout(600);
  await expect(page.locator(".window-label")).toHaveText(all);
  await expect(page).not.toHaveURL(/[?&]w=/);
});

test("dragging across the overview, from a density bar, chooses the window", async ({ page }) => {
  await open(page);
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Zoom in" }).click();
  const before = await page.locator(".window-label").innerText();
  // A bar outside the brushed window: a drag starting there draws a new window.
  const start = await page.locator(".overview-svg").evaluate((svg) => {
    const selection = (svg.querySelector(".brush .selection") as Element).getBoundingClientRect();
    const bars = [...svg.querySelectorAll(".density rect")]
      .map((r) => r.getBoundingClientRect())
      .filter((b) => b.height > 0 && (b.right < selection.left || b.left > selection.right));
    const bar = bars[0];
    return bar
      ? { x: bar.x + bar.width / 2, y: bar.bottom - 2, right: bar.left > selection.right }
      : null;
  });
  if (!start) throw new Error("every event is inside the zoomed window");
  const step = start.right ? -40 : 40;
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + step, start.y, { steps: 4 });
  const during = await page.locator(".window-label").innerText();
  await page.mouse.move(start.x + 2 * step, start.y, { steps: 4 });
  await page.mouse.up();
  expect(during).not.toBe(before);
  await expect(page.locator(".window-label")).not.toHaveText(during);
  const brushed = await page.locator(".window-label").innerText();
  await expect(page).toHaveURL(/[?&]w=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/);
  // The wheel then zooms from the brushed window: out a little, not back to the old one.
  const box = await page.locator(".timeline-svg").boundingBox();
  if (!box) throw new Error("no timeline");
  await page.mouse.move(box.x + box.width / 2, box.y + 80);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, 20);
  await page.keyboard.up("Control");
  await expect(page.locator(".window-label")).not.toHaveText(brushed);
  expect(await page.locator(".window-label").innerText()).not.toBe(before);
});

test("after the window widens, the overview's new right part still brushes", async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await open(page);
  const narrow = await page.locator(".overview-svg").boundingBox();
  await page.setViewportSize({ width: 1500, height: 800 });
  await expect
    .poll(async () => (await page.locator(".overview-svg").boundingBox())?.width ?? 0)
    .toBeGreaterThan((narrow?.width ?? 0) + 200);
  if (!narrow) throw new Error("no overview");
  // Zoomed in, the brushed window sits mid-strip, leaving the right end free to press on.
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Zoom in" }).click();
  await page.locator(".overview-svg").scrollIntoViewIfNeeded();
  const box = await page.locator(".overview-svg").boundingBox();
  if (!box) throw new Error("no overview");
  const before = await page.locator(".window-label").innerText();
  const selection = await page.locator(".overview-svg .brush .selection").boundingBox();
  if (!selection) throw new Error("no brushed window");
  // Pressed right of both the brushed window and where the narrow overview ended: only a brush
  // resized with the strip answers there.
  const x = box.x + box.width - 30;
  expect(x).toBeGreaterThan(Math.max(box.x + narrow.width, selection.x + selection.width) + 40);
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 80, y, { steps: 4 });
  await page.mouse.up();
  await expect(page.locator(".window-label")).not.toHaveText(before);
  await expect(page).toHaveURL(/[?&]w=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/);
});

test("the Arabic source reads right to left, the French one left to right", async ({ page }) => {
  await open(page, "?e=zoom-sales-halt-2020-08-03&v=1");
  const arabic = page.getByRole("article", { name: "Source in Arabic" });
  await expect(arabic.locator("blockquote")).toHaveAttribute("dir", "rtl");
  await expect(arabic.locator("blockquote")).toHaveAttribute("lang", "ar");
  expect(await arabic.locator("blockquote").evaluate((el) => getComputedStyle(el).direction)).toBe(
    "rtl",
  );
  await arabic.getByRole("button", { name: "Show full article" }).click();
  const text = arabic.getByLabel("Full article");
  await expect(text.locator("mark")).toContainText("قالت Zoom يوم الاثنين");
  expect(await text.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  const french = page.getByRole("article", { name: "Source in French" });
  await expect(french.locator("h4")).toHaveAttribute("dir", "ltr");
  await page.screenshot({ path: "test-results/screens/arabic-source.png", fullPage: true });
});

test("works from the keyboard alone", async ({ page }) => {
  await open(page);
  await page.keyboard.press("/");
  await expect(page.getByRole("searchbox", { name: "Search events and articles" })).toBeFocused();
  // Search reads the original articles too: every event drawn from the Kindle article matches.
  await page.keyboard.type("kindle");
  await expect(count(page)).toHaveText("5 of 12 events");
  await page.keyboard.press("Escape");
  await page.getByRole("searchbox", { name: "Search events and articles" }).fill("");
  const first = page.locator("g.mark[tabindex='0']");
  await first.focus();
  await expect(first).toBeFocused();
  const name = await first.getAttribute("aria-label");
  await page.keyboard.press("ArrowRight");
  const second = page.locator("g.mark:focus");
  await expect(second).toHaveCount(1);
  expect(await second.getAttribute("aria-label")).not.toBe(name);
  const title = (await second.getAttribute("aria-label"))?.split(", ")[0] ?? "";
  await page.keyboard.press("Enter");
  const detail = page.getByRole("region", { name: title });
  await expect(detail).toBeVisible();
  await expect(detail.getByRole("heading", { level: 2 })).toBeFocused();
  await page.screenshot({ path: "test-results/screens/keyboard.png" });
  await page.keyboard.press("Escape");
  await expect(detail).toHaveCount(0);
  await expect(page.locator("g.mark:focus")).toHaveCount(1);
  await page.keyboard.press("+");
  await expect(page).toHaveURL(/[?&]w=/);
  await page.keyboard.press("0");
  await expect(page).not.toHaveURL(/[?&]w=/);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no accessibility violations in the main views (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    for (const query of ["", "?e=zoom-sales-halt-2020-08-03&v=1", "?view=list&v=1"]) {
      await open(page, query);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        ),
      ).toEqual([]);
    }
    await page.screenshot({
      path: `test-results/screens/detail-${colorScheme}.png`,
      fullPage: true,
    });
  });
}

test.describe("at 375 px", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("filters open in a drawer and the detail opens as a sheet", async ({ page }) => {
    await open(page);
    await expect(page.getByRole("group", { name: "Company" })).toBeHidden();
    await page.getByRole("button", { name: "Filters" }).click();
    await page
      .getByRole("group", { name: "Type" })
      .getByRole("checkbox", { name: "Seller ban" })
      .check();
    await page.screenshot({ path: "test-results/screens/mobile-filters.png" });
    await page.getByRole("button", { name: "Done" }).click();
    await expect(count(page)).toHaveText("3 of 12 events");
    await page.getByRole("button", { name: "List" }).click();
    await page.getByRole("button", { name: /Sunvalley/ }).click();
    const sheet = page.getByRole("region", { name: /Sunvalley/ });
    await expect(sheet).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await page.screenshot({ path: "test-results/screens/mobile-detail.png" });
  });
});
