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
  for (const m of folded.matchAll(lexicon.allActions)) {
    // The first rule that matches here is the alternative the scan took.
    const hit = lexicon.actions.find(({ regex }) => {
      regex.lastIndex = m.index;
      return regex.test(folded);
    });
    if (!hit) continue;
    found.push({
      type: hit.rule.type,
      start: m.index,
      end: m.index + m[0].length,
      what: hit.rule.what ?? null,
    });
  }
  return found;
}
