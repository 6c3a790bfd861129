import { parseDataset } from "./parseDataset.ts";

// Validates a big dataset on another core while the page draws it. Receives the response body
// as a stream and answers with null (valid) or the message saying what is wrong.
const scope = globalThis as unknown as {
  onmessage: (event: MessageEvent<ReadableStream<Uint8Array>>) => void;
  postMessage: (message: string | null) => void;
};
scope.onmessage = async (event) => {
  try {
    parseDataset(await new Response(event.data).text());
    scope.postMessage(null);
  } catch (error) {
    scope.postMessage((error as Error).message);
  }
};
