import { precisionRank } from "../../model/edtf.ts";
import type { EventDraft } from "./eventDraft.ts";
import { combine, datesAgree, partiesAgree, type Mergeable } from "./combineReports.ts";

/**
 * Merges the drafts of one article: the headline and the body often report the same move
 * in several sentences, each adding a date. Missing values never conflict here. The main
 * story and the background are never merged, so an older date cannot reach the main event.
 */
export function mergeArticleDrafts(
  drafts: readonly EventDraft[],
  parentOf: (company: string) => string | null = () => null,
): EventDraft[] {
  const merged: EventDraft[] = [];
  for (const draft of drafts) {
    const index = merged.findIndex(
      (m) =>
        m.primary === draft.primary && sameMove(m, draft, parentOf) && agrees(m, draft, parentOf),
    );
    const target = merged[index];
    if (!target) {
      merged.push(draft);
      continue;
    }
    const combined = combine(target, draft);
    // Two days of effect a day apart: the sentence told first, nearer the lead, is kept; a
    // finer date still refines a coarser one.
    const kept =
      target.effective &&
      draft.effective &&
      target.effective !== draft.effective &&
      precisionRank(target.effective) === precisionRank(draft.effective)
        ? {
            effective: target.effective,
            basis: { ...combined.basis, effective: target.basis.effective },
          }
        : {};
    merged[index] = {
      ...combined,
      ...kept,
      evidence: informative(draft) > informative(target) ? draft.evidence : target.evidence,
    };
  }
  return merged;
}

// "Amazon had to sell its cloud servers… AWS sold some assets to Sinnet": a company and its
// unit doing the same in one article is one move, told of either.
function sameMove(
  a: Mergeable,
  b: Mergeable,
  parentOf: (company: string) => string | null,
): boolean {
  const [x, y] = [a.companies[0] ?? "", b.companies[0] ?? ""];
  return a.type === b.type && (x === y || parentOf(x) === y || parentOf(y) === x);
}

/**
 * One article's two reports agree when their dates do and their parties are one: the same
 * name, or companies of one family ("Huawei" and its chip arm "HiSilicon").
 */
function agrees(a: Mergeable, b: Mergeable, parentOf: (company: string) => string | null): boolean {
  const family = (id: string) => parentOf(id) ?? id;
  const kin = a.companies
    .slice(1)
    .some((x) => b.companies.slice(1).some((y) => family(x) === family(y)));
  return (
    datesAgree(a.date, b.date, 0) &&
    // "From today" and "after 14 September" in a paper of the 15th are one day of effect.
    datesAgree(a.effective, b.effective, EFFECT_SLACK_DAYS) &&
    (kin || partiesAgree(a.counterparty, b.counterparty))
  );
}

const EFFECT_SLACK_DAYS = 1;

function informative(d: EventDraft): number {
  return (d.date ? 2 : 0) + (d.effective ? 2 : 0) + (d.counterparty ? 1 : 0) + d.confidence;
}
