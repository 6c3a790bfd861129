import { z } from "zod";
import { fold, type FoldedText } from "./fold.ts";
import entries from "./lexicon/companies.json" with { type: "json" };

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
    [...keys].sort((a, b) => b.length - a.length).map(escape).join("|") || "(?!)";
  const casedRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(cased.keys())})(?![\\p{L}\\p{N}])`, "gu");
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
      for (const m of text.matchAll(casedRe)) push(cased.get(m[0]), m.index, m.index + m[0].length);
      let starts: Set<number> | null = null;
      for (const m of text.matchAll(unspacedRe)) {
        // Chinese and Japanese have no spaces: 京东 also sits inside 北京东城. ICU's dictionary
        // word breaker tells whether the name starts a word there.
        starts ??= wordStarts(text);
        if (starts.has(m.index)) push(unspaced.get(m[0]), m.index, m.index + m[0].length);
      }
      for (const m of folded.text.matchAll(foldedRe)) {
        const name = m[1] ?? "";
        const startFolded = m.index + m[0].indexOf(name);
        const start = folded.origin[startFolded] ?? 0;
        const end = (folded.origin[startFolded + name.length - 1] ?? start) + 1;
        push(foldedNames.get(name), start, end);
      }
      return found.sort((a, b) => a.start - b.start);
      function push(id: string | undefined, start: number, end: number) {
        if (id && !found.some((f) => f.start < end && start < f.end)) found.push({ id, start, end });
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
