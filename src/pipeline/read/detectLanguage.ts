import { detect } from "tinyld";

// Enough text for a reliable guess; detection cost grows with length.
const SAMPLE = 3000;

/**
 * The article's language as ISO 639-1, by tinyld (a maintained n-gram detector covering 60+
 * languages, synchronous and fast enough for 100k articles); "und" when it cannot tell.
 */
export function detectLanguage(text: string): string {
  const code = detect(text.slice(0, SAMPLE));
  return /^[a-z]{2}$/.test(code) ? code : "und";
}
