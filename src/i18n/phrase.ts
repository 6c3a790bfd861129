/**
 * A run of generated text kept apart from the words around it: a company's name, or a title a
 * curator wrote in another language. It is shown isolated (`<bdi>`, or FSI…PDI in plain
 * strings) so a Latin name keeps its place inside Arabic text.
 */
export interface Isolated {
  readonly text: string;
  /** Set when the run is in another language than the text around it. */
  readonly lang?: string;
}

/** Generated text: words of the interface language, and isolated runs. */
export type Phrase = readonly (string | Isolated)[];

/** A name to isolate inside a phrase. */
export function isolated(text: string, lang?: string): Isolated {
  return lang ? { text, lang } : { text };
}

/** A phrase from a template: `phrase\`${actor} quitte le marché chinois\``. */
export function phrase(
  strings: TemplateStringsArray,
  ...parts: readonly (string | Isolated | Phrase)[]
): Phrase {
  const out: (string | Isolated)[] = [];
  strings.forEach((text, i) => {
    if (text) out.push(text);
    const part = parts[i];
    if (part === undefined || part === "") return;
    if (isPhrase(part)) out.push(...part);
    else out.push(part);
  });
  return out;
}

function isPhrase(part: string | Isolated | Phrase): part is Phrase {
  return Array.isArray(part);
}

const FSI = "\u2068";
const PDI = "\u2069";

/**
 * A phrase as a plain string, for attributes, SVG and searches. `isolate` wraps isolated runs
 * in FSI…PDI: needed in right-to-left text, where a Latin name beside Arabic words could
 * otherwise reorder its neighbours; in left-to-right text the marks would only be noise.
 */
export function phraseText(words: Phrase, isolate = false): string {
  return words
    .map((part) => (typeof part === "string" ? part : isolate ? FSI + part.text + PDI : part.text))
    .join("");
}
