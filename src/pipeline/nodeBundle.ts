import type { BuildOptions } from "esbuild";

/**
 * esbuild's options for code the build runs on Node outside the TypeScript loader (article
 * workers, card workers, the prerenderer): one ES module, packages left as imports and found in
 * node_modules from where the file is written.
 */
export const NODE_BUNDLE = {
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "silent",
} as const satisfies BuildOptions;
