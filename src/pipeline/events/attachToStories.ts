import { parseEdtf, type EdtfDate } from "../../model/edtf.ts";
import type { Gazetteer } from "../mentions/gazetteer.ts";
import type { MergedEvent } from "./storyMerger.ts";

/**
 * What an article the extractor could not read still says: the companies its headline and lead
 * name, that they name China, and when it was published.
 */
export interface StoryProbe {
  readonly sourceId: string;
  readonly companies: readonly string[];
  readonly published: EdtfDate;
  /** The headline, kept as the evidence of the attachment. */
  readonly evidence: string;
  readonly language: string;
}

/** A probe that found its story, with the words that say why. */
export interface Attachment {
  readonly probe: StoryProbe;
  readonly event: number;
  readonly basis: string;
}

const DAY = 86_400_000;
// News of a move is published from a few days before it takes effect to a few weeks after.
const BEFORE_DAYS = 30;
const AFTER_DAYS = 3;
// Confidence of an attachment made on company, country and date alone.
export const ATTACHED_CONFIDENCE = 0.4;

/**
 * Attaches each probe to the main event of a known story: the same company (or its parent or
 * subsidiary) and a date the publication fits. A probe that fits two different moves equally
 * well, or none, stays unattached: guessing would put a source under the wrong event.
 */
export function attachToStories(
  events: readonly MergedEvent[],
  probes: readonly StoryProbe[],
  gazetteer: Gazetteer,
): Attachment[] {
  const family = (id: string) => {
    const parent = gazetteer.companies.get(id)?.parent;
    return parent ? [id, parent] : [id];
  };
  const attachments: Attachment[] = [];
  for (const probe of probes) {
    const published = parseEdtf(probe.published);
    if (!published) continue;
    const named = new Set(probe.companies.flatMap(family));
    const fits = events
      .map((event, index) => ({ event, index, gap: gapDays(event, published.min, published.max) }))
      .filter(
        ({ event, gap }) =>
          event.primary &&
          gap !== null &&
          event.companies
            .slice(0, 1)
            .flatMap(family)
            .some((id) => named.has(id)),
      )
      .sort((a, b) => (a.gap ?? 0) - (b.gap ?? 0));
    const [first] = fits;
    if (!first) continue;
    // "China bans Intel and AMD chips": stories that fit as well as the best are one move
    // reported per company when they share its type and dates; otherwise the probe could be
    // telling either, and stays unattached.
    const tied = fits.filter((f) => f.gap === first.gap);
    if (!tied.every((f) => oneMove(f.event, first.event))) continue;
    for (const fit of tied) {
      const company = gazetteer.companies.get(fit.event.companies[0] ?? "")?.name;
      attachments.push({
        probe,
        event: fit.index,
        basis: `no lexicon for "${probe.language}": names ${company} and China, published ${probe.published}, ${fit.gap} days from the event`,
      });
    }
  }
  return attachments;
}

function oneMove(a: MergedEvent, b: MergedEvent): boolean {
  return a.type === b.type && a.date === b.date && a.effective === b.effective;
}

/** Days from an event's dates to a publication window, or null when it does not fit. */
function gapDays(event: MergedEvent, from: number, to: number): number | null {
  let gap: number | null = null;
  for (const date of [event.date, event.effective]) {
    const extent = date ? parseEdtf(date) : null;
    if (!extent) continue;
    if (extent.max < from - BEFORE_DAYS * DAY || extent.min > to + AFTER_DAYS * DAY) continue;
    const days = Math.max(0, Math.round(Math.max(from - extent.max, extent.min - to) / DAY));
    gap = gap === null ? days : Math.min(gap, days);
  }
  return gap;
}
