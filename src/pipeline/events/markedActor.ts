import { foldedIndex, foldText, type FoldedText } from "../../model/fold.ts";
import { slug } from "../../model/slug.ts";
import type { CompiledLexicon } from "../mentions/compileLexicon.ts";
import type { CountryNames } from "../mentions/countryNames.ts";
import { detach } from "../detach.ts";
import type { NamedCompany } from "./eventDraft.ts";

interface Markers {
  readonly before: RegExp;
  readonly after: RegExp;
  /** A name ending in its own marker: "Lantern Works Inc." */
  readonly suffix: RegExp;
  /** An apposition right after a name: ", a Texas-based maker of sensors,". */
  readonly apposed: RegExp | null;
  /** A whole word that marks the name after it (de "Softwarehersteller"). */
  readonly word: RegExp;
}
const cache = new WeakMap<CompiledLexicon, Markers>();

// Markers are lexicon patterns, matched on folded text.
function markers(lexicon: CompiledLexicon): Markers {
  let found = cache.get(lexicon);
  if (!found) {
    const gap = lexicon.spaced ? "(?:\\s+\\S+){0,3}?,?\\s*" : "[^\\s,，、。]{0,6}?";
    found = {
      // "the US software company, SAS Institute,", "美國數據分析軟體商SAS".
      before: new RegExp(`(?:${lexicon.companyBefore.source})${gap}$`, "u"),
      after: new RegExp(`^\\s*(?:${lexicon.companyAfter.source})(?![\\p{L}])`, "u"),
      suffix: new RegExp(`\\s+(?:${lexicon.companyAfter.source})[.]?$`, "u"),
      // At most three words between the comma and the marker, none a preposition: "Tim Cook,
      // chief executive of the company" puts no company beside the name.
      apposed: lexicon.spaced
        ? new RegExp(
            `^\\s*,\\s*(?:(?!${FUNCTION_WORD}\\s)\\S+\\s+){0,3}?(?:${lexicon.companyBefore.source})(?![\\p{L}'’])`,
            "u",
          )
        : null,
      word: new RegExp(`^(?:${lexicon.companyBefore.source})$`, "u"),
    };
    cache.set(lexicon, found);
  }
  return found;
}

// A Latin name of one to four capitalised words: "SAS Institute", "Ndemic Creations".
const NAME =
  /\p{Lu}[\p{Script=Latin}\p{N}&+'’.-]*(?:\s+\p{Lu}[\p{Script=Latin}\p{N}&+'’.-]*){0,3}/gu;
// An article opening a sentence is no part of the name after it: "Die Lantern Works GmbH".
const ARTICLE =
  /^(?:the|an?|die|der|das|den|dem|des|eine?|le|la|les|el|los|las|il|lo|gli|os?|as|uma?|het|een)\s+/iu;
// A letter of a script other than Latin.
const OTHER_SCRIPT = /[^\P{L}\p{Script=Latin}]/u;
// Prepositions and the like, folded, in the languages with spaces: a word of these in an
// apposition makes what follows another thing's ("chief executive of the company").
const FUNCTION_WORD =
  "(?:of|for|at|in|on|by|with|to|from|de|du|des|d'|di|del|della|do|da|dos|das|von|vom|der|van|het|w|z|ze|dla|в|из|от|для|у)";
// How far before a name its marker may stand, in folded characters.
const REACH = 48;

/**
 * The actor of a move when the gazetteer knows no company before it: a Latin-script name the
 * text marks as a company ("the US software company SAS Institute", "Zhixin Ltd",
 * "米ソフトウエア大手のSAS"), with the country its marker names. A name the text marks as
 * Chinese is none: a Chinese company's moves at home are no pull-back. Names written only in
 * another script are left to the gazetteer, since no id made from them would meet another
 * outlet's.
 */
export function markedActor(
  text: string,
  folded: FoldedText,
  toFolded: number,
  lexicon: CompiledLexicon,
  countries: CountryNames,
  excluded: (name: string) => boolean,
): { readonly company: NamedCompany; readonly start: number } | null {
  const { before, after, suffix, apposed } = markers(lexicon);
  const to = folded.origin[toFolded] ?? text.length;
  for (const m of candidates(text.slice(0, to), lexicon)) {
    const whole = m[0].replace(/['’]\p{Ll}{0,4}$/u, "").replace(/[\s,'’-]+$/u, "");
    // "Lantern Works Inc.": the marker is no part of the name other outlets give.
    const foldedWhole = foldText(whole);
    const own = suffix.exec(foldedWhole.text);
    const cut = own ? (foldedWhole.origin[own.index] ?? whole.length) : whole.length;
    const name = whole
      .slice(0, cut)
      .replace(/[\s.]+$/u, "")
      .replace(ARTICLE, "");
    if (name.length < 3 || /^[\p{Lu}\s]{1,2}$/u.test(name) || excluded(name)) continue;
    const start = foldedIndex(folded, m.index);
    const end = foldedIndex(folded, m.index + name.length);
    const lead = folded.text.slice(Math.max(0, start - REACH), start);
    // German capitalises every noun: "das Unternehmen Ende Mai" names no company.
    // "אקשיה קומיוניקיישנס (Acacia Communications)": a Latin name glossing the name a text in
    // another script gives is a proper name, and before the move, the actor's.
    const glossed =
      /[(（]\s*$/u.test(text.slice(0, m.index)) &&
      /^['’]?\s*[)）]/u.test(text.slice(m.index + whole.length)) &&
      OTHER_SCRIPT.test(text.slice(Math.max(0, m.index - REACH), m.index));
    const marked =
      own !== null ||
      glossed ||
      m.markedBefore ||
      after.test(folded.text.slice(end, end + 24)) ||
      (apposed?.test(folded.text.slice(end, end + 80)) ?? false) ||
      (!lexicon.capitalisesNouns && before.test(lead));
    if (!marked) continue;
    lexicon.china.lastIndex = 0;
    if (lexicon.china.test(lead)) return null;
    const id = slug(name);
    if (!id) continue;
    return { company: { id, name: detach(name), country: countryIn(lead, countries) }, start };
  }
  return null;
}

type Candidate = RegExpExecArray & { readonly markedBefore?: boolean };

/**
 * The Latin names in a span. Where every noun has a capital (de), a run of capitalised words may
 * hold its own marker, "Der Darmstädter Softwarehersteller Brenntag Digital": the name is the
 * words after it, unless they are a date ("Das Unternehmen Ende Mai").
 */
function* candidates(span: string, lexicon: CompiledLexicon): Generator<Candidate> {
  for (const m of span.matchAll(NAME)) {
    if (lexicon.capitalisesNouns) {
      const { word } = markers(lexicon);
      const words = [...m[0].matchAll(/\S+/gu)];
      const marker = words.findLastIndex((w) => word.test(foldText(w[0]).text));
      const next = words[marker + 1];
      if (marker >= 0 && next) {
        const from = (m.index ?? 0) + next.index;
        const named = new RegExp(NAME.source, "uy");
        named.lastIndex = from;
        const found = named.exec(span);
        const date = found && foldText(found[0]).text;
        if (
          found &&
          date &&
          date.search(lexicon.dates.months) < 0 &&
          date.search(lexicon.dates.weekdays) < 0
        ) {
          yield Object.assign(found, { markedBefore: true });
          continue;
        }
      }
    }
    yield m;
  }
}

function countryIn(lead: string, countries: CountryNames): string | null {
  countries.regex.lastIndex = 0;
  let code: string | null = null;
  for (const m of lead.matchAll(countries.regex)) code = countries.codes.get(m[0]) ?? code;
  return code;
}
