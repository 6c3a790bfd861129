import { useQuery } from "@tanstack/react-query";
import { DatasetSchema, type Dataset } from "../model/dataset.ts";
import { DATASET_URL } from "./datasetUrl.ts";

/** Fetches and validates the dataset once; the rest of the app trusts its types. */
export async function fetchDataset(url: string = DATASET_URL): Promise<Dataset> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`Could not load the dataset (${response.status} ${response.statusText})`);
  const json: unknown = await response.json();
  performance.mark("exitline:dataset-parsed");
  const parsed = DatasetSchema.safeParse(json);
  performance.mark("exitline:dataset-validated");
  if (!parsed.success)
    throw new Error(`The dataset is malformed: ${parsed.error.issues[0]?.message ?? "unknown"}`);
  return parsed.data;
}

/** The dataset, via react-query. */
export function useDataset() {
  return useQuery({ queryKey: ["dataset"], queryFn: () => fetchDataset(), staleTime: Infinity });
}
