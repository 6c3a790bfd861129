import { expect, test, type Page } from "@playwright/test";

const ZOOM = "Zoom stops direct sales in mainland China";
const ZOOM_ID = "zoom-sales-halt-2020-08-03";
const CSP = 'meta[http-equiv="Content-Security-Policy"]';

/** Records console errors, uncaught errors and CSP violations of every page the tab opens. */
async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  await page.exposeFunction("reportViolation", (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener(
      "securitypolicyviolation",
      (event) => {
        const report = (window as unknown as { reportViolation: (text: string) => void })
          .reportViolation;
        report(`${event.violatedDirective} blocked ${event.blockedURI} in ${event.documentURI}`);
      },
      true,
    );
  });
  return problems;
}

/** The script-src directive of a policy. */
const scriptSrc = (policy: string | null | undefined) =>
  policy
    ?.split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src "));

test("the explorer and the share pages declare a policy with no inline script or eval", async ({
  page,
}) => {
  await page.goto("./");
  const policy = await page.locator(CSP).getAttribute("content");
  expect(scriptSrc(policy)).toBe("script-src 'self'");
  expect(policy).not.toMatch(/unsafe-(inline|eval)/);

  // The share page sends the browser on at once: its markup is read as a crawler reads it.
  const share = await (await page.request.get(`./e/${ZOOM_ID}/`)).text();
  const sharePolicy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(share);
  expect(sharePolicy?.[1]).toBe(policy);
});

test("opening the explorer, an event and a share page logs no error and breaks no policy", async ({
  page,
}) => {
  const problems = await watchProblems(page);
  await page.goto("./");
  const timeline = page.getByRole("region", { name: "Timeline" });
  await timeline.getByRole("button", { name: new RegExp(`^${ZOOM}`) }).click();
  const detail = page.getByRole("region", { name: ZOOM });
  await expect(detail).toBeVisible();
  // The full text is fetched on demand: connect-src must allow it.
  const arabic = detail.getByRole("article", { name: "Source in Arabic" });
  await arabic.getByRole("button", { name: "Show full article" }).click();
  await expect(arabic.getByLabel("Full article").locator("mark")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/csp-explorer.png", fullPage: true });

  await page.goto(`./e/${ZOOM_ID}/`);
  await expect(page).toHaveURL(new RegExp(`/exitline/\\?e=${ZOOM_ID}&v=1$`));
  await expect(page.getByRole("region", { name: ZOOM })).toBeVisible();
  // The stylesheet applied: a policy that blocked it would leave the browser's default font.
  expect(await page.locator("body").evaluate((body) => getComputedStyle(body).fontFamily)).toMatch(
    /^system-ui/,
  );
  expect(problems).toEqual([]);
});

test("the policy is in force: a script injected into the page does not run", async ({ page }) => {
  const problems = await watchProblems(page);
  await page.goto("./");
  await expect(page.getByRole("region", { name: "Timeline" })).toBeVisible();
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "document.body.dataset.injected = 'yes'";
    document.head.append(script);
    return document.body.dataset.injected ?? "no";
  });
  expect(ran).toBe("no");
  await expect.poll(() => problems.filter((p) => p.startsWith("csp: script-src"))).toHaveLength(1);
});
