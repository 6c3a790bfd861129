import type { CompiledLexicon } from "../mentions/compileLexicon.ts";
import type { EdtfDate } from "../../model/edtf.ts";
import { fold, foldText, type FoldedText } from "../../model/fold.ts";
import { findDates } from "../time/findDates.ts";
import { splitSentences } from "./sentences.ts";

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
  /** The lines around the headline, where datelines and bylines live (kept even if removed from body). */
  readonly lead: readonly Paragraph[];
  /** The date a crawler stamped on the first line (" date 2021-11-02 …"). */
  readonly stamp: EdtfDate | null;
  readonly outlet: string | null;
  readonly removed: number;
}

// Page furniture is short; a long paragraph that starts with "Share" is still prose.
const FURNITURE_MAX = 90;

// A crawler's stamp before the first line: " date 2021-11-02 Headline", or to the month (" date 2020-09 ").
const STAMP = /^\s*date\s+(\d{4}(?:-\d{2}){0,2})(?![\d-])\s*/;
// Where the headline may be: kickers, breadcrumbs, cookie banners and bylines come first.
const HEADLINE_REACH = 8;

/** Splits an article into headline, body and furniture, using the lexicons of its language. */
export function layoutArticle(text: string, lexicons: readonly CompiledLexicon[]): ArticleLayout {
  const lines: Paragraph[] = [];
  let offset = 0;
  let stamp: EdtfDate | null = null;
  const wrapped: Paragraph[][] = [];
  const block: Paragraph[] = [];
  for (const line of text.split("\n")) {
    const stamped = lines.length + block.length === 0 && stamp === null ? STAMP.exec(line) : null;
    if (stamped) {
      stamp = stamped[1] as EdtfDate;
      const rest = line.slice(stamped[0].length);
      if (rest.trim()) lines.push({ text: rest, offset: offset + stamped[0].length });
    } else if (line.trim()) block.push({ text: line, offset });
    else if (block.length) wrapped.push(block.splice(0));
    offset += line.length + 1;
  }
  if (block.length) wrapped.push(block);
  lines.push(...unwrap(text, wrapped, lines.length === 0));
  const at = headlineIndex(lines, lexicons);
  const found = lines[at] ?? { text: "", offset: 0 };
  // A file that opens with prose has no headline line: its first sentence stands for one, as a
  // lead's first sentence states the story, and the rest of the paragraph is text.
  const [first, rest] = isProseLine(found.text)
    ? splitFirstSentence(found, lexicons[0]?.language ?? "en")
    : [found, null];
  if (rest) lines.splice(at + 1, 0, rest);
  const headline = first.text.replace(/^\s*#+\s*/, "").trim();
  const headlineKey = fold(headline);
  const body: Paragraph[] = [];
  let outlet: string | null = null;
  let removed = at;
  for (const line of lines.slice(at + 1)) {
    const folded = fold(line.text.trim());
    const short = folded.length <= FURNITURE_MAX;
    if (short && lexicons.some((lex) => lex.stopAt.test(folded))) {
      // "Comments 0" in a byline, before any prose, is a counter: only the text ends there.
      if (!body.some((p) => isProseLine(p.text))) {
        removed++;
        continue;
      }
      removed += lines.length - lines.indexOf(line);
      break;
    }
    const named: string | null = outlet === null ? findOutlet(line.text, lexicons) : null;
    if (named) {
      outlet = named;
      removed++;
      continue;
    }
    const furniture =
      (short && lexicons.some((lex) => lex.boilerplate.test(folded))) || isFurniture(line.text);
    // A repeated headline, or a teaser cut off with an ellipsis, is navigation, not text.
    const repeat = folded === headlineKey;
    const teaser = /(\.\.\.|…)\s*$/.test(line.text);
    if (furniture || repeat || teaser) {
      removed++;
      continue;
    }
    body.push(line);
  }
  const lead = [...lines.slice(0, at), ...lines.slice(at + 1, at + 6)];
  return { headline, headlineOffset: first.offset, body, lead, outlet, removed, stamp };
}

/**
 * The headline is the first line near the top that reads like one: long enough to say
 * something, and not a kicker, breadcrumb, cookie banner or time stamp. Else the first line.
 */
function headlineIndex(lines: readonly Paragraph[], lexicons: readonly CompiledLexicon[]): number {
  const reach = Math.min(lines.length, HEADLINE_REACH);
  for (let i = 0; i < reach; i++) {
    const text = (lines[i]?.text ?? "").replace(/^\s*#+\s*/, "").trim();
    const folded = foldText(text);
    const short = folded.text.length <= FURNITURE_MAX;
    if (short && lexicons.some((lex) => lex.stopAt.test(folded.text))) break;
    // A share-button word may open a headline ("카카오톡, 中서…"): furniture is mostly that word.
    const button = lexicons.some(
      (lex) => (lex.boilerplate.exec(folded.text)?.[0].length ?? 0) * 2 >= folded.text.length,
    );
    if (short && button) continue;
    // Headlines do not end with a full stop, nor run on: a line that does starts the text, and
    // the headline was before it.
    if (isProseLine(text)) break;
    if (isFurniture(text) || !saysSomething(text) || /(\.\.\.|…)\s*$/.test(text)) continue;
    if (findOutlet(text, lexicons) !== null || isDateline(text, folded, lexicons)) continue;
    return i;
  }
  return 0;
}

// Wire copy and mail are hard-wrapped: a line that stops mid-sentence goes on in the next.
const WRAP_SHORTEST = 40;
const OPEN_END = /[^.!?。！？…:;"'”’»」』)\]\s]\s*$/u;
const GOES_ON = /^\s*[\p{Ll}\d(]/u;

/**
 * Joins lines of a hard-wrapped paragraph into one. A line that is long and stops mid-sentence
 * goes on in the next when that starts in lower case; in a block where that is seen twice, any
 * line that stops mid-sentence goes on ("on\nFriday.", "TOKYO Jan 31 Panasonic Corp has").
 * Line breaks become spaces, so offsets hold.
 */
function unwrap(
  text: string,
  blocks: readonly (readonly Paragraph[])[],
  headed: boolean,
): Paragraph[] {
  const out: Paragraph[] = [];
  blocks.forEach((block, b) => {
    // The file's first line may be a headline without a full stop: it joins only a lower-case line.
    const headline = headed && b === 0;
    const openEnd = (i: number) => OPEN_END.test(block[i]?.text ?? "");
    const open = (i: number) => (block[i]?.text.length ?? 0) >= WRAP_SHORTEST && openEnd(i);
    const lower = block.filter((line, i) => i > 0 && open(i - 1) && GOES_ON.test(line.text));
    const wrappedBlock = lower.length >= 2;
    let current: Paragraph | null = null;
    block.forEach((line, i) => {
      const strict = !wrappedBlock || (headline && i === 1);
      const joins =
        current !== null && (strict ? open(i - 1) && GOES_ON.test(line.text) : openEnd(i - 1));
      if (current && joins) {
        const end = line.offset + line.text.length;
        current = {
          text: text.slice(current.offset, end).replace(/[\r\n]/g, " "),
          offset: current.offset,
        };
        out[out.length - 1] = current;
        return;
      }
      current = line;
      out.push(line);
    });
  });
  return out;
}

/** Headlines do not end with a full stop, nor run on. */
function isProseLine(text: string): boolean {
  return PROSE_END.test(text.trim()) || text.length > HEADLINE_LONGEST;
}

function splitFirstSentence(line: Paragraph, language: string): [Paragraph, Paragraph | null] {
  const [sentence, next] = splitSentences([line], language);
  if (!sentence || !next) return [line, null];
  return [
    { text: sentence.text, offset: sentence.offset },
    { text: line.text.slice(next.offset - line.offset), offset: next.offset },
  ];
}

const FURNITURE_LONGEST = 400;
// Twice the longest headline seen in the corpus; longer is a paragraph of text.
const HEADLINE_LONGEST = 300;
const MENU_LONGEST = 200;
const KICKER_LONGEST = 80;
const PROSE_END = /[.。]["'”’»」』)\s]*$/u;
const COOKIES = /cookie|куки|쿠키|クッキー|ملفات تعريف الارتباط|עוגיות|คุกกี้/iu;
const SEPARATORS = /\s+[|›>»/·•＞｜]\s+|[｜＞›»·]|\s{3,}/u;
const TIME_STAMP = /(?<![\d:])\d{1,2}:\d{2}(?![\d:])/;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

/** Page furniture whatever the language: cookie banners, section kickers, breadcrumbs. */
function isFurniture(line: string): boolean {
  // Furniture is short, cookie banners included; a long line is the article's prose.
  if (line.length > FURNITURE_LONGEST) return false;
  if (COOKIES.test(line)) return true;
  // "[Photo: the page now shows a search bar]": a caption in brackets.
  if (/^\s*\[[^\]]*\]\s*$/.test(line)) return true;
  // "[Share] [Tweet] [Print]": a row of buttons.
  if ((line.match(/\[[^\]]{1,30}\]/g)?.length ?? 0) >= 2 && line.length < 200) return true;
  // "Published Sept. 1, 2022 6:05 a.m. ET": a byline or time stamp (kept in `lead` for its date).
  if (TIME_STAMP.test(line) && line.length <= 120) return true;
  if (line.length > MENU_LONGEST) return false;
  // "Home > Tech > Chips", "A | B | C": two breadcrumb or menu separators make navigation.
  // « » and » « around a name are quotation marks, not separators: «HPE» sells «H3C».
  const unquoted = line.replace(/«[^«»]*»|»[^«»]*«/gu, "");
  if ((unquoted.match(/\s[|›>»/]\s|[｜＞›»]/gu)?.length ?? 0) >= 2) return true;
  const segments = line.split(SEPARATORS).filter((s) => s.trim());
  if (segments.length >= 2 && segments.every((s) => words(s) <= 3)) return true;
  // A kicker in capitals ("WORLD", "CHMURA OBLICZENIOWA"), in a script with case at all.
  if (line.length > KICKER_LONGEST) return false;
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  const cased = line.match(/[\p{Lu}\p{Ll}]/gu)?.length ?? 0;
  const upper = line.match(/\p{Lu}/gu)?.length ?? 0;
  return cased >= 4 && cased > letters / 2 && upper / cased > 0.8;
}

// A byline or dateline is a date with a few words around it: "Par X, le 2 novembre 2021".
const DATELINE_WORDS = 8;

function isDateline(
  line: string,
  folded: FoldedText,
  lexicons: readonly CompiledLexicon[],
): boolean {
  if (words(line) > DATELINE_WORDS) return false;
  return lexicons.some((lex) =>
    findDates(folded, line, lex.dates, lex.monthFirst).some((m) => m.year !== undefined),
  );
}

function saysSomething(line: string): boolean {
  const unspaced = line.match(UNSPACED)?.length ?? 0;
  return unspaced > line.length / 3 ? line.length >= 8 : words(line) >= 4;
}

// Chinese, Japanese and Thai words average two to three characters.
const CHARS_PER_WORD = 3;

function words(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  return text.trim().split(/\s+/).length + Math.floor(unspaced / CHARS_PER_WORD);
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
