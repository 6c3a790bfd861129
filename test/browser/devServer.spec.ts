import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { expect, test } from "@playwright/test";
import { createServer, type ViteDevServer } from "vite";
import { exitlineData } from "../../src/pipeline/vitePlugin.ts";
import { loadPrerenderer } from "../../src/prerender/loadPrerenderer.ts";

const ROOT = join(import.meta.dirname, "../..");
const PORT = 4319;

// The dev server of `npm start`, on a copy of the seeds, writing its data outside the project.
let server: ViteDevServer;
let seeds: string;
let publicDir: string;

test.beforeAll(async () => {
  seeds = mkdtempSync(join(tmpdir(), "exitline-dev-seeds-"));
  publicDir = mkdtempSync(join(tmpdir(), "exitline-dev-public-"));
  cpSync(join(ROOT, "seeds"), seeds, { recursive: true });
  server = await createServer({
    root: ROOT,
    configFile: false,
    publicDir,
    logLevel: "silent",
    plugins: [
      react(),
      exitlineData({ seeds, out: join(publicDir, "data"), prerender: loadPrerenderer }),
    ],
    server: { host: "127.0.0.1", port: PORT, strictPort: true },
  });
  await server.listen();
});

test.afterAll(async () => {
  await server.close();
  rmSync(seeds, { recursive: true, force: true });
  rmSync(publicDir, { recursive: true, force: true });
});

test("a broken curation file shows in the overlay, naming the file and the field, and the page keeps its data", async ({
  page,
}) => {
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole("button", { name: "List" }).click();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toBeVisible({ timeout: 20_000 });
  const before = await rows.count();

  writeFileSync(
    join(seeds, "002_4ba10382b73ab580.meta.json"),
    JSON.stringify({ url: "javascript:alert(1)" }),
  );
  const overlay = page.locator("vite-error-overlay");
  await expect(overlay).toBeAttached({ timeout: 20_000 });
  await expect(overlay.locator(".message")).toContainText(
    "002_4ba10382b73ab580.meta.json: url: must be an absolute http: or https: URL",
  );
  // The data of the last good build is still what the page shows.
  await page.evaluate(() => document.querySelector("vite-error-overlay")?.remove());
  await expect(rows).toHaveCount(before);
});
