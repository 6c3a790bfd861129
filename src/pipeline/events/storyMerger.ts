import {
  APPROXIMATE_REACH_DAYS,
  edtfOverlaps,
  parseEdtf,
  type EdtfDate,
} from "../../model/edtf.ts";
import type { EventSource } from "../../model/dataset.ts";
import { combine, datesAgree, partiesAgree, type Mergeable } from "./combineReports.ts";
import type { EventDraft } from "./eventDraft.ts";
import { announced, vote } from "./storyDates.ts";

/** An event with every article that reports it. */
export interface MergedEvent extends Omit<EventDraft, "evidence" | "primary"> {
  readonly sources: readonly EventSource[];
  readonly primary: boolean;
}

/**
 * Merges events across articles, in any language, as one real-world story: the same company,
 * a compatible kind of move (the same, or close ones for two articles' main events), and
 * dates that agree within a few days, since outlets date the same move a day or two apart.
 */
export function mergeAcrossSources(
  articles: readonly SourceDrafts[],
  parentOf: (company: string) => string | null = () => null,
): MergedEvent[] {
  const merger = storyMerger(parentOf);
  for (const article of articles) merger.add(article);
  return merger.finish();
}

/** One article's drafts, under its source id. */
export interface SourceDrafts {
  readonly sourceId: string;
  readonly drafts: readonly EventDraft[];
}

/**
 * `mergeAcrossSources` an article at a time, in file order, so a build merges while its
 * articles are still being read.
 */
export function storyMerger(parentOf: (company: string) => string | null = () => null): {
  add(article: SourceDrafts): void;
  finish(): MergedEvent[];
} {
  // Evernote and its Chinese arm Yinxiang Biji tell one story: a company and its parent meet.
  const family = (m: Mergeable) => {
    const id = m.companies[0] ?? "";
    return parentOf(id) ?? id;
  };
  const events: MergedEvent[] = [];
  // Every draft each event was made from, for the vote on its dates.
  const reports: EventDraft[][] = [];
  // Only events that could corroborate a draft are looked at: same company, and a shared
  // month, any counterparty, or no date. Without this, merging grows with the square of the
  // number of articles.
  const buckets = new Map<string, number[]>();
  const register = (m: Mergeable, index: number) => {
    for (const key of bucketKeys(m, family(m))) {
      const bucket = buckets.get(key);
      if (!bucket) buckets.set(key, [index]);
      else if (bucket[bucket.length - 1] !== index) bucket.push(index);
    }
  };
  const add = ({ sourceId, drafts }: SourceDrafts) => {
    for (const draft of drafts) {
      const source = { id: sourceId, evidence: draft.evidence, primary: draft.primary };
      const candidates = [
        ...new Set(bucketKeys(draft, family(draft)).flatMap((key) => buckets.get(key) ?? [])),
      ]
        .filter((i) => {
          const e = events[i] as MergedEvent;
          return (
            !e.sources.some((s) => s.id === sourceId) &&
            family(e) === family(draft) &&
            compatible(e, draft) &&
            storyAgrees(e, draft, parentOf) &&
            corroborates(e, draft)
          );
        })
        // The main story first, the same kind of move next, then the earliest event.
        .sort((a, b) => rank(events[a], draft) - rank(events[b], draft) || a - b);
      const index = candidates[0] ?? -1;
      const target = events[index];
      if (!target) {
        register(draft, events.length);
        reports.push([draft]);
        events.push({ ...withoutEvidence(draft), sources: [source] });
        continue;
      }
      reports[index]?.push(draft);
      events[index] = {
        ...combine(target, draft),
        sources: [...target.sources, source],
        primary: target.primary || draft.primary,
        confidence: Number(
          Math.min(0.99, 1 - (1 - target.confidence) * (1 - draft.confidence)).toFixed(2),
        ),
      };
      register(events[index] as MergedEvent, index);
    }
  };
  // One outlet's slip should not move a story every other outlet dates alike.
  const finish = () =>
    events.map((event, i) => {
      const drafts = reports[i] ?? [];
      if (drafts.length < 2) return event;
      const effective =
        event.curated.effective === undefined ? vote(drafts, "effective") : event.effective;
      const date =
        event.curated.date === undefined
          ? announced(drafts, vote(drafts, "date"), effective)
          : event.date;
      const from = (key: "date" | "effective", value: EdtfDate | null) =>
        drafts.find((d) => d[key] === value)?.basis[key];
      const dateBasis = from("date", date);
      const effectiveBasis = from("effective", effective);
      return {
        ...event,
        date,
        effective,
        basis: {
          ...(dateBasis === undefined ? {} : { date: dateBasis }),
          ...(effectiveBasis === undefined ? {} : { effective: effectiveBasis }),
        },
      };
    });
  return { add, finish };
}

// Outlets in different time zones and languages date one move up to a few days apart.
const STORY_SLACK_DAYS = 4;

// Kinds of move that two reports of one story may name differently: a "withdrawal" that is
// the closing of its only service, a supply cut that is a partnership cut, services that go
// dark with a partner's licence, a block that an app store carried out as a removal.
const CLOSE_TYPES: readonly (readonly string[])[] = [
  ["exit", "shutdown"],
  ["exit", "sales-halt"],
  ["exit", "divestment"],
  ["shutdown", "restriction"],
  ["restriction", "blocked"],
  ["shutdown", "blocked"],
  ["sales-halt", "partnership-cut"],
  ["shutdown", "partnership-cut"],
  ["sales-halt", "restriction"],
  ["divestment", "other"],
];

