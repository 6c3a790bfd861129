import { QueryClient } from "@tanstack/react-query";
import { startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { timelineDigest } from "./data/timelineDigest.ts";
import { timelineQuery } from "./data/useTimeline.ts";
import { explorerChunk, type ExplorerComponent } from "./explorerChunk.ts";
import { Root } from "./Root.tsx";
import { formatViewState, parseViewState } from "./state/viewState.ts";
import "./app.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const client = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
// Requested now rather than when React first commits: the first view waits on it.
void client.prefetchQuery(timelineQuery);
const render = (explorer: ExplorerComponent | null) =>
  createRoot(root).render(<Root client={client} explorer={explorer} prerendered={false} />);

// The build prerenders the first view of a bare URL into the page (see src/prerender/). That page
// stays on screen until the timeline and the explorer are in; then React takes it over in place
// when it shows what the app would show, or replaces it when the URL asks for another view or the
// data is not the data it was made from.
const prerendered = root.dataset.digest;
if (prerendered === undefined) render(null);
else {
  Promise.all([client.fetchQuery(timelineQuery), explorerChunk]).then(
    ([data, explorer]) => {
      const bareView = formatViewState(parseViewState(window.location.search)) === "";
      const sameData =
        prerendered.startsWith(`${data.events.length}-`) && prerendered === timelineDigest(data);
      // In a transition, hydration yields to the browser every few milliseconds instead of
      // holding the main thread for the whole tree: the page already shows, and stays responsive.
      if (bareView && sameData)
        startTransition(() => {
          hydrateRoot(root, <Root client={client} explorer={explorer} prerendered />);
        });
      else render(explorer);
    },
    // The shell says what failed and offers a retry.
    () => render(null),
  );
}
