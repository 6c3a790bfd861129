import { expect, test } from "@playwright/test";

test("two presses of Tab reach the first event: the skip link, then the timeline's tab stop", async ({
  page,
}) => {
  await page.goto("./");
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.locator("g.mark")).not.toHaveCount(0);

  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to timeline" });
  await expect(skip).toBeFocused();
  // Visible when focused, inside the window.
  await expect(skip).toBeInViewport();
  await page.screenshot({ path: "test-results/screens/skip-link.png" });
  await page.keyboard.press("Enter");

  await page.keyboard.press("Tab");
  const stop = timeline.locator("g.mark[tabindex='0']");
  await expect(stop).toBeFocused();
  await expect(stop).toHaveAccessibleName(/^Alibaba buys a stake in Weibo, April 2013$/);
  // The URL holds only the view: the skip link adds no fragment to it.
  expect(new URL(page.url()).hash).toBe("");
  // From there the arrows step through the events, as before.
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("g.mark:focus")).toHaveAccessibleName(/^JD\.com ends its log-in/);
});

test("in the list view, the skip link leads to the list", async ({ page }) => {
  await page.goto("./?view=list&v=1");
  await expect(page.getByRole("table")).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to events" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Alibaba buys a stake in Weibo" })).toBeFocused();
});
