import { parseEdtf, precisionRank, type EdtfDate } from "../../model/edtf.ts";
import type { EventDraft } from "./eventDraft.ts";

/**
 * The date most reports give, at the finest precision any gives; among equally common ones,
 * the earlier, since outlets that wrote a day later date the move by their own "yesterday".
 * Where articles report the move as their main event, only they vote: an article dates what it
 * is about with care, and a passing mention in another is an aside.
 */
export function vote(all: readonly EventDraft[], key: "date" | "effective"): EdtfDate | null {
  const main = all.filter((d) => d.primary && d[key] !== null);
  const drafts = main.length > 0 ? main : all;
  const values = drafts.map((d) => d[key]).filter((v) => v !== null);
  const finest = Math.max(...values.map(precisionRank));
  const counts = new Map<EdtfDate, number>();
  for (const v of values) if (precisionRank(v) === finest) counts.set(v, (counts.get(v) ?? 0) + 1);
  let chosen: EdtfDate | null = null;
  for (const [value, count] of counts) {
    const best = chosen === null ? 0 : (counts.get(chosen) ?? 0);
    const earlier =
      chosen !== null && (parseEdtf(value)?.min ?? Infinity) < (parseEdtf(chosen)?.min ?? Infinity);
    if (count > best || (count === best && earlier)) chosen = value;
  }
  return chosen;
}

// How much earlier than its taking effect a report must date a move to be its announcement.
const ANNOUNCED_BEFORE_DAYS = 1;
const DAY = 86_400_000;

/**
 * "IBM will close its R&D arm in China" (August) and "IBM closes its unit on 1 March" (March):
 * where most reports date the move by its taking effect, an earlier report of it as news is
 * its announcement, and the event's date.
 */
export function announced(
  drafts: readonly EventDraft[],
  date: EdtfDate | null,
  effective: EdtfDate | null,
): EdtfDate | null {
  if (date === null || date !== effective) return date;
  // Outlets a day apart disagree on the day; an announcement comes before that.
  const from = (parseEdtf(date)?.min ?? -Infinity) - ANNOUNCED_BEFORE_DAYS * DAY;
  let earliest: EdtfDate | null = null;
  for (const d of drafts) {
    const at = d.primary && d.date ? parseEdtf(d.date) : null;
    if (
      at &&
      d.date &&
      at.max < from &&
      (earliest === null || at.min < (parseEdtf(earliest)?.min ?? 0))
    )
      earliest = d.date;
  }
  return earliest ?? date;
}
