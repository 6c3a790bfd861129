import type { EventType } from "../../model/eventType.ts";
import type { CompiledLexicon } from "./compileLexicon.ts";

/** A phrase that reports a move, with its span in the folded sentence. */
export interface Trigger {
  readonly type: EventType;
  readonly start: number;
  readonly end: number;
  readonly what: string | null;
  /** Names the setting of a block rather than an act (see `ActionRule.backdrop`). */
  readonly backdrop: boolean;
  /** The seller is named right after the phrase (see `ActionRule.sellerAfter`). */
  readonly sellerAfter: boolean;
  /** Only a sale to a Chinese buyer (see `ActionRule.buyerChinese`). */
  readonly buyerChinese: boolean;
  /** Only a Chinese supplier dropped (see `ActionRule.supplierChinese`). */
  readonly supplierChinese: boolean;
  /** What is named before the phrase undergoes the move (see `ActionRule.undergone`). */
  readonly undergone: boolean;
}

/**
 * The move phrases of a folded sentence, in order; overlapping phrases keep the most specific.
 * The groups are scanned as if they were one regex: at each step the leftmost phrase any group
 * finds wins, and on a tie the earlier group, whose rules come first.
 */
export function findTriggers(folded: string, lexicon: CompiledLexicon): Trigger[] {
  const found: Trigger[] = [];
  const groups = lexicon.actionGroups;
  const next = groups.map(() => ({ at: -1, match: null as RegExpExecArray | null }));
  let from = 0;
  for (;;) {
    let best = -1;
    groups.forEach(({ regex }, g) => {
      const slot = next[g] as { at: number; match: RegExpExecArray | null };
      if (slot.at < from) {
        regex.lastIndex = from;
        slot.match = regex.exec(folded);
        slot.at = slot.match ? slot.match.index : Infinity;
      }
      if (slot.match && (best === -1 || slot.at < (next[best]?.at ?? Infinity))) best = g;
    });
    const m = next[best]?.match;
    if (!m) return found;
    from = m.index + Math.max(1, m[0].length);
    // The first rule of the group that matches here is the alternative the scan took.
    const first = groups[best]?.first ?? 0;
    const hit = lexicon.actions.slice(first).find(({ regex }) => {
      regex.lastIndex = m.index;
      return regex.test(folded);
    });
    if (!hit) continue;
    // "Licences to sell laptop chips to Huawei": a sale that is a move only to a Chinese buyer
    // of a business leaves the words it spans to other phrases, should it turn out not to be.
    if (hit.rule.buyerChinese) from = m.index + 1;
    found.push({
      type: hit.rule.type,
      start: m.index,
      end: m.index + m[0].length,
      what: hit.rule.what ?? null,
      backdrop: hit.rule.backdrop === true,
      sellerAfter: hit.rule.sellerAfter === true,
      buyerChinese: hit.rule.buyerChinese === true,
      supplierChinese: hit.rule.supplierChinese === true,
      undergone: hit.rule.undergone === true,
    });
  }
}
