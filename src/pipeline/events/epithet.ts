import { foldedIndex, type FoldedText } from "../../model/fold.ts";
import type { CompiledLexicon } from "../mentions/compileLexicon.ts";
import type { CompanyMention, Gazetteer } from "../mentions/gazetteer.ts";

const cache = new WeakMap<CompiledLexicon, RegExp>();
// How far before a name its "China's" may begin, in folded characters.
const REACH = 24;

function epithetBefore(lexicon: CompiledLexicon): RegExp {
  let found = cache.get(lexicon);
  if (!found) {
    // The China words, set off by a comma or opening the sentence: "Zhihu, China's Quora,".
    found = new RegExp(`(?:^|[,，、]\\s*)(?:the\\s+)?(?:${lexicon.china.source})(?:'s)?\\s*$`, "u");
    cache.set(lexicon, found);
  }
  return found;
}

/**
 * Whether a foreign company is named only as an epithet of a Chinese one: "Zhihu, China's
 * Quora,", "Baidu, China's Google, said…". The epithet stands in apposition, between commas;
 * "Chinese Apple users" names Apple itself.
 */
export function isEpithet(
  mention: CompanyMention,
  folded: FoldedText,
  lexicon: CompiledLexicon,
  gazetteer: Gazetteer,
): boolean {
  if (gazetteer.companies.get(mention.id)?.country === "CN") return false;
  const start = foldedIndex(folded, mention.start);
  const end = foldedIndex(folded, mention.end);
  const before = folded.text.slice(Math.max(0, start - REACH), start);
  if (!epithetBefore(lexicon).test(before)) return false;
  // Set off on both sides: a comma, or the end of the clause, after the name.
  return /^\s*(?:[,，、)]|$)/u.test(folded.text.slice(end, end + 2)) || /^[,，、]/u.test(before);
}
