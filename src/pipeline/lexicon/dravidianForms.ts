// Tamil and Malayalam glue case endings onto a name: "ரஷ்யாவில்" (in Russia), "ஜப்பானின்"
// (Japan's), "റഷ്യയിൽ", "ജപ്പാന്റെ", "നവംബറിൽ" (in November). Country and month names are
// matched as whole words, so a lexicon lists the forms the press uses; these build them.

import { CHILLU } from "../mentions/inflection.ts";

const TAMIL_VIRAMA = "\u0bcd";
const MALAYALAM_VIRAMA = "\u0d4d";
const ZWJ = "\u200d";

// Endings that begin with a vowel sign, written after a consonant-final stem, or after a glide:
// வ after ா ொ ோ ௌ ூ, ய after the other vowels.
const TAMIL_ENDINGS = ["ில்", "ின்", "ுக்கு", "ிலிருந்து", "ை", "ிலும்", "ுடன்", "ிலுள்ள"];

/** A Tamil name and the case forms the press glues on to it. */
export function tamilCases(name: string): string[] {
  const last = name.slice(-1);
  if (last === TAMIL_VIRAMA) {
    const stem = name.slice(0, -1);
    return [name, ...TAMIL_ENDINGS.map((ending) => stem + ending)];
  }
  // "இங்கிலாந்து" → "இங்கிலாந்தில்": a final short u gives way to the ending's vowel.
  if (last === "\u0bc1") {
    const stem = name.slice(0, -1);
    return [name, ...TAMIL_ENDINGS.map((ending) => stem + ending)];
  }
  if (/[\u0bbe-\u0bcc]$/u.test(name)) {
    const glide = /[\u0bbe\u0bca\u0bcb\u0bcc\u0bc2]$/u.test(name) ? "வ" : "ய";
    return [name, ...TAMIL_ENDINGS.map((ending) => name + glide + ending)];
  }
  return [name];
}

const MALAYALAM_AFTER_CONSONANT = ["ിൽ", "ിലെ", "ിന്റെ", "ിനെ", "ിലേക്ക്", "ിൽനിന്ന്", "ിന്", "ിലും"];
const MALAYALAM_AFTER_VOWEL = [
  "യിൽ",
  "യിലെ",
  "യുടെ",
  "യ്ക്ക്",
  "ക്ക്",
  "യെ",
  "യിലേക്ക്",
  "യിൽനിന്ന്",
  "യിലും",
  "യോട്",
];

/** A Malayalam name and the case forms the press glues on to it, also in the old chillu spelling. */
export function malayalamCases(name: string): string[] {
  const last = name.slice(-1);
  const full = CHILLU[last];
  let forms: string[];
  if (full) {
    const stem = name.slice(0, -1);
    forms = [
      name,
      ...full.flatMap((c) => MALAYALAM_AFTER_CONSONANT.map((e) => stem + c + e)),
      ...full.map((c) => `${stem + c}്റെ`),
    ];
  } else if (last === MALAYALAM_VIRAMA) {
    const stem = name.slice(0, -1);
    forms = [name, ...MALAYALAM_AFTER_CONSONANT.map((ending) => stem + ending)];
  } else if (last === "\u0d02") {
    // "വിയറ്റ്നാം" → "വിയറ്റ്നാമിൽ": the final anusvara is written as ma before an ending.
    const stem = `${name.slice(0, -1)}മ`;
    forms = [name, ...MALAYALAM_AFTER_CONSONANT.map((ending) => stem + ending)];
  } else {
    forms = [name, ...MALAYALAM_AFTER_VOWEL.map((ending) => name + ending)];
  }
  return forms.flatMap(oldChillu);
}

/** A word and its spellings with chillus written the old way: consonant, virama (and ZWJ). */
export function oldChillu(word: string): string[] {
  if (!/[\u0d7a-\u0d7f]/u.test(word)) return [word];
  const spell = (joiner: string) =>
    word.replace(
      /[\u0d7a-\u0d7f]/gu,
      (chillu) => (CHILLU[chillu]?.[0] ?? chillu) + MALAYALAM_VIRAMA + joiner,
    );
  return [word, spell(ZWJ), spell("")];
}

/** Every case form of each name, mapped to the name's value. */
export function withCases<T>(
  names: Readonly<Record<string, T>>,
  cases: (name: string) => string[],
): Record<string, T> {
  return Object.fromEntries(
    Object.entries(names).flatMap(([name, value]) => cases(name).map((form) => [form, value])),
  );
}
