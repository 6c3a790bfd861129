/** The seeds folder the pipeline reads by default. */
export const DEFAULT_SEEDS = "seeds";
/** Where the app reads the dataset from: Vite copies `public/` into the build. */
export const DEFAULT_OUT = "public/data";
/** Where per-article results are kept between builds. */
export const DEFAULT_CACHE = "node_modules/.cache/exitline-articles";
