import { fold } from "../../model/fold.ts";
import { AND_WORDS } from "../lexicon/conjunctions.ts";
import type { CompanyMention } from "../mentions/gazetteer.ts";

// Between two names of a list: a comma, an ideographic comma, or a short "and" ("et", "und",
// "и", "và", "و", "와", "と", "和").
const LIST_GAP = new RegExp(`^[\\s,、，;]*(?:(?:${AND_WORDS.join("|")})[\\s,]*)?$`, "u");
const LIST_GAP_MAX = 10;

/** The companies listed with the actor before the phrase, each joined by a list separator. */
export function coordinated(
  actor: CompanyMention,
  before: readonly CompanyMention[],
  text: string,
): CompanyMention[] {
  const ordered = [...before].sort((a, b) => a.start - b.start);
  const listed: CompanyMention[] = [];
  let current = actor;
  for (let i = ordered.indexOf(actor) - 1; i >= 0; i--) {
    const previous = ordered[i];
    if (!previous) break;
    const gap = fold(text.slice(previous.end, current.start));
    if (gap.length > LIST_GAP_MAX || !LIST_GAP.test(gap)) break;
    listed.push(previous);
    current = previous;
  }
  return listed;
}
