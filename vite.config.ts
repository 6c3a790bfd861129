import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { bundleBudget } from "./src/pipeline/bundleBudget.ts";
import { contentSecurityPolicy } from "./src/pipeline/cspPlugin.ts";
import { exitlineData } from "./src/pipeline/vitePlugin.ts";
import { loadPrerenderer } from "./src/prerender/loadPrerenderer.ts";

export default defineConfig({
  // Relative asset URLs let dist/ be served from any sub-path of any static host.
  base: "./",
  // The initial JS + CSS budget, in KB gzip (vis-timeline alone is about 155).
  plugins: [
    react(),
    exitlineData({ prerender: loadPrerenderer }),
    bundleBudget(110),
    contentSecurityPolicy(),
  ],
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    environment: "node",
    // Dates in tests must not depend on the machine's zone.
    env: { TZ: "UTC" },
    setupFiles: ["test/setup.ts"],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
