import type { Timeline } from "../../model/timelineFile.ts";

/**
 * A short fingerprint of everything the first view shows of a timeline. The build writes it into
 * the prerendered page, and the browser hydrates that page only if the timeline it loaded has
 * the same one: a page hydrated over other data would keep markup that no longer matches it.
 */
export function timelineDigest(timeline: Timeline): string {
  const { languages } = timeline.facets;
  const text = JSON.stringify([
    timeline.synthetic,
    timeline.events,
    timeline.companies,
    languages.names,
    Array.from(languages.codes),
    Array.from(languages.offsets),
  ]);
  // FNV-1a, 32 bits: a check against mixing up two builds' files, not against forgery.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${timeline.events.length}-${(hash >>> 0).toString(16).padStart(8, "0")}`;
}
