/** A sentence and where it starts in the stored text. */
export interface Sentence {
  readonly text: string;
  readonly offset: number;
  readonly paragraph: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

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
    for (const piece of segmenter.segment(paragraph.text)) {
      const text = piece.segment.trim();
      if (!text) continue;
      const lead = piece.segment.length - piece.segment.trimStart().length;
      out.push({ text, offset: paragraph.offset + piece.index + lead, paragraph: index });
    }
  });
  return out;
}
