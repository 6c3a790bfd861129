import type { Explorer } from "./Explorer.tsx";

/** The explorer's component type, for the shell that shows it once its chunk is in. */
export type ExplorerComponent = typeof Explorer;

/**
 * The explorer (and d3) is a chunk of its own, requested as this module loads, so it downloads
 * while the timeline does: the first paint needs only React and the shell.
 */
export const explorerChunk: Promise<ExplorerComponent> = import("./Explorer.tsx").then(
  (m) => m.Explorer,
);
