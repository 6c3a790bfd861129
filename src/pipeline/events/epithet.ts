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

// A name joined to a word that makes it describe another company: "the Amazon-owned streaming
// site", "die Amazon-Tochter Twitch", "SoftBank-backed". Hyphenated, so across languages.
const OWNER_COMPOUND =
  /^[-‐‑–]\s?(?:owned|backed|funded|controlled|run|led|linked|affiliated|supported|tochter\p{L}*|eigene?n?|nahe?n?)(?![\p{L}])/iu;

// A possessive before a platform's name makes it describe the possessor's app: "its iPhone
// app", "their Windows version"; "its MSN portal" is the possessor's own unit.
const POSSESSED = /(?:^|\s)(?:its|their)\s+$/iu;
const PLATFORM_OF = /^[\s-]*(?:apps?|applications?|versions?|clients?|editions?)(?![\p{L}])/iu;

/**
 * Whether a company is named only to describe another's thing: as its owner or backer, or as
 * the platform of something a possessive gives to another.
 */
export function isOwnerCompound(mention: CompanyMention, text: string): boolean {
  return (
    OWNER_COMPOUND.test(text.slice(mention.end, mention.end + 16)) ||
    (POSSESSED.test(text.slice(Math.max(0, mention.start - 8), mention.start)) &&
      PLATFORM_OF.test(text.slice(mention.end, mention.end + 16)))
  );
}
