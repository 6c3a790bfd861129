/** Text prepared for matching, with a map from each of its positions back to the original. */
export interface FoldedText {
  readonly text: string;
  /** `origin[i]` is the index in the original string of folded character `i`. */
  readonly origin: readonly number[];
}

const cache = new Map<string, string>();

// Latin combining diacritics and Arabic vowel marks carry no meaning the patterns rely on;
// removing them lets "cửa hàng", "cua hang" and "CỬA HÀNG" match one pattern.
const MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g;
const SUBSTITUTES: Record<string, string> = {
  "\u2019": "'",
  "\u2018": "'",
  "\u02bc": "'",
  "\u00b4": "'",
  "`": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u201e": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u00a0": " ",
  "\u202f": " ",
  "\u2009": " ",
  "\u0623": "\u0627",
  "\u0625": "\u0627",
  "\u0622": "\u0627",
  "\u0671": "\u0627",
  "\u0649": "\u064a",
  "\u0629": "\u0647",
  "\u060c": ",",
};

/** Folds one character (code point) the way every pattern is folded. */
export function foldChar(char: string): string {
  const hit = cache.get(char);
  if (hit !== undefined) return hit;
  let out = SUBSTITUTES[char];
  if (out === undefined) {
    const code = char.codePointAt(0) ?? 0;
    const digit = nativeDigit(code);
    out =
      digit !== null
        ? String(digit)
        : char.normalize("NFKC").toLowerCase().normalize("NFD").replace(MARKS, "").normalize("NFC");
    out = out.replace(/[\u0623\u0625\u0622\u0649\u0629]/g, (c) => SUBSTITUTES[c] ?? c);
  }
  cache.set(char, out);
  return out;
}

/** Folds a string, keeping a map back to original positions. */
export function foldText(input: string): FoldedText {
  // Most sentences in Latin-script languages are plain ASCII: lowercasing keeps positions.
  if (/^[\t\n\r\x20-\x7e]*$/.test(input)) {
    const text = input.replace(/`/g, "'").toLowerCase();
    return { text, origin: Array.from({ length: text.length }, (_, i) => i) };
  }
  let text = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of input) {
    const folded = foldChar(char);
    for (let k = 0; k < folded.length; k++) origin.push(index);
    text += folded;
    index += char.length;
  }
  return { text, origin };
}

/** Folds text when no position map is needed (search, lexicon entries): cheaper on long text. */
export function fold(input: string): string {
  if (/^[\t\n\r\x20-\x7e]*$/.test(input)) return input.replace(/`/g, "'").toLowerCase();
  let text = "";
  for (const char of input) text += foldChar(char);
  return text;
}

// Unicode decimal digits sit in runs of ten starting at a zero; these are the runs news text uses.
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10, 0x1040, 0x17e0];

function nativeDigit(code: number): number | null {
  for (const zero of DIGIT_ZEROS) if (code >= zero && code < zero + 10) return code - zero;
  return null;
}

/** Where an offset of the original text falls in its folded form. */
export function foldedIndex(folded: FoldedText, original: number): number {
  const index = folded.origin.findIndex((o) => o >= original);
  return index === -1 ? folded.text.length : index;
}
