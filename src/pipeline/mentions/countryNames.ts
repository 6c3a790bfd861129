import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import { alternation } from "../time/dateVocabulary.ts";
import { fold } from "../../model/fold.ts";

const require = createRequire(import.meta.url);
const registered = new Set<string>();

/** Country names in one language, matched in folded text. */
export interface CountryNames {
  readonly regex: RegExp;
  /** Folded name → ISO 3166 alpha-2. */
  readonly codes: ReadonlyMap<string, string>;
  /** Names from CLDR, which count only when capitalised in a cased script ("того" is not Togo). */
  readonly proper: ReadonlySet<string>;
}

/**
 * Country names from i18n-iso-countries (CLDR-based, ~80 languages) in the article's
 * language and in English, which articles in every language quote, plus a lexicon's extras.
 */
export function countryNames(
  language: string,
  extra: Readonly<Record<string, string>>,
  spaced: boolean,
): CountryNames {
  const codes = new Map<string, string>();
  for (const lang of new Set(["en", language])) {
    if (!register(lang)) continue;
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: "all" }))) {
      for (const name of names) {
        const key = fold(name);
        if (key.length >= 3 && !codes.has(key)) codes.set(key, code);
      }
    }
  }
  const proper = new Set(codes.keys());
  for (const [name, code] of Object.entries(extra)) {
    codes.set(name, code);
    proper.delete(name);
  }
  const b = spaced ? "(?<![\\p{L}\\p{M}\\p{N}])" : "";
  const e = spaced ? "(?![\\p{L}\\p{M}\\p{N}])" : "";
  return { regex: new RegExp(`${b}${alternation(codes.keys())}${e}`, "gu"), codes, proper };
}

function register(language: string): boolean {
  if (registered.has(language)) return true;
  try {
    countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
    registered.add(language);
    return true;
  } catch {
    return false;
  }
}
