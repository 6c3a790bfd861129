import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.ts";

/** The sub-path the built app is served under, as on a static host that is not at the root. */
export const PREFIX = "/exitline/";
const PORT = 4317;

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: "../../test-results/playwright",
  fullyParallel: false,
  workers: 1,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "../../test-results/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${PREFIX}`,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    timezoneId: "UTC",
    locale: "en-GB",
  },
  webServer: {
    command: `npx tsx test/browser/serve.ts --port ${PORT} --prefix ${PREFIX}`,
    cwd: "../..",
    url: `http://127.0.0.1:${PORT}${PREFIX}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
