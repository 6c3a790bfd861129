import { parseEdtf, precisionRank } from "../../model/edtf.ts";
import type { Trigger } from "../mentions/findTriggers.ts";
import type { DatedMention } from "./readSentence.ts";

export function nearestTrigger(at: number, triggers: readonly Trigger[]): Trigger | undefined {
  return [...triggers].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

// A date after the phrase counts double: reporters put the when before the move, or right after.
const AFTER_WEIGHT = 2;

/**
 * The date nearest a move phrase: "LinkedIn announced in October 2021 the closure of its
 * network, and in June Amazon said its Kindle store would close" gives each move its own.
 */
export function nearestDate(
  dates: readonly DatedMention[],
  trigger: Trigger,
  text: string,
  verbFinal = false,
): DatedMention | null {
  // "In October LinkedIn announced its closure; in November, Yahoo's turn came": a date past a
  // semicolon belongs to the next statement, unless the move's own statement has none.
  const statement = (at: number) => text.slice(0, at).match(STATEMENT_END)?.length ?? 0;
  const own = dates.filter((d) => statement(d.start) === statement(trigger.start));
  let chosen: DatedMention | null = null;
  let closest = Infinity;
  // "昨年3月には…美的集団に売却することで合意し、同年6月末に手続きを終えている": where the verb
  // ends its clause, a date past the next clause break is that clause's, not the move's.
  const past = (d: DatedMention) =>
    verbFinal && d.start >= trigger.end && CLAUSE_BREAK.test(text.slice(trigger.end, d.start));
  const ownClause = (own.length ? own : dates).filter((d) => !past(d));
  const candidates = ownClause.length ? ownClause : own.length ? own : dates;
  for (const d of candidates) {
    const distance =
      d.start < trigger.start ? trigger.start - d.start : (d.start - trigger.end) * AFTER_WEIGHT;
    if (distance < closest) [chosen, closest] = [d, distance];
  }
  // "Audible said on Friday that it had pulled its app last month": the speech has its day,
  // the move the earlier time told after it.
  const told = chosen ? toldEarlier(chosen, candidates, trigger) : undefined;
  return told ?? chosen;
}

function toldEarlier(
  said: DatedMention,
  dates: readonly DatedMention[],
  trigger: Trigger,
): DatedMention | undefined {
  if (said.start >= trigger.start) return undefined;
  const when = parseEdtf(said.value);
  if (!when) return undefined;
  return dates.find((d) => {
    const extent =
      d.start >= trigger.end && d.against === "publication" ? parseEdtf(d.value) : null;
    return extent !== null && extent.max < when.min;
  });
}

// Where one statement of a sentence ends and the next begins.
const STATEMENT_END = /[;؛；]/g;
// A clause break in the scripts of verb-final languages: "合意し、", "했고,".
const CLAUSE_BREAK = /[,、，]/u;
// Where one clause ends and the next begins, in the scripts the lexicons cover.
const CLAUSE_END = /[,;،؛，；]/g;

/**
 * "Google dropped search in China in 2010, Yahoo closed its mail there in 2013": a sentence of
 * several moves gives each the dates of its own clause; a date in no move's clause ("On
 * Thursday, Amazon said…") is any move's, and failing both, every date is.
 */
export function ownDates(
  dates: readonly DatedMention[],
  trigger: Trigger,
  all: readonly Trigger[],
  text: string,
): readonly DatedMention[] {
  if (all.length < 2) return dates;
  const clause = (at: number) => text.slice(0, at).match(CLAUSE_END)?.length ?? 0;
  const within = (d: DatedMention, t: Trigger) => {
    const c = clause(d.start);
    return c >= clause(t.start) && c <= clause(t.end);
  };
  const own = dates.filter((d) => within(d, trigger));
  if (own.length) return own;
  const free = dates.filter((d) => !all.some((t) => t !== trigger && within(d, t)));
  return free.length ? free : dates;
}

/** The most precise of some dates, the first among equals. */
export function best(dates: readonly DatedMention[]): DatedMention | null {
  let chosen: DatedMention | null = null;
  for (const d of dates)
    if (!chosen || precisionRank(d.value) > precisionRank(chosen.value)) chosen = d;
  return chosen;
}