function compatible(e: MergedEvent, draft: EventDraft): boolean {
  if (e.type === draft.type) return true;
  return (
    e.primary &&
    draft.primary &&
    CLOSE_TYPES.some(
      ([a, b]) => (a === e.type && b === draft.type) || (b === e.type && a === draft.type),
    )
  );
}

// A main event joins the story other articles tell as their main event before a passing
// mention of the same kind: a story is told by its articles' main events.
function rank(e: MergedEvent | undefined, draft: EventDraft): number {
  return (e?.primary && draft.primary ? 0 : 2) + (e?.type === draft.type ? 0 : 1);
}

/** The buckets an event or draft belongs to: one per year its dates reach, any party, undated. */
function bucketKeys(m: Mergeable, move: string): string[] {
  const keys: string[] = [];
  for (const date of [m.date, m.effective]) {
    const reach = date ? monthsReached(date) : null;
    if (reach) for (let month = reach[0]; month <= reach[1]; month++) keys.push(`${move}|${month}`);
  }
  if (m.counterparty !== null) keys.push(`${move}|party`);
  if (!m.date && !m.effective) keys.push(`${move}|undated`);
  return keys;
}

// Months (counted from year 0) an EDTF date can overlap another in, as `edtfOverlaps` sees it
// (approximate dates reach a unit either side). Months, not years: a company's stories of one
// year would all be looked at for every report.
function monthsReached(value: string): [number, number] | null {
  const extent = parseEdtf(value);
  if (!extent) return null;
  const pad =
    (extent.approximate || extent.uncertain ? APPROXIMATE_REACH_DAYS[extent.precision] : 0) *
      86_400_000 +
    STORY_SLACK_DAYS * 86_400_000;
  const month = (time: number) => {
    const date = new Date(time);
    return date.getUTCFullYear() * 12 + date.getUTCMonth();
  };
  return [month(extent.min - pad), month(extent.max + pad)];
}

function withoutEvidence(draft: EventDraft): Omit<EventDraft, "evidence"> {
  const { evidence, ...rest } = draft;
  return rest;
}

/**
 * Two articles' reports agree when their dates do, within a few days. Two main events of one
 * day may give different effective dates (one outlet names the first step, another the last),
 * and counterparties written in two scripts never match as text: only two sets of known
 * companies that share none disagree.
 */
function storyAgrees(
  a: Mergeable & { primary: boolean },
  b: EventDraft,
  parentOf: (company: string) => string | null,
): boolean {
  const both = a.primary && b.primary && a.date !== null && b.date !== null;
  // "Huawei" in one outlet is "its chip arm HiSilicon" in another.
  const parties = (m: Mergeable) => m.companies.slice(1).map((id) => parentOf(id) ?? id);
  const known = parties(a).length > 0 && parties(b).length > 0;
  const named =
    a.counterparty !== null &&
    b.counterparty !== null &&
    scriptOf(a.counterparty) === scriptOf(b.counterparty);
  // One outlet dates the announcement and when it takes effect; another, written later, dates
  // the move by the day it took effect. A bare year ("this year") meets every day of it and
  // says too little to join two stories.
  const meets = (x: EdtfDate | null, y: EdtfDate | null) =>
    x !== null &&
    y !== null &&
    parseEdtf(x)?.precision !== "year" &&
    parseEdtf(y)?.precision !== "year" &&
    edtfOverlaps(x, y, STORY_SLACK_DAYS);
  const takenEffect = meets(a.effective, b.date) || meets(a.date, b.effective);
  return (
    (takenEffect || datesAgree(a.date, b.date, STORY_SLACK_DAYS)) &&
    (both || takenEffect || datesAgree(a.effective, b.effective, STORY_SLACK_DAYS)) &&
    (!known || parties(a).some((id) => parties(b).includes(id))) &&
    (known || !named || partiesAgree(a.counterparty, b.counterparty))
  );
}

const SCRIPTS = ["Latin", "Cyrillic", "Arabic", "Hebrew", "Han", "Hangul", "Katakana", "Thai"];
const SCRIPT_TESTS = SCRIPTS.map((name) => new RegExp(`\\p{Script=${name}}`, "u"));

/** The script a name is written in, as far as names can be compared as text. */
function scriptOf(name: string): number {
  return SCRIPT_TESTS.findIndex((test) => test.test(name));
}

// An announcement and its taking effect are one story: any date of one may meet any of the other.
function corroborates(a: Mergeable, b: Mergeable): boolean {
  const dates = (m: Mergeable) => [m.date, m.effective].filter((d) => d !== null);
  const met = dates(a).some((x) => dates(b).some((y) => edtfOverlaps(x, y, STORY_SLACK_DAYS)));
  const undated = dates(a).length === 0 && dates(b).length === 0;
  // The same named party, not merely two parties.
  const party =
    a.companies.slice(1).some((id) => b.companies.includes(id)) ||
    (a.counterparty !== null &&
      b.counterparty !== null &&
      partiesAgree(a.counterparty, b.counterparty));
  return met || party || undated;
}
