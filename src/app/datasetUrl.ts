/** Where the built app finds the dataset, relative to the page so any sub-path works. */
export const DATASET_URL = `${import.meta.env.BASE_URL}data/events.json`;
