import { useQuery } from "@tanstack/react-query";
import { DATASET_URL } from "./datasetUrl.ts";
import { indexDetails, type Details } from "./details.ts";
import { readJson } from "./fetchJson.ts";
import { hasDatasetShape, validateDataset } from "./parseDataset.ts";

// Up to this many events, validating on this thread costs well under 0.1 s.
const VALIDATE_HERE_EVENTS = 20_000;

/**
 * Fetches the whole dataset, which the detail pane, search and exports read. A big one (100k
 * events is ~70 MB, ~0.7 s of validation) is validated in a worker, on the other core, so the
 * view stays responsive meanwhile. Resolves once it is known to match the schema.
 */
export async function fetchDataset(url: string = DATASET_URL): Promise<Details> {
  const response = await fetch(url);
  // A copy of the body for the worker, in case the dataset is big: fetched once, read twice.
  const copy = typeof Worker === "undefined" || !response.ok ? null : response.clone();
  const json = await readJson(response, "the event details (events.json)");
  if (!hasDatasetShape(json)) {
    void copy?.body?.cancel();
    throw new Error("The event details (events.json) are not an Exitline dataset (version 1)");
  }
  if (json.events.length <= VALIDATE_HERE_EVENTS || !copy?.body) {
    void copy?.body?.cancel();
    return indexDetails(validateDataset(json));
  }
  await validateInWorker(copy.body);
  return indexDetails(json);
}

function validateInWorker(body: ReadableStream<Uint8Array>): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./datasetWorker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<string | null>) => {
      worker.terminate();
      if (event.data === null) resolve();
      else reject(new Error(event.data));
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error("The event details (events.json) could not be checked"));
    };
    // The stream moves to the worker, which reads it on the other core.
    worker.postMessage(body, [body]);
  });
}

/** The whole dataset, via react-query: requested once the first view is up. */
export function useDataset() {
  return useQuery({ queryKey: ["dataset"], queryFn: () => fetchDataset(), staleTime: Infinity });
}
