import type { CompanyMention } from "../mentions/gazetteer.ts";

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
export function describesAnother(mention: CompanyMention, text: string): boolean {
  return (
    OWNER_COMPOUND.test(text.slice(mention.end, mention.end + 16)) ||
    (POSSESSED.test(text.slice(Math.max(0, mention.start - 8), mention.start)) &&
      PLATFORM_OF.test(text.slice(mention.end, mention.end + 16)))
  );
}
