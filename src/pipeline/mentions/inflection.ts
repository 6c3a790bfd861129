// How languages attach grammar to a company name without a space: case endings after a
// Latin-script name, one-letter prefixes before a Hebrew or Arabic one, agglutinated case
// endings after a Tamil or Malayalam one. Rules are general; none names a company.

/**
 * Case endings that Polish, Czech, Slovak, Croatian, Finnish and Hungarian put straight onto a
 * foreign name ("Microsoftu", "Tencentem", "Huaweiowi", "Googlen", "Microsoftnál"). A fixed list,
 * not "any few letters", keeps words made by adding letters to a name ("Appleton",
 * "Intelligence", "Applet") from becoming companies. Endings that make common words of common
 * names are left out: "s" (English "Apples"), "e" and "en" (German "Signale", "Graben"), "ie"
 * (French "Amazonie"), "ia" (Spanish "Amazonia"), "i" (Italian "Canoni").
 */
const CASE_ENDINGS = [
  // Polish, Czech, Slovak, Croatian
  "a", "u", "em", "om", "ů", "ów", "ům", "ach", "ami", "ech", "owi", "ovi",
  // Finnish ("n" after a vowel: "Googlen", "Nokian"; "in" after a consonant: "Microsoftin")
  "n", "in", "lla", "llä", "lle", "lta", "ltä", "ssa", "ssä", "sta", "stä", "ksi",
  // Hungarian
  "ba", "be", "ra", "re", "on", "ön", "ot", "nál", "nél", "ról", "ről", "tól", "től", "ban",
  "ben", "ból", "ből", "hoz", "hez", "höz", "nak", "nek", "val", "vel",
]; // prettier-ignore

/** Endings that replace a name's final "a": Polish "Nvidii", "Teslę", "Teslą"; Czech "Teslou". */
const A_REPLACEMENTS = new Set(["i", "y", "ą", "ę", "ou"]);

const VOWEL_FINAL = /[aeouáéóúàèòùâêôûäëöüąęůě]$/i;
const VOWEL_INITIAL = /^[aeiouyáéíóúäöüąęůő]/i;
/** Only names of at least four letters take a case ending without an apostrophe. */
export const MIN_INFLECTED_NAME = 4;

const DIRECT = new Set(CASE_ENDINGS);

// Endings by their last character: a word is checked against the few that can end it.
const ENDINGS_BY_LAST = new Map<string, string[]>();
for (const ending of [...new Set([...CASE_ENDINGS, ...A_REPLACEMENTS])].sort(
  (a, b) => b.length - a.length,
)) {
  const last = ending.slice(-1);
  ENDINGS_BY_LAST.set(last, [...(ENDINGS_BY_LAST.get(last) ?? []), ending]);
}

/**
 * Reads a Latin-script word as a name plus a case ending: "Microsoftu" is Microsoft, "Dropboksa"
 * Dropbox (Polish writes x as ks), "Nvidii" Nvidia. Returns the company and how many characters
 * of the word stand for the name, or null. Only names of at least four letters inflect this way.
 */
export function inflectedName(
  word: string,
  names: ReadonlyMap<string, string>,
): { id: string; length: number } | null {
  if (word.length <= MIN_INFLECTED_NAME) return null;
  const endings = ENDINGS_BY_LAST.get(word.slice(-1));
  if (!endings) return null;
  for (const ending of endings) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < MIN_INFLECTED_NAME) continue;
    // A one-letter ending on a four-letter name makes words too easily: "Della" is not Dell.
    const long = stem.length > MIN_INFLECTED_NAME || ending.length > 1;
    const afterVowel = VOWEL_FINAL.test(stem);
    if (
      DIRECT.has(ending) &&
      long &&
      (ending === "n" ? afterVowel : !(afterVowel && VOWEL_INITIAL.test(ending)))
    ) {
      const id =
        names.get(stem) ?? (stem.endsWith("ks") ? names.get(`${stem.slice(0, -2)}x`) : undefined);
      if (id) return { id, length: stem.length };
    }
    if (A_REPLACEMENTS.has(ending)) {
      const id = names.get(`${stem}a`);
      if (id) return { id, length: word.length };
    }
  }
  return null;
}

/**
 * One-letter words that Arabic and Hebrew write onto the next word: Arabic "and", "so", "by",
 * "to", "as", "the" and their combinations (وب، فال، بال، لل); Hebrew "and", "that", "when", then
 * "in", "to", "from", "as", then "the" (ב, ו, ה, ל, מ, ש, כ; וב, שה, מה, וכש, ומה...).
 */
export const CLITIC_PREFIX = "(?:[وف]?(?:[بك]?ال|لل|[بلك])?|[וש]?(?:כש|[בלמכ])?ה?)";

/**
 * Letters that may follow a name inside one word, by script: Cyrillic and Korean case endings and
 * particles, and Tamil and Malayalam, which agglutinate long case endings ("கூகுளின்", "ഗൂഗിളിന്റെ").
 */
export const INFLECTION_SUFFIX =
  "(?:[\\p{Script=Cyrillic}]{0,3}|[\\p{Script=Hangul}]{0,3}|[\\p{Script=Tamil}]{0,12}|[\\p{Script=Malayalam}]{0,12})";

// Malayalam chillu letters stand for a consonant ending a word; before an ending they are written
// as the full consonant: ഗൂഗിൾ, ഗൂഗിളിന്റെ; ട്വിറ്റർ, ട്വിറ്ററും.
export const CHILLU: Readonly<Record<string, readonly string[]>> = {
  "\u0d7a": ["\u0d23"],
  "\u0d7b": ["\u0d28"],
  "\u0d7c": ["\u0d30", "\u0d31"],
  "\u0d7d": ["\u0d32"],
  "\u0d7e": ["\u0d33"],
  "\u0d7f": ["\u0d15"],
};
const VIRAMA_FINAL = /[\u0bcd\u0d4d]$/;

/**
 * The forms a Tamil or Malayalam name takes before a case ending: a final virama gives way to
 * the ending's vowel sign (மைக்ரோசாஃப்ட் → மைக்ரோசாஃப்டின்), a chillu to its full consonant. Each stem
 * must be followed by a vowel sign where it is found.
 */
export function agglutinativeStems(name: string): string[] {
  if (VIRAMA_FINAL.test(name)) return [name.slice(0, -1)];
  const full = CHILLU[name.slice(-1)];
  return full ? full.map((consonant) => name.slice(0, -1) + consonant) : [];
}
