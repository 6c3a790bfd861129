import { DatasetSchema, type Dataset } from "../../model/dataset.ts";

/** Validates a parsed dataset; throws an Error that says what is wrong and where. */
export function validateDataset(json: unknown): Dataset {
  const parsed = DatasetSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `The event details (events.json) are malformed: ${issue?.path.join(".") || "(top level)"}: ${issue?.message ?? "unknown problem"}`,
    );
  }
  return parsed.data;
}

/** Parses and validates a dataset's JSON text. */
export function parseDataset(text: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error("The event details (events.json) are not valid JSON");
  }
  return validateDataset(json);
}

/** The envelope a dataset must have before anything is drawn from it: cheap, for big datasets. */
export function hasDatasetShape(json: unknown): json is Dataset {
  if (typeof json !== "object" || json === null) return false;
  const d = json as Record<string, unknown>;
  return d.version === 1 && [d.events, d.sources, d.companies].every(Array.isArray);
}
