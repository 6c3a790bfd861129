const RTL = new Set(["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ku"]);

/** The writing direction of a language, for the `dir` attribute of original-language text. */
export function directionOf(language: string): "rtl" | "ltr" {
  return RTL.has(language) ? "rtl" : "ltr";
}
