/** A file of the generated data, relative to the page so any host and sub-path work. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}`;
}

/** Where the built app finds the timeline file, which it loads first. */
export const TIMELINE_URL = dataUrl("timeline.json");

/** Where the built app finds the whole dataset, which it loads after the first view. */
export const DATASET_URL = dataUrl("events.json");
