/** A sentence and where it starts in the stored text. */
export interface Sentence {
  readonly text: string;
  readonly offset: number;
  readonly paragraph: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
const ORDINAL_END = /(?<![\d.])\d{1,2}\.$/u;
const ABBREVIATION_END = /(?<![\p{L}.])\p{Lu}\p{Ll}{1,3}\.$/u;

/** Splits paragraphs into sentences with the language's own rules (ICU, via Intl.Segmenter). */
export function splitSentences(
  paragraphs: readonly { readonly text: string; readonly offset: number }[],
  language: string,
): Sentence[] {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
    segmenters.set(language, segmenter);
  }
  const out: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    let open: Sentence | undefined;
    for (const piece of segmenter.segment(paragraph.text)) {
      const text = piece.segment.trim();
      if (!text) continue;
      const lead = piece.segment.length - piece.segment.trimStart().length;
      const offset = paragraph.offset + piece.index + lead;
      // "am 23. August", "le 1. mai": ICU ends a sentence at an ordinal's dot.
      // "Sept. 15, 2020": ICU also ends one at an abbreviated month before the day.
      const abbreviated =
        open !== undefined && ABBREVIATION_END.test(open.text) && /^\d/.test(text);
      if (open && (ORDINAL_END.test(open.text) || abbreviated)) {
        open = {
          ...open,
          text: paragraph.text.slice(
            open.offset - paragraph.offset,
            piece.index + piece.segment.trimEnd().length,
          ),
        };
        out[out.length - 1] = open;
        continue;
      }
      open = { text, offset, paragraph: index };
      out.push(open);
    }
  });
  return out;
}
