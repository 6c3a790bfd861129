import { parseEdtf, type EdtfDate } from "../../model/edtf.ts";
import type { CompiledLexicon } from "../mentions/compileLexicon.ts";
import type { DatedMention, SentenceFacts } from "./readSentence.ts";

/** Where a sentence stands in the story an article tells. */
export type StoryRole = "lead" | "story" | "background";

// The headline and this many sentences of prose after it state the main story.
const LEAD_SENTENCES = 3;
// A date that ends this long before publication is history, not news.
const NEWS_WINDOW_DAYS = 45;
const DAY = 86_400_000;

/** The document's reference time: when the article was published, to what precision known. */
export interface NewsTime {
  readonly published: EdtfDate | null;
  /** The earliest instant still "now" for the story; null with no publication date. */
  readonly since: number | null;
}

/** Builds the news time from the publication date. */
export function newsTime(published: EdtfDate | null): NewsTime {
  const extent = published ? parseEdtf(published) : null;
  return { published, since: extent ? extent.min - NEWS_WINDOW_DAYS * DAY : null };
}

/**
 * Whether a date belongs to the story's present: it ends within the news window, whether the
 * text gave its year ("2 novembre 2021") or it was resolved from publication ("hier", but not
 * "last April"). With no publication date, only a date with its own year can be placed.
 */
export function isCurrent(date: DatedMention, time: NewsTime): boolean {
  if (date.dateline || date.launch) return false;
  if (time.since === null) return date.against === null;
  const extent = parseEdtf(date.value);
  return extent !== null && extent.max >= time.since;
}

/**
 * Gives each sentence its role, the way an analyst reads a news article: the headline and the
 * lead tell the main story; a sentence dated well before publication, with nothing dated now,
 * is background, as is one outside the lead marked as past ("had already", "earlier").
 */
export function storyRoles(
  facts: readonly SentenceFacts[],
  lexicon: CompiledLexicon,
  time: NewsTime,
): StoryRole[] {
  let prose = 0;
  let bylined = false;
  return facts.map((f) => {
    const lead = f.headline || prose < LEAD_SENTENCES;
    const sentence = !f.headline && isProse(f.sentence.text, lexicon.spaced);
    if (sentence) prose++;
    // "…suspendre la plupart de ses jeux. Une rupture après quatorze ans. / Par Julien
    // Marchetti": a deck written in sentences ends where a byline or stamp stands, and the lead
    // begins after it.
    else if (!f.headline && !bylined && prose > 0 && lead) {
      bylined = true;
      prose = 0;
    }
    const stated = f.dates.filter((d) => !d.dateline && !d.launch);
    const current = stated.some((d) => isCurrent(d, time));
    const old = stated.some((d) => !isCurrent(d, time));
    if (!current && old) return "background";
    if (!current && !lead && lexicon.background.test(f.folded.text)) return "background";
    // With no publication date every year the text gives counts as current, so the lead's "it
    // had announced its withdrawal in 2010" is told apart by its pluperfect alone.
    if (
      time.published === null &&
      !f.headline &&
      stated.length > 0 &&
      lexicon.background.test(f.folded.text)
    )
      return "background";
    return lead ? "lead" : "story";
  });
}

// Bylines, kickers and decks rarely end a sentence; the lead's sentences do.
const SENTENCE_END = /[.!?。！？؟।]["'”’»」』)]*$/u;
// "[Image : un joueur… Légende : …]": a bracketed line is a picture's caption or a link.
const CAPTION = /^\s*[[【][^\]】]*[\]】]\s*$/u;
const LONG_WORDS = 15;
const LONG_CHARS = 40;

/** Whether a line reads as a sentence of the article, not a byline, kicker or deck. */
export function isProse(text: string, spaced: boolean): boolean {
  if (CAPTION.test(text)) return false;
  if (spaced ? text.split(/\s+/).length >= LONG_WORDS : text.length >= LONG_CHARS) return true;
  return SENTENCE_END.test(text) && (spaced ? text.split(/\s+/).length >= 6 : text.length >= 15);
}
