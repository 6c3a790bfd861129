import { edtfOverlaps, parseEdtf, precisionRank, type EdtfDate } from "../../model/edtf.ts";
import type { EventSource } from "../../model/dataset.ts";
import type { EventDraft } from "./eventDraft.ts";

/** An event with every article that reports it. */
export interface MergedEvent extends Omit<EventDraft, "evidence" | "primary"> {
  readonly sources: readonly EventSource[];
  readonly primary: boolean;
}

/**
 * Merges the drafts of one article: the headline and the body often report the same move
 * in several sentences, each adding a date. Missing values never conflict here. The main
 * story and the background are never merged, so an older date cannot reach the main event.
 */
export function mergeArticleDrafts(drafts: readonly EventDraft[]): EventDraft[] {
  const merged: EventDraft[] = [];
  for (const draft of drafts) {
    const index = merged.findIndex(
      (m) => m.primary === draft.primary && sameMove(m, draft) && agrees(m, draft),
    );
    const target = merged[index];
    if (!target) {
      merged.push(draft);
      continue;
    }
    const combined = combine(target, draft);
    merged[index] = {
      ...combined,
      evidence: informative(draft) > informative(target) ? draft.evidence : target.evidence,
    };
  }
  return merged;
}

/**
 * Merges events across articles, in any language: the same company, the same kind of move,
 * and at least one date or counterparty in common (or no dates at all on either side).
 */
export function mergeAcrossSources(
  articles: readonly { readonly sourceId: string; readonly drafts: readonly EventDraft[] }[],
): MergedEvent[] {
  const events: MergedEvent[] = [];
  // Only events that could corroborate a draft are looked at: same company and kind, and a
  // shared year, any counterparty, or no date. Without this, merging grows with the square of
  // the number of articles.
  const buckets = new Map<string, number[]>();
  const register = (m: Mergeable, index: number) => {
    for (const key of bucketKeys(m)) {
      const bucket = buckets.get(key);
      if (!bucket) buckets.set(key, [index]);
      else if (bucket[bucket.length - 1] !== index) bucket.push(index);
    }
  };
  for (const { sourceId, drafts } of articles) {
    for (const draft of drafts) {
      const source = { id: sourceId, evidence: draft.evidence, primary: draft.primary };
      const candidates = [
        ...new Set(bucketKeys(draft).flatMap((key) => buckets.get(key) ?? [])),
      ].sort((a, b) => a - b);
      const index =
        candidates.find((i) => {
          const e = events[i] as MergedEvent;
          return (
            !e.sources.some((s) => s.id === sourceId) && agrees(e, draft) && corroborates(e, draft)
          );
        }) ?? -1;
      const target = events[index];
      if (!target) {
        register(draft, events.length);
        events.push({ ...withoutEvidence(draft), sources: [source] });
        continue;
      }
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
  }
  return events;
}

/** The buckets an event or draft belongs to: one per year its dates reach, any party, undated. */
function bucketKeys(m: Mergeable): string[] {
  const move = `${m.type}|${m.companies[0]}`;
  const keys: string[] = [];
  for (const date of [m.date, m.effective]) {
    const reach = date ? yearsReached(date) : null;
    if (reach) for (let year = reach[0]; year <= reach[1]; year++) keys.push(`${move}|${year}`);
  }
  if (m.counterparty !== null) keys.push(`${move}|party`);
  if (!m.date && !m.effective) keys.push(`${move}|undated`);
  return keys;
}

// Years an EDTF date can overlap another in, as `edtfOverlaps` sees it (approximate dates reach
// a unit either side).
function yearsReached(value: string): [number, number] | null {
  const extent = parseEdtf(value);
  if (!extent) return null;
  const pad =
    extent.approximate || extent.uncertain
      ? { day: 1, month: 31, year: 366 }[extent.precision] * 86_400_000
      : 0;
  return [new Date(extent.min - pad).getUTCFullYear(), new Date(extent.max + pad).getUTCFullYear()];
}

type Mergeable = Omit<EventDraft, "evidence" | "primary">;

function withoutEvidence(draft: EventDraft): Omit<EventDraft, "evidence"> {
  const { evidence, ...rest } = draft;
  return rest;
}

function sameMove(a: Mergeable, b: Mergeable): boolean {
  return a.type === b.type && a.companies[0] === b.companies[0];
}

function agrees(a: Mergeable, b: Mergeable): boolean {
  return (
    datesAgree(a.date, b.date) &&
    datesAgree(a.effective, b.effective) &&
    partiesAgree(a.counterparty, b.counterparty)
  );
}

function corroborates(a: Mergeable, b: Mergeable): boolean {
  const both = (x: EdtfDate | null, y: EdtfDate | null) =>
    x !== null && y !== null && edtfOverlaps(x, y);
  const undated = !a.date && !a.effective && !b.date && !b.effective;
  const party = a.counterparty !== null && b.counterparty !== null;
  return both(a.date, b.date) || both(a.effective, b.effective) || party || undated;
}

function datesAgree(a: EdtfDate | null, b: EdtfDate | null): boolean {
  return a === null || b === null || edtfOverlaps(a, b);
}

function partiesAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.includes(y) || y.includes(x);
}

function combine<T extends Mergeable>(a: T, b: Mergeable): T {
  const curated = { ...b.curated, ...a.curated };
  const pick = <K extends "date" | "effective">(key: K): EdtfDate | null => {
    if (a.curated[key] !== undefined) return a[key];
    if (b.curated[key] !== undefined) return b[key];
    return finer(a[key], b[key]);
  };
  return {
    ...a,
    date: pick("date"),
    effective: pick("effective"),
    companies: [...new Set([...a.companies, ...b.companies])],
    counterparty:
      a.curated.counterparty !== undefined ? a.counterparty : (a.counterparty ?? b.counterparty),
    countries: [...new Set([...a.countries, ...b.countries])].sort(),
    basis: {
      ...(a.date === null || pick("date") !== a.date ? pickBasis(b, "date") : pickBasis(a, "date")),
      ...(a.effective === null || pick("effective") !== a.effective
        ? pickBasis(b, "effective")
        : pickBasis(a, "effective")),
    },
    what: a.what ?? b.what,
    mainland: a.mainland || b.mainland,
    confidence: Math.max(a.confidence, b.confidence),
    curated,
    origin: a.origin === "curated" || b.origin === "curated" ? "curated" : "extracted",
  };
}

function pickBasis(m: Mergeable, key: "date" | "effective"): EventDraft["basis"] {
  const said = m.basis[key];
  return said === undefined ? {} : { [key]: said };
}

function finer(a: EdtfDate | null, b: EdtfDate | null): EdtfDate | null {
  if (!a) return b;
  if (!b) return a;
  return precisionRank(b) > precisionRank(a) ? b : a;
}

function informative(d: EventDraft): number {
  return (d.date ? 2 : 0) + (d.effective ? 2 : 0) + (d.counterparty ? 1 : 0) + d.confidence;
}
