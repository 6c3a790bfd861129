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
    merged[index] = {
      ...combined,
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
    datesAgree(a.effective, b.effective, 0) &&
    (kin || partiesAgree(a.counterparty, b.counterparty))
  );
}

function informative(d: EventDraft): number {
  return (d.date ? 2 : 0) + (d.effective ? 2 : 0) + (d.counterparty ? 1 : 0) + d.confidence;
}
