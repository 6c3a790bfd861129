import { useQuery } from "@tanstack/react-query";
import type { Dataset } from "../../model/dataset.ts";
import { DATASET_URL } from "./datasetUrl.ts";
import { hasDatasetShape, validateDataset } from "./parseDataset.ts";

/** A loaded dataset, and the full validation of it, which for big datasets finishes later. */
export interface LoadedDataset {
  readonly dataset: Dataset;
  /** Resolves when the whole dataset is known to match the schema; rejects with why not. */
  readonly checked: Promise<void>;
}

// Up to this many events, validating before drawing costs well under 0.1 s.
const VALIDATE_FIRST_EVENTS = 20_000;

/**
 * Fetches the dataset. Up to 20k events, it is validated before anything is drawn. A bigger one
 * (100k events is ~70 MB, ~0.5 s of validation) is validated in a worker, on the other core,
 * while this one draws it after a check of its envelope.
 */
export async function fetchDataset(url: string = DATASET_URL): Promise<LoadedDataset> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`Could not load the dataset (${response.status} ${response.statusText})`);
  // A copy of the body for the worker, in case the dataset is big: fetched once, read twice.
  const copy = typeof Worker === "undefined" ? null : response.clone();
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error("The dataset is not valid JSON");
  }
  performance.mark("exitline:dataset-parsed");
  if (!hasDatasetShape(json))
    throw new Error("The dataset is malformed: it is not an Exitline dataset (version 1)");
  if (json.events.length <= VALIDATE_FIRST_EVENTS || !copy?.body) {
    void copy?.body?.cancel();
    const dataset = validateDataset(json);
    performance.mark("exitline:dataset-validated");
    return { dataset, checked: Promise.resolve() };
  }
  return { dataset: json, checked: validateInWorker(copy.body) };
}

function validateInWorker(body: ReadableStream<Uint8Array>): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./datasetWorker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<string | null>) => {
      worker.terminate();
      if (event.data === null) {
        performance.mark("exitline:dataset-validated");
        resolve();
      } else reject(new Error(event.data));
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error("The dataset could not be checked"));
    };
    // The stream moves to the worker, which reads it on the other core.
    worker.postMessage(body, [body]);
  });
}

/** The dataset, via react-query. */
export function useDataset() {
  return useQuery({ queryKey: ["dataset"], queryFn: () => fetchDataset(), staleTime: Infinity });
}

/** Whether the dataset has been fully validated; its error says why not. */
export function useDatasetCheck(loaded: LoadedDataset | undefined) {
  return useQuery({
    queryKey: ["dataset-checked"],
    enabled: loaded !== undefined,
    staleTime: Infinity,
    retry: false,
    queryFn: async () => {
      await loaded?.checked;
      return true;
    },
  });
}
