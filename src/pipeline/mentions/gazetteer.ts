import { z } from "zod";
import { fold, type FoldedText } from "../../model/fold.ts";
import entries from "../lexicon/companies.json" with { type: "json" };

/** One company of the gazetteer: its names in every script the press uses. */
export const CompanyEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/),
  parent: z.string().nullable(),
  aliases: z.array(z.string().min(1)).min(1),
});
export type CompanyEntry = z.infer<typeof CompanyEntrySchema>;

/** A company named in a text, with its span in that text. */
export interface CompanyMention {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** The compiled gazetteer: three matchers, one per way scripts separate words. */
export interface Gazetteer {
  readonly companies: ReadonlyMap<string, CompanyEntry>;
  find(text: string, folded: FoldedText): CompanyMention[];
}

const LATIN = /[A-Za-z\u00c0-\u024f]/;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
// Scripts whose names are matched on folded text; most sentences have none, and skip that pass.
const OTHER_SCRIPTS =
  /[^\p{Script=Latin}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Common}\p{Script=Inherited}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Builds the matcher from gazetteer entries (validated here, at the boundary). */
export function compileGazetteer(raw: unknown = entries): Gazetteer {
  const list = z.array(CompanyEntrySchema).parse(raw);
  const companies = new Map(list.map((entry) => [entry.id, entry]));
  const cased = new Map<string, string>();
  const unspaced = new Map<string, string>();
  const foldedNames = new Map<string, string>();
  for (const entry of list) {
    for (const alias of new Set([entry.name, ...entry.aliases])) {
      if (UNSPACED.test(alias)) unspaced.set(alias, entry.id);
      else if (LATIN.test(alias)) {
        // Company names are capitalised in running text; matching case keeps "zoom in" or
        // "signal" (the word) from becoming companies. All-caps headlines get their own form.
        cased.set(alias, entry.id);
        if (alias.length >= 4) cased.set(alias.toUpperCase(), entry.id);
      } else foldedNames.set(fold(alias), entry.id);
    }
  }
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const alt = (keys: Iterable<string>) =>
    [...keys]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join("|") || "(?!)";
  const longest = Math.max(1, ...[...cased.keys()].map((alias) => alias.split(/\s+/).length));
  // Most words start no name: knowing every name's first word skips them in one lookup.
  const starters = new Set(
    [...cased.keys()].map((alias) => alias.split(/[\s-]/)[0]?.replace(/[.'!+]+$/, "") ?? ""),
  );
  const unspacedRe = new RegExp(`(?:${alt(unspaced.keys())})`, "gu");
  // Arabic and Hebrew attach "and", "by", "to", "the" to the name; Cyrillic inflects its end.
  const foldedRe = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:و|ب|ل|ف|ك|ال|وال|لل)?(${alt(foldedNames.keys())})(?:[\\p{Script=Cyrillic}]{0,3}|[\\p{Script=Hangul}]{0,3})(?![\\p{L}\\p{N}])`,
    "gu",
  );
  return {
    companies,
    find(text, folded) {
      const found: CompanyMention[] = [];
      findCased(text, cased, starters, longest, push);
      let starts: Set<number> | null = null;
      if (UNSPACED.test(text))
        for (const m of text.matchAll(unspacedRe)) {
          // Chinese and Japanese have no spaces: 京东 also sits inside 北京东城. ICU's dictionary
          // word breaker tells whether the name starts a word there.
          starts ??= wordStarts(text);
          if (starts.has(m.index)) push(unspaced.get(m[0]), m.index, m.index + m[0].length);
        }
      if (OTHER_SCRIPTS.test(text))
        for (const m of folded.text.matchAll(foldedRe)) {
          const name = m[1] ?? "";
          const startFolded = m.index + m[0].indexOf(name);
          const start = folded.origin[startFolded] ?? 0;
          const end = (folded.origin[startFolded + name.length - 1] ?? start) + 1;
          push(foldedNames.get(name), start, end);
        }
      return found.sort((a, b) => a.start - b.start);
      function push(id: string | undefined, start: number, end: number) {
        if (id && !found.some((f) => f.start < end && start < f.end))
          found.push({ id, start, end });
      }
    },
  };
}

function wordStarts(text: string): Set<number> {
  const segmenter = new Intl.Segmenter(KANA.test(text) ? "ja" : "zh", { granularity: "word" });
  const starts = new Set<number>();
  for (const segment of segmenter.segment(text)) starts.add(segment.index);
  return starts;
}

// A word as company names write it: "JD.com", "AT&T", "T-Mobile", "Yahoo!".
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.&'!+-]*/gu;

/**
 * Finds Latin-script names by looking up runs of up to `longest` words in a map: one pass over
 * the words instead of a regex with a thousand alternatives.
 */
function findCased(
  text: string,
  names: ReadonlyMap<string, string>,
  starters: ReadonlySet<string>,
  longest: number,
  push: (id: string | undefined, start: number, end: number) => void,
): void {
  const words = [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length] as const);
  for (let i = 0; i < words.length; i++) {
    const start = words[i]?.[0] ?? 0;
    const token = text.slice(start, words[i]?.[1] ?? start);
    // "d'Amazon", "l'Alibaba": an elided article before the name; "Micron'un": a case suffix after it.
    const elided = /^(\p{Ll}{1,4})'(?=\p{Lu})/u.exec(token);
    if (elided) {
      const name = token.slice(elided[0].length).split("'")[0] ?? "";
      const id = names.get(name);
      if (id) push(id, start + elided[0].length, start + elided[0].length + name.length);
      continue;
    }
    const first = token.split(/[-']/)[0]?.replace(/[.!+]+$/, "") ?? "";
    if (!starters.has(first)) continue;
    for (let k = Math.min(longest, words.length - i); k >= 1; k--) {
      let end = words[i + k - 1]?.[1] ?? start;
      let candidate = text.slice(start, end);
      // Trailing punctuation belongs to the sentence unless the name has it ("X Corp.").
      while (!names.has(candidate.replace(/\s+/g, " ")) && /[.'!+-]$/.test(candidate)) {
        candidate = candidate.slice(0, -1);
        end--;
      }
      let id = names.get(candidate.replace(/\s+/g, " "));
      // "Google-Dienste", "Alibaba-backed", "Micron'un": a compound or inflection starts with the name.
      for (
        let cut = lastBreak(candidate, candidate.length);
        !id && k === 1 && cut > 0;
        cut = lastBreak(candidate, cut - 1)
      ) {
        id = names.get(candidate.slice(0, cut));
        if (id) end = start + cut;
      }
      if (id) {
        push(id, start, end);
        i += k - 1;
        break;
      }
    }
  }
}

function lastBreak(text: string, before: number): number {
  return Math.max(text.lastIndexOf("-", before), text.lastIndexOf("'", before));
}
