import { z } from "zod";
import { anyHanForm, canonicalHan } from "./hanVariants.ts";
import { fold, type FoldedText } from "../../model/fold.ts";
import entries from "../lexicon/companies.json" with { type: "json" };
import {
  agglutinativeStems,
  CLITIC_PREFIX,
  inflectedName,
  INFLECTION_SUFFIX,
  MIN_INFLECTED_NAME,
} from "./inflection.ts";

/** One company of the gazetteer: its names in every script the press uses. */
export const CompanyEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/),
  parent: z.string().nullable(),
  aliases: z.array(z.string().min(1)).min(1),
  /** Run by a non-profit (Wikipedia): its blocking is not a company's move in the market. */
  nonprofit: z.boolean().optional(),
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
const KANA_DOT = "[・･＝=]";
const KANA_DOTS = new RegExp(KANA_DOT, "gu");
const HAS_KANA_DOT = new RegExp(KANA_DOT, "u");
// A letter of a script other than Latin: "LG디스플레이" is matched with the Korean names.
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;
const VOWEL_SIGN = /^\p{M}/u;

// One word with a capital after its first letter, or none at its start: "eBay", "LinkedIn".
const CAMEL = /^(?:\p{Ll}\p{L}*\p{Lu}|\p{Lu}\p{Ll}+\p{Lu})\p{L}*$/u;

