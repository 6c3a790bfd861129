import { QueryClient } from "@tanstack/react-query";
import { startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { config as zodConfig } from "zod/mini";
import { DEFAULT_LOCALE } from "../i18n/locales.ts";
import { negotiateLocale } from "../i18n/negotiateLocale.ts";
import { timelineDigest } from "./data/timelineDigest.ts";
import { timelineQuery } from "./data/useTimeline.ts";
import { explorerChunk, type ExplorerComponent } from "./explorerChunk.ts";
import { loadLocalizer } from "./i18n/localizers.ts";
import { Root } from "./Root.tsx";
import { DEFAULT_VIEW, formatViewState, parseViewState } from "./state/viewState.ts";
import "./app.css";

// The page's policy forbids eval (see contentSecurityPolicy.ts), so zod's compiled parsers cannot
// be used; without this it would probe with \`new Function\` and the page would report a violation.
zodConfig({ jitless: true });

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const client = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
// Requested now rather than when React first commits: the first view waits on it.
void client.prefetchQuery(timelineQuery);
const view = parseViewState(window.location.search);
// The link's `lang=`, else the browser's preferred languages, else English.
const locale = negotiateLocale(view.lang, navigator.languages);
// Another language's words are requested with the timeline, not after it.
const words = loadLocalizer(locale).catch(() => null);
const render = (explorer: ExplorerComponent | null) =>
  createRoot(root).render(
    <Root client={client} locale={locale} explorer={explorer} prerendered={false} />,
  );

// The build prerenders the first view of a bare URL into the page, in the default language (see
// src/prerender/). That page stays on screen until the timeline, the explorer and the reader's
// words are in; then React takes it over in place when it shows what the app would show, or
// replaces it when the URL asks for another view or language, or the data is not the data it
// was made from.
const prerendered = root.dataset.digest;
if (prerendered === undefined) render(null);
else {
  Promise.all([client.fetchQuery(timelineQuery), explorerChunk, words]).then(
    ([data, explorer]) => {
      const bareView = formatViewState({ ...view, lang: DEFAULT_VIEW.lang }) === "";
      const sameData =
        prerendered.startsWith(`${data.events.length}-`) && prerendered === timelineDigest(data);
      // In a transition, hydration yields to the browser every few milliseconds instead of
      // holding the main thread for the whole tree: the page already shows, and stays responsive.
      if (bareView && locale === DEFAULT_LOCALE && sameData)
        startTransition(() => {
          hydrateRoot(
            root,
            <Root client={client} locale={locale} explorer={explorer} prerendered />,
          );
        });
      else render(explorer);
    },
    // The shell says what failed and offers a retry.
    () => render(null),
  );
}
