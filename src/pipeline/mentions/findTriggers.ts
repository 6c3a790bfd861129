import type { EventType } from "../../model/eventType.ts";
import type { CompiledLexicon } from "./compileLexicon.ts";

/** A phrase that reports a move, with its span in the folded sentence. */
export interface Trigger {
  readonly type: EventType;
  readonly start: number;
  readonly end: number;
  readonly what: string | null;
}

/** The move phrases of a folded sentence, in order; overlapping phrases keep the most specific. */
export function findTriggers(folded: string, lexicon: CompiledLexicon): Trigger[] {
  const found: Trigger[] = [];
  if (!lexicon.anyAction.test(folded)) return found;
  for (const { rule, regex } of lexicon.actions) {
    for (const m of folded.matchAll(regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((t) => t.start < end && start < t.end)) continue;
      found.push({ type: rule.type, start, end, what: rule.what ?? null });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
