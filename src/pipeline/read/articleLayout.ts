import type { CompiledLexicon } from "../mentions/compileLexicon.ts";
import { fold } from "../../model/fold.ts";

/** A paragraph of article text with its offset in the stored text. */
export interface Paragraph {
  readonly text: string;
  readonly offset: number;
}

/** What is article and what is page furniture in one file. */
export interface ArticleLayout {
  readonly headline: string;
  readonly headlineOffset: number;
  /** Paragraphs after the headline that are the article itself. */
  readonly body: readonly Paragraph[];
  /** The first lines after the headline, where datelines live (kept even if removed from body). */
  readonly lead: readonly Paragraph[];
  readonly outlet: string | null;
  readonly removed: number;
}

// Page furniture is short; a long paragraph that starts with "Share" is still prose.
const FURNITURE_MAX = 90;

/** Splits an article into headline, body and furniture, using the lexicons of its language. */
export function layoutArticle(text: string, lexicons: readonly CompiledLexicon[]): ArticleLayout {
  const lines: Paragraph[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) lines.push({ text: line, offset });
    offset += line.length + 1;
  }
  const first = lines[0] ?? { text: "", offset: 0 };
  const headline = first.text.replace(/^\s*#+\s*/, "").trim();
  const headlineKey = fold(headline);
  const body: Paragraph[] = [];
  let outlet: string | null = null;
  let removed = 0;
  for (const line of lines.slice(1)) {
    const folded = fold(line.text.trim());
    const short = folded.length <= FURNITURE_MAX;
    if (short && lexicons.some((lex) => lex.stopAt.test(folded))) {
      removed += lines.length - lines.indexOf(line);
      break;
    }
    const named: string | null = outlet === null ? findOutlet(line.text, lexicons) : null;
    if (named) {
      outlet = named;
      removed++;
      continue;
    }
    const furniture = short && lexicons.some((lex) => lex.boilerplate.test(folded));
    // A repeated headline, or a teaser cut off with an ellipsis, is navigation, not text.
    const repeat = folded === headlineKey;
    const teaser = /(\.\.\.|…)\s*$/.test(line.text);
    if (furniture || repeat || teaser) {
      removed++;
      continue;
    }
    body.push(line);
  }
  return { headline, headlineOffset: first.offset, body, lead: lines.slice(1, 6), outlet, removed };
}

function findOutlet(line: string, lexicons: readonly CompiledLexicon[]): string | null {
  for (const lexicon of lexicons) {
    for (const pattern of lexicon.outlet) {
      const name = pattern.exec(line.trim())?.groups?.outlet?.trim();
      if (name) return name.replace(/[.\s]+$/, "");
    }
  }
  return null;
}
