import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";

/**
 * Code point ranges of the scripts the pipeline reads, plus the characters that break naive text
 * code: combining marks, joiners, bidi controls, the BOM, CR, NUL and astral emoji.
 */
const SCRIPT_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0x24f], // Latin-1, Latin Extended
  [0x1ea0, 0x1ef9], // Vietnamese precomposed
  [0x300, 0x36f], // combining diacritics
  [0x370, 0x3ff], // Greek
  [0x400, 0x4ff], // Cyrillic
  [0x590, 0x5ff], // Hebrew
  [0x600, 0x6ff], // Arabic, Urdu, Arabic-Indic digits
  [0x900, 0x97f], // Devanagari
  [0xd00, 0xd7f], // Malayalam
  [0xe00, 0xe7f], // Thai
  [0x3040, 0x30ff], // kana
  [0x4e00, 0x9fff], // CJK
  [0xac00, 0xd7a3], // Hangul
  [0xff00, 0xffef], // full-width forms
  [0x2000, 0x206f], // punctuation, spaces, joiners, bidi marks
  [0x1f300, 0x1faff], // emoji (astral)
];
const SPECIALS = ["\n", "\r", "\r\n", "\t", "\uFEFF", "\u00a0", "\u2028", "\u200d", "\u0000", " "];

/** One character of any script the pipeline reads, or a troublesome control. */
export const multiScriptChar: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(...SCRIPT_RANGES.map(codePointIn)) },
  { weight: 1, arbitrary: fc.constantFrom(...SPECIALS) },
);

function codePointIn([min, max]: readonly [number, number]): fc.Arbitrary<string> {
  return fc.integer({ min, max }).map((code) => String.fromCodePoint(code));
}

/** Text mixing every script, as a multilingual page with its furniture might. */
export function multiScriptText(maxLength = 200): fc.Arbitrary<string> {
  return fc.string({ unit: multiScriptChar, maxLength });
}

/** Encodes a string as UTF-16 (little or big endian), optionally with its byte-order mark. */
export function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? "\uFEFF" : "") + text;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return bytes;
}

/** A real article: its file name, its text and its curation file's text when it has one. */
export interface RealArticle {
  readonly name: string;
  readonly text: string;
  readonly curation: string | null;
}

const ROOT = join(import.meta.dirname, "../..");
// The composed corpus lives beside the project (../shared); a worktree sits one level deeper.
const CORPUS_CANDIDATES = [join(ROOT, "../shared/corpus"), join(ROOT, "../../shared/corpus")];
const ARTICLE_DIRS = [
  join(ROOT, "seeds"),
  join(ROOT, "test/fixtures/articles"),
  join(ROOT, "test/fixtures/holdout"),
  ...CORPUS_CANDIDATES.filter((dir) => existsSync(dir)).slice(0, 1),
];

/** Every article in seeds/, the fixtures and the shared corpus (when it is there). */
export function realArticles(): RealArticle[] {
  return ARTICLE_DIRS.filter((dir) => existsSync(dir)).flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /\.(txt|md)$/.test(name))
      .sort()
      .map((name) => {
        const meta = join(dir, name.replace(/\.(txt|md)$/, ".meta.json"));
        return {
          name,
          text: readFileSync(join(dir, name), "utf8"),
          curation: existsSync(meta) ? readFileSync(meta, "utf8") : null,
        };
      }),
  );
}

/** The paragraphs of a text: blocks split on blank lines, else on lines. */
export function paragraphs(text: string): string[] {
  const blocks = text.split(/\n\s*\n/).filter((p) => p.trim());
  return blocks.length > 1 ? blocks : text.split("\n").filter((p) => p.trim());
}
