import { fold } from "../../model/fold.ts";

/** Past this many articles, full-text search keeps each article's first `SEARCH_PREFIX`
 * characters (headline and lead): a complete copy of 100k articles would be hundreds of MB for
 * every visitor to download. */
export const FULL_SEARCH_UP_TO = 5000;
export const SEARCH_PREFIX = 2000;

/** Text as search reads it: folded, so the app need not fold every article in the browser. */
export function searchText(text: string): string {
  return fold(text).replace(/\s+/g, " ");
}
