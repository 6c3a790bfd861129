const RTL = new Set(["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ku"]);

/** The writing direction of a language, for the `dir` attribute of original-language text. */
export function directionOf(language: string): "rtl" | "ltr" {
  return RTL.has(language) ? "rtl" : "ltr";
}

const names = new Intl.DisplayNames("en", { type: "language" });

/** A language's English name ("ar" → "Arabic"); the code itself when unknown. */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

const regions = new Intl.DisplayNames("en", { type: "region" });

/** A country's English name from its ISO code ("CN" → "China"). */
export function countryName(code: string): string {
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}
