import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { StrictMode } from "react";
import { App } from "./App.tsx";
import type { ExplorerComponent } from "./explorerChunk.ts";

/**
 * The whole tree, as the browser mounts it and as the build prerenders it: both must render the
 * same elements for the browser to hydrate the prerendered page rather than replace it.
 */
export function Root(props: {
  readonly client: QueryClient;
  /** The explorer, when its chunk is already in; else the shell waits for it. */
  readonly explorer: ExplorerComponent | null;
  /** Whether this render must match the page prerendered at build time. */
  readonly prerendered: boolean;
}) {
  return (
    <StrictMode>
      <QueryClientProvider client={props.client}>
        <App explorer={props.explorer} prerendered={props.prerendered} />
      </QueryClientProvider>
    </StrictMode>
  );
}
