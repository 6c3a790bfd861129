import { detect } from "tinyld";

// Enough text for a reliable guess; detection cost grows with length.
const SAMPLE = 1500;

// Scripts that one language writes (as the press uses them): the script is the answer, and
// n-gram models trained on few of them guess wrongly (Malayalam read as Tagalog).
const SCRIPTS: readonly (readonly [RegExp, string])[] = [
  [/\p{Script=Tamil}/gu, "ta"],
  [/\p{Script=Malayalam}/gu, "ml"],
  [/\p{Script=Telugu}/gu, "te"],
  [/\p{Script=Kannada}/gu, "kn"],
  [/\p{Script=Gujarati}/gu, "gu"],
  [/\p{Script=Gurmukhi}/gu, "pa"],
  [/\p{Script=Sinhala}/gu, "si"],
  [/\p{Script=Thai}/gu, "th"],
  [/\p{Script=Lao}/gu, "lo"],
  [/\p{Script=Khmer}/gu, "km"],
  [/\p{Script=Myanmar}/gu, "my"],
  [/\p{Script=Georgian}/gu, "ka"],
  [/\p{Script=Armenian}/gu, "hy"],
  [/\p{Script=Hangul}/gu, "ko"],
  [/\p{Script=Greek}/gu, "el"],
  [/\p{Script=Ethiopic}/gu, "am"],
];

const SCRIPTED = new RegExp(SCRIPTS.map(([script]) => script.source).join("|"), "u");

/**
 * The article's language as ISO 639-1: by its script where one language writes it, else by
 * tinyld (a maintained n-gram detector covering 60+ languages, synchronous and fast enough for
 * 100k articles); "und" when it cannot tell.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE);
  // Most articles are in Latin, Cyrillic, Arabic or Han script, where n-grams decide.
  if (SCRIPTED.test(sample)) {
    const letters = sample.match(/\p{L}/gu)?.length ?? 0;
    for (const [script, code] of SCRIPTS) {
      const count = sample.match(script)?.length ?? 0;
      if (count > letters / 2) return code;
    }
  }
  const told = toldByLetters(sample);
  if (told) return told;
  const code = detect(sample);
  return /^[a-z]{2}$/.test(code) ? code : "und";
}

// Letters Persian, Urdu, Pashto, Kurdish and Sindhi add to the Arabic alphabet.
const EXTENDED_ARABIC = /[\u0671-\u06D3\u06FA-\u06FF]/u;
const ARABIC = /[\u0621-\u064A]/gu;
const HAN = /\p{Script=Han}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HEBREW = /\p{Script=Hebrew}/gu;

/**
 * Languages that the letters alone settle, before n-grams are asked (they cost a sixth of the
 * pipeline's time): Han with no kana is Chinese, Hebrew letters are Hebrew, and the Arabic
 * alphabet with none of the letters other languages add to it is Arabic. Anything less clear is
 * left to tinyld.
 */
function toldByLetters(sample: string): string | null {
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const most = (re: RegExp) => (sample.match(re)?.length ?? 0) > letters / 2;
  if (most(HAN) && !KANA.test(sample)) return "zh";
  if (most(HEBREW)) return "he";
  if (most(ARABIC) && !EXTENDED_ARABIC.test(sample)) return "ar";
  return null;
}
