import { expect, test, type Page } from "@playwright/test";

const ZOOM = "Zoom stops direct sales in mainland China";
const ZOOM_ID = "zoom-sales-halt-2020-08-03";
const KINDLE = "Amazon shuts down its Kindle e-book store in China";

/** Sums the page's layout shifts not caused by input, from the start of loading. */
async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; nodes: string[] }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node | null }[];
      }[])
        if (!entry.hadRecentInput)
          shifts.push({
            value: entry.value,
            nodes: entry.sources.map((s) =>
              s.node instanceof Element ? `${s.node.tagName}.${s.node.getAttribute("class")}` : "",
            ),
          });
    }).observe({ type: "layout-shift", buffered: true });
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { shifts: { value: number; nodes: string[] }[] }).shifts,
    );
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the explorer's first view is readable: toolbar, filters and every event", async ({
    page,
  }) => {
    await page.goto("./");
    await expect(page.getByRole("heading", { name: "Exitline", level: 1 })).toBeVisible();
    await expect(page.locator(".toolbar .count")).toHaveText("12 of 12 events");
    await expect(
      page.getByRole("group", { name: "Company" }).getByRole("checkbox", { name: "Zoom" }),
    ).toHaveAccessibleDescription("2 events");
    const timeline = page.getByRole("region", { name: "Timeline" });
    for (const title of [ZOOM, KINDLE])
      await expect(timeline.getByRole("link", { name: title })).toBeVisible();
    await expect(timeline.getByRole("link")).toHaveCount(12);
    await page.screenshot({ path: "test-results/screens/prerendered.png", fullPage: true });

    // Each title leads to the event's own page, which holds its detail.
    await timeline.getByRole("link", { name: ZOOM }).click();
    await expect(page).toHaveURL(new RegExp(`/exitline/e/${ZOOM_ID}/$`));
    await expect(page.getByRole("heading", { name: ZOOM })).toBeVisible();
  });

  test("a share page shows the event's detail and its sources, and links to the explorer", async ({
    page,
  }) => {
    await page.goto(`./e/${ZOOM_ID}/`);
    // No meta refresh: without scripts the visitor stays where the content is.
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(new RegExp(`/exitline/e/${ZOOM_ID}/$`));
    const detail = page.getByRole("region", { name: ZOOM });
    await expect(detail.getByRole("heading", { name: ZOOM })).toBeVisible();
    await expect(detail).toContainText("3 Aug 2020");
    const arabic = detail.getByRole("article", { name: "Source in Arabic" });
    await expect(arabic).toContainText("قالت Zoom يوم الاثنين");
    await expect(arabic.locator("blockquote")).toHaveAttribute("dir", "rtl");
    await expect(detail.getByRole("article", { name: "Source in French" })).toBeVisible();
    // Controls that need the app are not offered on the static page.
    await expect(detail.getByRole("button", { name: "Show full article" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: `Open “${ZOOM}” in Exitline` })).toHaveAttribute(
      "href",
      `../../?e=${ZOOM_ID}&v=1`,
    );
    await page.screenshot({ path: "test-results/screens/share-page.png", fullPage: true });
  });
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 412, height: 823 },
]) {
  test(`the app takes over the prerendered page in place, with no layout shift (${viewport.width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const problems: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    const shifts = await watchLayoutShifts(page);
    // The timeline is held back until the prerendered page has been marked, so the mark shows
    // whether React kept that page's elements (hydration) or put new ones in their place.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/data/timeline.json", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("./", { waitUntil: "domcontentloaded" });
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect(timeline.getByRole("link", { name: ZOOM })).toBeVisible();
    await page.evaluate(() => {
      document.querySelector(".toolbar h1")?.setAttribute("data-seen", "prerendered");
      document.querySelector(".timeline-svg")?.setAttribute("data-seen", "prerendered");
    });
    release();

    await expect(timeline.locator("g.mark")).not.toHaveCount(0);
    // The drawing replaced the list of links; the page's own elements are still there.
    await expect(timeline.getByRole("link")).toHaveCount(0);
    await expect(page.locator('.toolbar h1[data-seen="prerendered"]')).toHaveCount(1);
    await expect(page.locator('.timeline-svg[data-seen="prerendered"]')).toHaveCount(1);
    // The app is live: a filter works.
    await page.getByRole("button", { name: "List" }).click();
    await expect(page.getByRole("table")).toBeVisible();

    const found = await shifts();
    const total = found.reduce((sum, s) => sum + s.value, 0);
    console.log(
      `layout shift at ${viewport.width} px: ${total.toFixed(4)}`,
      found.length ? JSON.stringify(found) : "",
    );
    expect(total).toBeLessThan(0.02);
    expect(problems).toEqual([]);
  });
}

test("a link with a view replaces the prerendered page with that view", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  await page.goto(`./?e=${ZOOM_ID}&c=zoom&v=1`);
  await expect(page.getByRole("region", { name: ZOOM })).toBeVisible();
  await expect(page.locator(".toolbar .count")).toHaveText("2 of 12 events");
  await expect(page.getByRole("region", { name: "Timeline" }).getByRole("link")).toHaveCount(0);
  expect(problems).toEqual([]);
});

test("data other than the build's is rendered afresh, not hydrated over", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.route("**/data/timeline.json", async (route) => {
    const response = await route.fetch();
    const file = (await response.json()) as { title: string[] };
    file.title = file.title.map((t) => (t === ZOOM ? "Zoom, renamed since the build" : t));
    await route.fulfill({ response, json: file });
  });
  await page.goto("./");
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(
    timeline.getByRole("button", { name: /^Zoom, renamed since the build/ }),
  ).toHaveCount(1);
  await expect(timeline.getByRole("link")).toHaveCount(0);
  expect(problems).toEqual([]);
});
