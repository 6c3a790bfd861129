import { detect } from "tinyld";

// Enough text for a reliable guess; detection cost grows with length.
const SAMPLE = 1500;

// Scripts that one language writes (as the press uses them): the script is the answer, and
// n-gram models trained on few of them guess wrongly (Malayalam read as Tagalog).
const SCRIPTS: readonly (readonly [RegExp, string])[] = [
  [/\p{Script=Tamil}/u, "ta"],
  [/\p{Script=Malayalam}/u, "ml"],
  [/\p{Script=Telugu}/u, "te"],
  [/\p{Script=Kannada}/u, "kn"],
  [/\p{Script=Gujarati}/u, "gu"],
  [/\p{Script=Gurmukhi}/u, "pa"],
  [/\p{Script=Sinhala}/u, "si"],
  [/\p{Script=Thai}/u, "th"],
  [/\p{Script=Lao}/u, "lo"],
  [/\p{Script=Khmer}/u, "km"],
  [/\p{Script=Myanmar}/u, "my"],
  [/\p{Script=Georgian}/u, "ka"],
  [/\p{Script=Armenian}/u, "hy"],
  [/\p{Script=Hangul}/u, "ko"],
  [/\p{Script=Greek}/u, "el"],
  [/\p{Script=Ethiopic}/u, "am"],
];

// The kinds of letter the rules below count. A script of SCRIPTS is kind FIRST_SCRIPT + its index.
const NOT_LETTER = 1;
const LETTER = 2;
const HAN = 3;
const KANA = 4;
const HEBREW = 5;
const ARABIC = 6;
// Letters Persian, Urdu, Pashto, Kurdish and Sindhi add to the Arabic alphabet.
const EXTENDED_ARABIC = 7;
// Vowels with a hook, horn or dot below, and ơ, ư: Vietnamese writes them in most words, other
// languages in almost none (Yoruba's ẹ and ọ are left out). Vietnamese news has them in one
// letter of eight; texts in other languages, quoting a Vietnamese name, in none of twenty.
const VIETNAMESE = 8;
const FIRST_SCRIPT = 9;

const KINDS: readonly (readonly [RegExp, number])[] = [
  [/\p{Script=Han}/u, HAN],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, KANA],
  [/\p{Script=Hebrew}/u, HEBREW],
  [/[\u0621-\u064A]/u, ARABIC],
  [/[\u0671-\u06D3\u06FA-\u06FF]/u, EXTENDED_ARABIC],
  [/[\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EB7\u1EBA-\u1ECB\u1ECE-\u1EF9]/u, VIETNAMESE],
  ...SCRIPTS.map(([script], i) => [script, FIRST_SCRIPT + i] as const),
];

// Each character's kind, found once by the regexes and then looked up: Unicode property
// regexes cost tens of microseconds per article when run character by character.
const kindOf = new Uint8Array(0x10000);

function kind(char: string, code: number): number {
  const known = code < 0x10000 ? kindOf[code] : 0;
  if (known) return known;
  let found = /\p{L}/u.test(char) ? LETTER : NOT_LETTER;
  for (const [pattern, k] of KINDS)
    if (pattern.test(char)) {
      found = k;
      break;
    }
  if (code < 0x10000) kindOf[code] = found;
  return found;
}

/**
 * The article's language as ISO 639-1: by its script where one language writes it, else by
 * tinyld (a maintained n-gram detector covering 60+ languages, synchronous and fast enough for
 * 100k articles); "und" when it cannot tell.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE);
  const told = toldByLetters(sample);
  if (told) return told;
  // Names are in no language, and a few ("Qualcomm", "Huawei") tip an English page to Italian:
  // the n-grams are read without capitalised words past a sentence's start, or figures.
  const words = sample.replace(NAMES, " ").replace(FIGURES, " ");
  const code = detect(words.replace(/[^\p{L}]/gu, "").length >= MIN_LETTERS ? words : sample);
  return /^[a-z]{2}$/.test(code) ? code : "und";
}

const NAMES = /(?<=[\p{L}\p{N},;:’')\]]\s+)\p{Lu}[\p{L}\p{M}.’'-]*/gu;
const FIGURES = /\p{N}+/gu;
// Below this many letters, the text with its names is the better sample.
const MIN_LETTERS = 200;

/**
 * Languages that the letters alone settle, before n-grams are asked (they cost a sixth of the
 * pipeline's time): a script one language writes, Han with no kana (Chinese), Han with kana in
 * one letter of ten (Japanese), Hebrew, the Arabic alphabet with none of the letters other
 * languages add to it (Arabic), and Latin with Vietnamese's marked vowels in one letter of twenty.
 * Anything less clear is left to tinyld.
 */
function toldByLetters(sample: string): string | null {
  const counts = new Uint16Array(FIRST_SCRIPT + SCRIPTS.length);
  for (const char of sample) {
    const k = kind(char, char.codePointAt(0) ?? 0);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  const of = (k: number) => counts[k] ?? 0;
  const letters = counts.reduce((sum, n, k) => (k === NOT_LETTER ? sum : sum + n), 0);
  const most = (n: number) => n > letters / 2;
  for (let i = 0; i < SCRIPTS.length; i++)
    if (most(of(FIRST_SCRIPT + i))) return SCRIPTS[i]?.[1] ?? null;
  if (most(of(HAN) + of(KANA))) {
    if (of(KANA) === 0) return "zh";
    if (of(KANA) > letters / 10) return "ja";
  }
  if (most(of(HEBREW))) return "he";
  if (most(of(ARABIC) + of(EXTENDED_ARABIC)) && of(EXTENDED_ARABIC) === 0) return "ar";
  if (of(VIETNAMESE) > letters / 20) return "vi";
  return null;
}
