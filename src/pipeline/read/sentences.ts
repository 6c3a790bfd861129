/** A sentence and where it starts in the stored text. */
export interface Sentence {
  readonly text: string;
  readonly offset: number;
  readonly paragraph: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
const ORDINAL_END = /(?<![\d.])\d{1,2}\.$/u;
const ABBREVIATION_END = /(?<![\p{L}.])\p{Lu}\p{Ll}{1,3}\.$/u;
const BRAND_BANG = /(?<![\p{L}])Yahoo!$/u;
// ICU's sentence iterator, as V8 exposes it, takes time in the square of the string's length: a
// paragraph of 0.34 MB took 1.6 s, one of 1.4 MB 20 s. Real paragraphs are far shorter than
// this, so only a runaway paragraph is cut, after a full stop and a space where it has one.
const CHUNK = 4000;
const CUT = /[.!?。！？؟।]["'»”’)]*\s+/gu;

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
    for (const piece of segmentChunks(segmenter, paragraph.text)) {
      const text = piece.segment.trim();
      if (!text) continue;
      const lead = piece.segment.length - piece.segment.trimStart().length;
      const offset = paragraph.offset + piece.index + lead;
      // "am 23. August", "le 1. mai": ICU ends a sentence at an ordinal's dot.
      // "Sept. 15, 2020": ICU also ends one at an abbreviated month before the day.
      const abbreviated =
        open !== undefined && ABBREVIATION_END.test(open.text) && /^\d/.test(text);
      // "Yahoo! Inc folded its China business": a brand's own "!" ends no sentence.
      const bang = open !== undefined && BRAND_BANG.test(open.text);
      if (open && (ORDINAL_END.test(open.text) || abbreviated || bang)) {
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

function* segmentChunks(
  segmenter: Intl.Segmenter,
  text: string,
): Generator<{ segment: string; index: number }> {
  let start = 0;
  while (text.length - start > CHUNK) {
    const end = cutBefore(text, start, start + CHUNK);
    for (const piece of segmenter.segment(text.slice(start, end)))
      yield { segment: piece.segment, index: start + piece.index };
    start = end;
  }
  for (const piece of segmenter.segment(start === 0 ? text : text.slice(start)))
    yield { segment: piece.segment, index: start + piece.index };
}

/** Where to end a chunk that may run to `limit`: after its last sentence end, else its last
 * space, else at the limit itself (never inside a surrogate pair). */
function cutBefore(text: string, start: number, limit: number): number {
  const window = text.slice(start, limit);
  let cut = -1;
  for (const m of window.matchAll(CUT)) if (m.index > 0) cut = m.index + m[0].length;
  if (cut <= 0) cut = window.lastIndexOf(" ") + 1;
  if (cut <= 0) {
    cut = window.length;
    const code = text.charCodeAt(start + cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  }
  return start + cut;
}
