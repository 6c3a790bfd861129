/** Bumped when the dataset's shape changes incompatibly. */
export const DATASET_VERSION = 1;
