import { edtfOverlaps, parseEdtf, precisionRank, type EdtfDate } from "../../model/edtf.ts";
import type { EventDraft } from "./eventDraft.ts";

/** A report of a move, whichever article it came from. */
export type Mergeable = Omit<EventDraft, "evidence" | "primary">;

export function datesAgree(a: EdtfDate | null, b: EdtfDate | null, slackDays: number): boolean {
  return a === null || b === null || edtfOverlaps(a, b, slackDays);
}

export function partiesAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.includes(y) || y.includes(x);
}

export function combine<T extends Mergeable>(a: T, b: Mergeable): T {
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

// Of two reports as precise, the earlier date: outlets that wrote a day later date the same
// move by their own "yesterday".
export function finer(a: EdtfDate | null, b: EdtfDate | null): EdtfDate | null {
  if (!a) return b;
  if (!b) return a;
  const [x, y] = [precisionRank(a), precisionRank(b)];
  if (x !== y) return y > x ? b : a;
  return (parseEdtf(b)?.min ?? Infinity) < (parseEdtf(a)?.min ?? Infinity) ? b : a;
}
