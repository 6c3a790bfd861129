import { foldedIndex, type FoldedText } from "../../model/fold.ts";
import type { CompiledLexicon } from "../mentions/compileLexicon.ts";
import { detach } from "../detach.ts";

interface Markers {
  readonly before: RegExp;
  /** A marker and one word after it, where adjectives follow the noun: "le studio britannique". */
  readonly beforeAdjective: RegExp;
  readonly after: RegExp;
  /** Han or katakana right before a marker: "长电科技公司". */
  readonly cjk: RegExp;
}
const cache = new WeakMap<CompiledLexicon, Markers>();

// Names are matched in the original text; the markers, being lexicon patterns, in folded text.
function markers(lexicon: CompiledLexicon): Markers {
  let found = cache.get(lexicon);
  if (!found) {
    const after = lexicon.companyAfter.source;
    found = {
      before: new RegExp(`(?:${lexicon.companyBefore.source})\\s+$`, "u"),
      beforeAdjective: lexicon.adjectivesFollow
        ? new RegExp(`(?:${lexicon.companyBefore.source})\\s+[\\p{L}-]{4,}\\s+$`, "u")
        : /(?!)/u,
      after: new RegExp(`^\\s*(?:${after})(?![\\p{L}])`, "u"),
      cjk: new RegExp(`[\\p{Script=Han}\\p{Script=Katakana}ー]{2,10}?(?=${after})`, "gu"),
    };
    cache.set(lexicon, found);
  }
  return found;
}

// A capitalised word that may be a name: "Sinnet".
const LATIN_WORD = /\p{Lu}[\p{L}\p{N}&'-]+/gu;
// Words that end a Chinese or Japanese phrase before a name: "与长城数码公司", "の".
const CJK_PARTICLE = /^.*[的与和同向对将把被由给从在为及跟の]/u;

/**
 * A company the gazetteer does not know, which the text marks as one between two folded
 * positions: "the cloud firm Sinnet", "Hopu Ltd", "长城数码公司". Its name as written (CJK
 * text folds only its punctuation).
 */
export function markedCompany(
  text: string,
  folded: FoldedText,
  fromFolded: number,
  toFolded: number | undefined,
  lexicon: CompiledLexicon,
  excluded: (name: string) => boolean,
): string | null {
  const { before, beforeAdjective, after, cjk } = markers(lexicon);
  if (!lexicon.spaced) {
    for (const m of folded.text.slice(fromFolded, toFolded).matchAll(cjk)) {
      const name = m[0].replace(CJK_PARTICLE, "");
      if (name.length >= 2 && !excluded(name)) return detach(name);
    }
    return null;
  }
  const from = folded.origin[fromFolded] ?? text.length;
  const to = toFolded === undefined ? text.length : (folded.origin[toFolded] ?? text.length);
  for (const m of text.slice(from, to).matchAll(LATIN_WORD)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const foldedStart = foldedIndex(folded, start);
    const foldedEnd = foldedIndex(folded, end);
    const marked =
      before.test(folded.text.slice(Math.max(0, foldedStart - 24), foldedStart)) ||
      (beforeAdjective.test(folded.text.slice(Math.max(0, foldedStart - 40), foldedStart)) &&
        lowerWordBefore(text, start)) ||
      after.test(folded.text.slice(foldedEnd, foldedEnd + 24));
    if (marked && !excluded(m[0])) return detach(m[0]);
  }
  return null;
}

// The word between a marker and a name is an adjective only when written in lower case:
// "la société Apple Ndemic" has no adjective, "la société a annoncé" no name.
function lowerWordBefore(text: string, start: number): boolean {
  return /(?:^|\s)\p{Ll}[\p{L}-]{3,}\s+$/u.test(text.slice(Math.max(0, start - 40), start));
}
