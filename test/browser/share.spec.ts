import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

const DIST = join(import.meta.dirname, "../../dist");
const dataset = JSON.parse(readFileSync(join(DIST, "data/events.json"), "utf8")) as {
  events: { id: string; title: string; summary: string }[];
};

test("the build has a share page per event, with its own tags and absolute URLs", () => {
  expect(dataset.events.length).toBeGreaterThan(0);
  for (const event of dataset.events) {
    const html = readFileSync(join(DIST, "e", event.id, "index.html"), "utf8");
    const meta = (attribute: string, name: string) =>
      new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html)?.[1] ?? "";
    expect(html).toContain(`<title>`);
    expect(meta("property", "og:title")).not.toBe("");
    expect(meta("name", "description")).not.toBe("");
    for (const url of [
      meta("property", "og:url"),
      meta("property", "og:image"),
      /rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? "",
    ]) {
      expect(url, event.id).toMatch(/^https?:\/\/[^/]+\//);
    }
    expect(meta("property", "og:url")).toMatch(new RegExp(`/e/${event.id}/$`));
    expect(meta("name", "twitter:card")).toBe("summary_large_image");
  }
  const sitemap = readFileSync(join(DIST, "sitemap.xml"), "utf8");
  // The explorer, and every event's page in each of the five languages.
  expect([...sitemap.matchAll(/<loc>/g)]).toHaveLength(dataset.events.length * 5 + 1);
  expect(readFileSync(join(DIST, "robots.txt"), "utf8")).toMatch(
    /^Sitemap: https?:\/\/.+\/sitemap\.xml$/m,
  );
  expect(readFileSync(join(DIST, "index.html"), "utf8")).toMatch(
    /<meta property="og:image" content="https?:\/\/[^"]+\/og\/exitline\.png"/,
  );
});

test("every event has a valid 1200×630 PNG preview", () => {
  for (const event of [...dataset.events, { id: "exitline" }]) {
    const file = join(DIST, "og", `${event.id}.png`);
    expect(existsSync(file), event.id).toBe(true);
    const png = readFileSync(file);
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});

test("a share page opens the explorer on its event, under a sub-path", async ({ page }) => {
  const event = dataset.events.find((e) => e.id.startsWith("zoom-sales-halt")) ?? dataset.events[0];
  if (!event) throw new Error("no events");
  await page.goto(`./e/${event.id}/`);
  await expect(page).toHaveURL(new RegExp(`/exitline/\\?e=${event.id}`));
  await expect(page.getByRole("region", { name: event.title })).toBeVisible();
});

test("copy link confirms, and exports download the filtered events", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("./?e=zoom-sales-halt-2020-08-03&v=1");
  const detail = page.getByRole("region", { name: "Zoom stops direct sales in mainland China" });
  await detail.getByRole("button", { name: "Copy link to this event" }).press("Enter");
  // The pane may also still be saying that the summary is loading: a second status.
  await expect(detail.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/exitline\/e\/zoom-sales-halt-2020-08-03\/$/,
  );
  await page
    .getByRole("group", { name: "Company" })
    .getByRole("checkbox", { name: "Zoom" })
    .check();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.trim().split("\n")).toHaveLength(3);
  expect(csv).toContain("قالت Zoom يوم الاثنين");
  await page.screenshot({ path: "test-results/screens/share.png" });
});
