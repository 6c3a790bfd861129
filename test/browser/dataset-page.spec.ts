import { expect, test } from "@playwright/test";

test("the built page lists the seeds' events in date order", async ({ page }) => {
  await page.goto("./");
  const table = page.getByRole("table");
  await expect(table).toBeVisible();
  const rows = table.getByRole("row");
  // The Zoom story arrives in French and Arabic and is one event.
  await expect(rows.filter({ hasText: "Zoom stops direct sales in mainland China" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Amazon shuts down its Kindle e-book store in China" })).toContainText("2 Jun 2022");
  await expect(rows.filter({ hasText: "JD.com ends its log-in integration with Weibo" })).toContainText("Partnership cut");
  const dates = await table.locator("tbody tr td:first-child").allTextContents();
  expect(dates[0]).toContain("2013");
  expect(dates.at(-1)).toContain("2 Jun 2022");
  await page.screenshot({ path: "test-results/screens/dataset-page.png", fullPage: true });
});
