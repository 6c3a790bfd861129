import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";

/** Sizes a build reports: what a first visit downloads before the page can render, and everything. */
export interface BundleSizes {
  readonly initialGzip: number;
  readonly totalGzip: number;
}

/**
 * Reports the gzip size of the initial JS + CSS (entry chunks, their static imports and their
 * CSS) and of all JS + CSS, and fails the build when the initial size is over `limitKb`.
 */
export function bundleBudget(limitKb: number): Plugin {
  return {
    name: "exitline-bundle-budget",
    apply: "build",
    generateBundle(_, bundle) {
      const gz = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;
      const initial = new Set<string>();
      const visit = (name: string) => {
        const item = bundle[name];
        if (!item || initial.has(name)) return;
        initial.add(name);
        if (item.type === "chunk") {
          item.imports.forEach(visit);
          item.viteMetadata?.importedCss.forEach(visit);
        }
      };
      for (const [name, item] of Object.entries(bundle))
        if (item.type === "chunk" && item.isEntry) visit(name);
      let initialGzip = 0;
      let totalGzip = 0;
      for (const [name, item] of Object.entries(bundle)) {
        if (!/\.(js|css)$/.test(name)) continue;
        const size = gz(item.type === "chunk" ? item.code : item.source);
        totalGzip += size;
        if (initial.has(name)) initialGzip += size;
      }
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      this.info(
        `initial JS + CSS ${kb(initialGzip)} gzip (budget ${limitKb} KB); all JS + CSS ${kb(totalGzip)} gzip`,
      );
      // Unminified builds made for profiling set EXITLINE_NO_BUDGET; every real build is held to it.
      if (initialGzip > limitKb * 1024 && !process.env.EXITLINE_NO_BUDGET) {
        this.error(`initial JS + CSS is ${kb(initialGzip)} gzip, over the ${limitKb} KB budget`);
      }
    },
  };
}
