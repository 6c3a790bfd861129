/** Fetches and parses a data file; errors name the file and say what went wrong. */
export async function fetchJson(url: string, what: string): Promise<unknown> {
  const response = await fetch(url);
  return readJson(response, what);
}

/** Parses a fetched data file's body, with the same errors as fetchJson. */
export async function readJson(response: Response, what: string): Promise<unknown> {
  if (!response.ok)
    throw new Error(`Could not load ${what} (${response.status} ${response.statusText})`.trim());
  try {
    return await response.json();
  } catch {
    throw new Error(`${capitalised(what)} could not be read: it is not valid JSON`);
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
