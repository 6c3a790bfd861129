import { createReadStream, existsSync } from "node:fs";
import { resolve, sep } from "node:path";
import type { Plugin, ResolvedConfig, ViteDevServer } from "vite";
import type { Dataset } from "../model/dataset.ts";
import type { Prerenderer } from "../prerender/prerenderer.ts";
import { escapeHtml } from "./share/html.ts";
import { siteUrlFrom, writeShareFiles } from "./share/writeShareFiles.ts";
import { DEFAULT_OUT, DEFAULT_SEEDS } from "./paths.ts";
import { runPipeline } from "./runPipeline.ts";

const EMPTY_ROOT = '<div id="root"></div>';

/**
 * Runs the pipeline before every build, so the app always ships the dataset made from
 * `seeds/`, and again in the dev server whenever a seed or curation file changes. A build
 * prerenders, with `prerender`, the explorer's first view into index.html and each event's
 * detail into its share page.
 */
export function exitlineData(options: {
  readonly seeds?: string;
  readonly out?: string;
  readonly prerender: (dataset: Dataset) => Promise<Prerenderer>;
}): Plugin {
  const seeds = resolve(options.seeds ?? DEFAULT_SEEDS);
  const out = resolve(options.out ?? DEFAULT_OUT);
  let config: ResolvedConfig | null = null;
  let built: Dataset | null = null;
  // Made once per dataset, on first use: only builds prerender.
  let prerenderer: Promise<Prerenderer> | null = null;
  const prerendered = (dataset: Dataset) => (prerenderer ??= options.prerender(dataset));
  const build = async () => {
    const { dataset, fresh, cached } = await runPipeline({ seeds, out });
    built = dataset;
    prerenderer = null;
    return `${dataset.events.length} events from ${dataset.sources.length} sources (${dataset.unplaced.length} unplaced; ${fresh} articles read, ${cached} from the cache)`;
  };
  let timer: NodeJS.Timeout | undefined;
  return {
    name: "exitline-data",
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      this.info(await build());
    },
    // The explorer's own page gets its description, canonical link and preview tags too, and its
    // first view, prerendered.
    async transformIndexHtml(html) {
      // The timeline file is what the first view waits for: the request starts with the page,
      // not after the scripts have loaded and run.
      const preload = `<link rel="preload" href="${escapeHtml(config?.base ?? "/")}data/timeline.json" as="fetch" crossorigin="anonymous" />`;
      html = html.replace("</head>", `    ${preload}\n  </head>`);
      if (config?.command !== "build" || !built) return html;
      if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html needs an empty ${EMPTY_ROOT}`);
      const view = (await prerendered(built)).explorer();
      html = html.replace(
        EMPTY_ROOT,
        () => `<div id="root" data-digest="${escapeHtml(view.digest)}">${view.html}</div>`,
      );
      const site = siteUrlFrom(process.env.SITE_URL, () => {});
      const description =
        "When and how technology companies pull out of, restrict, or cut ties in the Chinese market.";
      const tags = [
        `<link rel="canonical" href="${escapeHtml(site)}" />`,
        `<meta property="og:type" content="website" />`,
        `<meta property="og:site_name" content="Exitline" />`,
        `<meta property="og:title" content="Exitline" />`,
        `<meta property="og:description" content="${escapeHtml(description)}" />`,
        `<meta property="og:url" content="${escapeHtml(site)}" />`,
        `<meta property="og:image" content="${escapeHtml(new URL("og/exitline.png", site).href)}" />`,
        `<meta name="twitter:card" content="summary_large_image" />`,
      ];
      return html.replace("</head>", `    ${tags.join("\n    ")}\n  </head>`);
    },
    // After the bundle is written: a share page and preview card per event and language, sitemap,
    // robots.txt.
    async writeBundle(_, bundle) {
      if (!config || !built) return;
      const started = performance.now();
      const site = siteUrlFrom(process.env.SITE_URL, (message) => config?.logger.warn(message));
      const stylesheet = Object.values(bundle)
        .flatMap((item) =>
          item.type === "chunk" && item.isEntry ? [...(item.viteMetadata?.importedCss ?? [])] : [],
        )
        .at(0);
      if (!stylesheet) throw new Error("The build has no stylesheet for the share pages");
      const pages = await prerendered(built);
      const written = await writeShareFiles(
        built,
        resolve(config.root, config.build.outDir),
        site,
        resolve(config.root, "node_modules/.cache/exitline-og"),
        { detail: (id, locale) => pages.eventDetail(id, locale), stylesheet },
      );
      config.logger.info(
        `exitline: ${written.pages} share pages and ${written.cards} preview cards (${written.drawn} drawn on ${written.workers} workers, the rest cached) in ${((performance.now() - started) / 1000).toFixed(1)}s`,
      );
    },
    configureServer(server: ViteDevServer) {
      // The data is served from where the pipeline writes it. Vite lists the public folder's
      // files when it starts, before the first run has written them: on a fresh clone the app
      // was sent the page instead of its data.
      server.middlewares.use("/data", (request, response, next) => {
        const path = decodeURIComponent((request.url ?? "/").split("?")[0] ?? "/");
        const file = resolve(out, `.${path}`);
        if (!file.startsWith(`${out}${sep}`) || !existsSync(file)) return next();
        response.setHeader("Content-Type", "application/json");
        response.setHeader("Cache-Control", "no-store");
        createReadStream(file).pipe(response);
      });
      server.watcher.add(seeds);
      server.watcher.on("all", (_event, file) => {
        if (!resolve(file).startsWith(seeds)) return;
        clearTimeout(timer);
        // Saving several files at once should rebuild once.
        timer = setTimeout(() => {
          build()
            .then((summary) => {
              server.config.logger.info(`exitline: ${summary}`);
              server.ws.send({ type: "full-reload" });
            })
            .catch((error: Error) => {
              server.config.logger.error(`exitline: ${error.message}`);
              server.ws.send({ type: "error", err: { message: error.message, stack: "" } });
            });
        }, 150);
      });
    },
  };
}
