import { resolve } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { DEFAULT_OUT, DEFAULT_SEEDS } from "./paths.ts";
import { runPipeline } from "./runPipeline.ts";

/**
 * Runs the pipeline before every build, so the app always ships the dataset made from
 * `seeds/`, and again in the dev server whenever a seed or curation file changes.
 */
export function exitlineData(options: { seeds?: string; out?: string } = {}): Plugin {
  const seeds = resolve(options.seeds ?? DEFAULT_SEEDS);
  const out = resolve(options.out ?? DEFAULT_OUT);
  const build = async () => {
    const dataset = await runPipeline({ seeds, out });
    return `${dataset.events.length} events from ${dataset.sources.length} sources (${dataset.unplaced.length} unplaced)`;
  };
  let timer: NodeJS.Timeout | undefined;
  return {
    name: "exitline-data",
    async buildStart() {
      this.info(await build());
    },
    configureServer(server: ViteDevServer) {
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
