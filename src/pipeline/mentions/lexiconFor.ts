import { compileLexicon, type CompiledLexicon } from "./compileLexicon.ts";
import { countryNames, type CountryNames } from "./countryNames.ts";
import { LEXICONS } from "../lexicon/index.ts";

const compiled = new Map<string, { lexicon: CompiledLexicon; countries: CountryNames }>();
// Scripts written without spaces between words.
const UNSPACED = new Set(["zh", "ja", "th", "lo", "km", "my"]);

/**
 * The compiled lexicon for a language. A language without a lexicon of its own still gets
 * CLDR's month, weekday and relative-date names, with English phrases for moves (articles
 * often quote English), so its dates resolve while its events wait for a lexicon.
 */
export function lexiconFor(language: string): {
  lexicon: CompiledLexicon;
  countries: CountryNames;
  native: boolean;
} {
  const native = language in LEXICONS;
  let entry = compiled.get(language);
  if (!entry) {
    const base = LEXICONS[language] ?? LEXICONS.en;
    if (!base) throw new Error("the English lexicon is missing");
    const spaced = native ? base.spaced : !UNSPACED.has(language);
    const lexicon = compileLexicon(
      native ? base : { ...base, language: language === "und" ? "en" : language, spaced },
    );
    entry = { lexicon, countries: countryNames(language, base.countries ?? {}, spaced) };
    compiled.set(language, entry);
  }
  return { ...entry, native };
}
