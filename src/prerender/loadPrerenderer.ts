import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import type { Dataset } from "../model/dataset.ts";
import type { Prerenderer } from "./prerenderer.ts";
import { NODE_BUNDLE } from "../pipeline/nodeBundle.ts";

/**
 * A prerenderer over `dataset`, made by bundling the app's components for Node with esbuild
 * (JSX, and `import.meta.env` as Vite sets it for a build with `base: "./"`); packages stay
 * imports, so React renders with the same copy that react-dom/server brings. The build's config
 * loads no React itself: the pipeline's plugin only calls what this returns.
 */
export async function loadPrerenderer(dataset: Dataset): Promise<Prerenderer> {
  const dir = fileURLToPath(
    new URL("../../node_modules/.cache/exitline-prerender/", import.meta.url),
  );
  mkdirSync(dir, { recursive: true });
  // Inside node_modules, so that the bundle's imports of packages resolve from where it is.
  const file = join(dir, `prerenderer-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [fileURLToPath(new URL("./createPrerenderer.tsx", import.meta.url))],
    ...NODE_BUNDLE,
    outfile: file,
    jsx: "automatic",
    define: { "import.meta.env.BASE_URL": JSON.stringify("./") },
  });
  try {
    const module = (await import(pathToFileURL(file).href)) as {
      createPrerenderer: (dataset: Dataset) => Promise<Prerenderer>;
    };
    return await module.createPrerenderer(dataset);
  } finally {
    rmSync(file, { force: true });
  }
}