/** Builds the matcher from gazetteer entries (validated here, at the boundary). */
export function compileGazetteer(raw: unknown = entries): Gazetteer {
  const list = z.array(CompanyEntrySchema).parse(raw);
  const companies = new Map(list.map((entry) => [entry.id, entry]));
  const cased = new Map<string, string>();
  const unspaced = new Map<string, string>();
  const foldedNames = new Map<string, string>();
  // Stems of Tamil and Malayalam names, found only where a case ending's vowel sign follows.
  const stems = new Set<string>();
  for (const entry of list) {
    for (const alias of new Set([entry.name, ...entry.aliases])) {
      // "美的集团", "美的集團" and "美的集団" are one name in three scripts' forms.
      if (UNSPACED.test(alias)) unspaced.set(canonicalHan(alias.replace(KANA_DOTS, "")), entry.id);
      else if (LATIN.test(alias) && !NON_LATIN_LETTER.test(alias)) {
        // Company names are capitalised in running text; matching case keeps "zoom in" or
        // "signal" (the word) from becoming companies. All-caps headlines get their own form.
        cased.set(alias, entry.id);
        if (alias.length >= 4) cased.set(alias.toUpperCase(), entry.id);
        // "Ebay", "Linkedin", "Youtube": many newsrooms write a camel-cased brand as a name.
        if (alias.length >= 4 && CAMEL.test(alias))
          cased.set(alias.charAt(0).toUpperCase() + alias.slice(1).toLowerCase(), entry.id);
      } else {
        const name = fold(alias);
        foldedNames.set(name, entry.id);
        // Hebrew doubles a name's first vav after a prefix: ויסטרון, בוויסטרון.
        if (/^ו(?!ו)/u.test(name) && !foldedNames.has(`ו${name}`))
          foldedNames.set(`ו${name}`, entry.id);
        for (const stem of agglutinativeStems(name))
          if (!foldedNames.has(stem)) {
            foldedNames.set(stem, entry.id);
            stems.add(stem);
          }
      }
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
  // Most words are not an inflected name: one lookup of their first letters skips them.
  const inflectable = new Set(
    [...cased.keys()]
      .filter((alias) => alias.length >= MIN_INFLECTED_NAME && /^[\p{L}\p{N}]+$/u.test(alias))
      .map((alias) => alias.slice(0, MIN_INFLECTED_NAME)),
  );
  const unspacedRe = new RegExp(
    `(?:${
      [...unspaced.keys()]
        .sort((a, b) => b.length - a.length)
        .map((key) => anyHanForm(key, escape))
        .join("|") || "(?!)"
    })`,
    "gu",
  );
  // "エピック・ゲームズ" and "エピックゲームズ" are one name: katakana words may be split by a dot.
  // Names are written so only sometimes, so this slower matcher runs only where a dot is.
  const dottedRe = new RegExp(
    `(?:${
      [...unspaced.keys()]
        .filter((key) => KANA.test(key))
        .sort((a, b) => b.length - a.length)
        .map((key) => [...key].map((char) => anyHanForm(char, escape)).join(`${KANA_DOT}?`))
        .join("|") || "(?!)"
    })`,
    "gu",
  );
  // Arabic and Hebrew attach "and", "by", "to", "the" to the name; Cyrillic, Korean, Tamil and
  // Malayalam attach case endings and particles to its end.
  const foldedRe = new RegExp(
    `(?<![\\p{L}\\p{N}\\p{M}])${CLITIC_PREFIX}(${alt(foldedNames.keys())})${INFLECTION_SUFFIX}(?![\\p{L}\\p{N}\\p{M}])`,
    "gu",
  );
  return {
    companies,
    find(text, folded) {
      // No function is made per call: the bundler's name helper would wrap each one.
      const found: CompanyMention[] = [];
      findCased(text, { names: cased, starters, inflectable, longest }, found);
      let starts: Set<number> | null = null;
      if (UNSPACED.test(text))
        for (const re of HAS_KANA_DOT.test(text) ? [unspacedRe, dottedRe] : [unspacedRe])
          for (const m of text.matchAll(re)) {
            // Chinese and Japanese have no spaces: 京东 also sits inside 北京东城. ICU's
            // dictionary word breaker tells whether the name starts a word there.
            starts ??= wordStarts(text);
            const id = unspaced.get(canonicalHan(m[0].replace(KANA_DOTS, "")));
            if (id && starts.has(m.index))
              found.push({ id, start: m.index, end: m.index + m[0].length });
          }
      if (OTHER_SCRIPTS.test(text))
        for (const m of folded.text.matchAll(foldedRe)) {
          const name = m[1] ?? "";
          const startFolded = m.index + m[0].indexOf(name);
          const after = folded.text.slice(startFolded + name.length, startFolded + name.length + 1);
          if (stems.has(name) && !VOWEL_SIGN.test(after)) continue;
          const start = folded.origin[startFolded] ?? 0;
          const end = (folded.origin[startFolded + name.length - 1] ?? start) + 1;
          const id = foldedNames.get(name);
          if (id) found.push({ id, start, end });
        }
      // Where names overlap, the longest wins: "LG디스플레이" over "LG", "米AMD" over "AMD".
      const kept: CompanyMention[] = [];
      for (const mention of found.sort(
        (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
      ))
        if (!kept.some((k) => k.start < mention.end && mention.start < k.end)) kept.push(mention);
      return kept.sort((a, b) => a.start - b.start);
    },
  };
}

function wordStarts(text: string): Set<number> {
  const segmenter = new Intl.Segmenter(KANA.test(text) ? "ja" : "zh", { granularity: "word" });
  const starts = new Set<number>();
  for (const segment of segmenter.segment(text)) starts.add(segment.index);
  return starts;
}

// A word as company names write it: "JD.com", "AT&T", "T-Mobile", "Yahoo!". Only Latin letters
// make it up: "包括AMD芯片", "アプリのLINEも", "TSMC는", "ב-Google" hold a Latin word glued to text in
// another script, and the script boundary ends it.
const WORD = /[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}\p{M}.&'!+-]*/gu;
const ELIDED = /^(\p{Ll}{1,4})'(?=\p{Lu})/u;
// A token whose first word is not the whole token: "Google-Dienste", "Yahoo!", "X Corp.".
const PUNCTUATED = /[-'.!+]/;
const UPPER = /^\p{Lu}/u;

interface CasedNames {
  readonly names: ReadonlyMap<string, string>;
  /** Every name's first word. */
  readonly starters: ReadonlySet<string>;
  /** The first letters of every name that may take a case ending. */
  readonly inflectable: ReadonlySet<string>;
  /** The most words a name has. */
  readonly longest: number;
}

/**
 * Finds Latin-script names by looking up runs of up to `longest` words in a map: one pass over
 * the words instead of a regex with a thousand alternatives.
 */
function findCased(
  text: string,
  { names, starters, inflectable, longest }: CasedNames,
  found: CompanyMention[],
): void {
  // Word bounds as a flat array: this runs on every sentence, and most words are no name.
  const bounds: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) bounds.push(m.index, m.index + m[0].length);
  const count = bounds.length / 2;
  for (let i = 0; i < count; i++) {
    const start = bounds[2 * i] ?? 0;
    const token = text.slice(start, bounds[2 * i + 1] ?? start);
    // "d'Amazon", "l'Alibaba": an elided article before the name; "Micron'un": a case suffix after it.
    const elided = token.includes("'") ? ELIDED.exec(token) : null;
    if (elided) {
      const rest = token.slice(elided[0].length).split("'")[0] ?? "";
      // "d'Uber." ends a sentence: the stop is the sentence's unless the name has it.
      const name = names.has(rest) ? rest : rest.replace(/[.!+-]+$/, "");
      const id = names.get(name);
      if (id)
        found.push({
          id,
          start: start + elided[0].length,
          end: start + elided[0].length + name.length,
        });
      continue;
    }
    const first = PUNCTUATED.test(token)
      ? (token.split(/[-']/)[0]?.replace(/[.!+]+$/, "") ?? "")
      : token;
    if (!starters.has(first)) {
      // "Ubers China-Geschäft", "Googles Rückzug": a German genitive before a noun, which German
      // capitalises. English "Apples and pears" stays fruit.
      const next = text.charAt(bounds[2 * i + 2] ?? -1);
      const owner =
        token.endsWith("s") && UPPER.test(next) ? names.get(token.slice(0, -1)) : undefined;
      if (owner && token.length > MIN_INFLECTED_NAME)
        found.push({ id: owner, start, end: start + token.length - 1 });
      else inflect(token, start, names, inflectable, found);
      continue;
    }
    let matched = false;
    for (let k = Math.min(longest, count - i); k >= 1; k--) {
      let end = bounds[2 * (i + k - 1) + 1] ?? start;
      let candidate = text.slice(start, end);
      // Trailing punctuation belongs to the sentence unless the name has it ("X Corp.").
      while (!names.has(candidate.replace(/\s+/g, " ")) && /[.'!+-]$/.test(candidate)) {
        candidate = candidate.slice(0, -1);
        end--;
      }
      let id = names.get(candidate.replace(/\s+/g, " "));
      // "Google-Dienste", "Alibaba-backed", "Micron'un", "The New York Times'ın": a compound or
      // inflection of the name's last word.
      const lastWord = candidate.search(/\S+$/);
      for (
        let cut = lastBreak(candidate, candidate.length);
        !id && cut > lastWord;
        cut = lastBreak(candidate, cut - 1)
      ) {
        id = names.get(candidate.slice(0, cut));
        if (id) end = start + cut;
      }
      if (id) {
        found.push({ id, start, end });
        i += k - 1;
        matched = true;
        break;
      }
    }
    if (!matched) inflect(token, start, names, inflectable, found);
  }
}

/** "Microsoftu", "Tencentem", "Dropboksa": a name with a case ending, when nothing else matches. */
function inflect(
  token: string,
  start: number,
  names: ReadonlyMap<string, string>,
  inflectable: ReadonlySet<string>,
  found: CompanyMention[],
): void {
  if (!inflectable.has(token.slice(0, MIN_INFLECTED_NAME))) return;
  const hit = inflectedName(token.replace(/[.!+-]+$/, ""), names);
  if (hit) found.push({ id: hit.id, start, end: start + hit.length });
}

function lastBreak(text: string, before: number): number {
  return Math.max(text.lastIndexOf("-", before), text.lastIndexOf("'", before));
}
