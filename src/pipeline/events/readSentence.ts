import { parseEdtf, type EdtfDate } from "../../model/edtf.ts";
import { foldText, type FoldedText } from "../../model/fold.ts";
import type { CompiledLexicon } from "../mentions/compileLexicon.ts";
import type { CountryNames } from "../mentions/countryNames.ts";
import type { CompanyMention, Gazetteer } from "../mentions/gazetteer.ts";
import type { Sentence } from "../read/sentences.ts";
import { findDates, type DateMention } from "../time/findDates.ts";
import { fromParts, resolveMention, toParts, type CalendarParts } from "../time/resolveDate.ts";
import { newsTime } from "./storyRoles.ts";
import type { Budget } from "../build/overBudget.ts";
import { describesAnother } from "./describesAnother.ts";
import { isEpithet } from "./epithet.ts";

/** What extraction needs besides the article. */
export interface ExtractionContext {
  readonly lexicon: CompiledLexicon;
  readonly gazetteer: Gazetteer;
  readonly countries: CountryNames;
  /** When the article is given up (see `OverBudget`). */
  readonly budget?: Budget;
}

/** A date the sentence states, resolved, with the words it came from. */
export interface DatedMention {
  /** Start in the folded sentence. */
  readonly start: number;
  readonly value: EdtfDate;
  /** Marked as the date a change takes effect ("from 1 November"), or in the future. */
  readonly effective: boolean;
  /** The words of the article, verbatim ("on Sunday", "2 novembre"). */
  readonly expression: string;
  /** What a relative expression was resolved against; null for a date with its own year. */
  readonly against: "publication" | "previous" | null;
  /** A date that opens the paragraph before a dash: the dateline, not the event's date. */
  readonly dateline: boolean;
  /** Points from the day of writing: "on Tuesday", "yesterday", "three weeks ago". */
  readonly deictic: boolean;
  /** When something began, not a move: "an app launched five years ago", "出版于2017年上线". */
  readonly launch: boolean;
  /** Where the date's words end (folded position). */
  readonly end: number;
}

/** Where the countries of a sentence are named (folded positions). */
export interface Geography {
  readonly china: readonly number[];
  readonly places: readonly { readonly code: string; readonly at: number }[];
}

/** Everything the event stages read from one sentence. */
export interface SentenceFacts {
  readonly sentence: Sentence;
  readonly folded: FoldedText;
  readonly headline: boolean;
  readonly companies: readonly CompanyMention[];
  /** Read only when needed: country names are the costliest match. */
  readonly geography: () => Geography;
  readonly dates: readonly DatedMention[];
  /** The sentence names a time, even one no known year resolves ("in April", undated page). */
  readonly timed: boolean;
  /**
   * Where the sentence's own entry into a market is told ("returns to China"), if it is: a launch
   * the text dates ("an app it launched five years ago") describes what closes instead.
   */
  readonly entry: number | null;
}

const CHINA = "CN";
// How near a launch word a date dates the launch: "5년 전 출시한", "launched in China in 2014".
const LAUNCH_REACH = 16;
// A dateline's date sits in the first characters of a paragraph, then a dash or a colon.
const DATELINE_REACH = 60;
const DATELINE_END =
  /^[\s,)\]]*(?:\(\p{Lu}[\p{L}-]*\))?[\s,]*(?:\d{1,2}[:h.]\d{2}\s*)?[–—―-]|^\s*[:：]/u;

// How far before "China" a move there may be told: "move its freezer production to".
const RELOCATION_REACH = 60;
// The paragraph (counted from 0) from which a month without a year is told as past.
const PAST_PARAGRAPH = 2;

function bareMonth(m: DateMention): boolean {
  return (
    m.month !== undefined &&
    m.year === undefined &&
    m.yearOffset === undefined &&
    !m.yearFromPrevious &&
    !m.last &&
    m.relative === undefined
  );
}

/** Reads a sentence's companies, dates and (lazily) places. */
export function readSentence(
  sentence: Sentence,
  headline: boolean,
  { lexicon, gazetteer, countries }: ExtractionContext,
  published: CalendarParts | null,
  previous: () => CalendarParts | null,
): SentenceFacts {
  const folded = foldText(sentence.text);
  let geography: Geography | null = null;
  const readGeography = (): Geography => {
    if (geography) return geography;
    // "Closes its Thai plant to move production to China": China as where something moves to
    // is not the market a move is in.
    const destination = (at: number) =>
      lexicon.relocation.test(folded.text.slice(Math.max(0, at - RELOCATION_REACH), at));
    const china = [...folded.text.matchAll(lexicon.china)]
      .map((m) => m.index)
      .filter((at) => !destination(at));
    const places: { code: string; at: number }[] = [];
    for (const m of folded.text.matchAll(countries.regex)) {
      const first = sentence.text[folded.origin[m.index] ?? 0] ?? "";
      if (countries.proper.has(m[0]) && first !== first.toUpperCase()) continue;
      const code = countries.codes.get(m[0]);
      if (code === CHINA) {
        if (!destination(m.index)) china.push(m.index);
      } else if (code) places.push({ code, at: m.index });
    }
    geography = { china: china.sort((a, b) => a - b), places };
    return geography;
  };
  const publishedMax = published ? parseEdtf(fromParts(published))?.max : undefined;
  const launchedBefore = published
    ? (newsTime(fromParts(published)).since ?? undefined)
    : undefined;
  // "A Microsoft vai desativar o portal em 7 de junho": a sentence about what is to come.
  let future: boolean | undefined;
  const ahead = () => (future ??= lexicon.future.test(folded.text));
  const dates: DatedMention[] = [];
  const launches = [...folded.text.matchAll(lexicon.entries)].map(
    (m) => [m.index, m.index + m[0].length] as const,
  );
  const mentions = findDates(folded, sentence.text, lexicon.dates, lexicon.monthFirst);
  for (const mention of mentions) {
    if (inTitle(folded.text, mention.start, mention.end)) continue;
    const last = dates[dates.length - 1];
    const before = last ? toParts(last.value) : previous();
    const marked =
      lexicon.effectiveBefore.test(
        folded.text.slice(Math.max(0, mention.start - 40), mention.start),
      ) || lexicon.effectiveAfter.test(folded.text.slice(mention.end, mention.end + 24));
    // "At the end of November 2013 it said it would stop by December": a month after a dated
    // one in the same sentence is read from that date, not from the day of writing.
    const dated = last && last.against === null && bareMonth(mention) ? toParts(last.value) : null;
    // Past the opening paragraphs an article tells what happened: "In April its stores went
    // dark" in a January article is last April, unless the text marks when something starts or
    // the sentence tells what is to come.
    // "It would stop making the chips from Monday": a weekday a change takes effect on, told as
    // what is to come, is the next one.
    const told =
      !dated && sentence.paragraph >= PAST_PARAGRAPH && !marked && !ahead() && bareMonth(mention)
        ? { ...mention, past: true }
        : marked && mention.weekday !== undefined && mention.relative === undefined && ahead()
          ? { ...mention, upcoming: true }
          : mention;
    // "1日に新規登録を停止し、15日にサーバーを閉じる": a later day of the month than a day
    // dated before it in the sentence is in that day's month, even past the day of writing;
    // "自下週一（11日）起": the same day restates it.
    const lastDay = last ? toParts(last.value) : null;
    const laterDay =
      lastDay?.day !== undefined &&
      lastDay.month !== undefined &&
      mention.day !== undefined &&
      mention.month === undefined &&
      mention.year === undefined &&
      mention.relative === undefined &&
      mention.weekday === undefined &&
      mention.day >= lastDay.day
        ? fromParts({ year: lastDay.year, month: lastDay.month, day: mention.day })
        : null;
    const value = laterDay ?? resolveMention(told, dated ?? published, before);
    if (!value) continue;
    const extent = parseEdtf(value);
    const future = extent !== null && publishedMax !== undefined && extent.min > publishedMax;
    const from = folded.origin[mention.start] ?? 0;
    const to = folded.origin[mention.end] ?? sentence.text.length;
    const relative = mention.year === undefined;
    const against = !relative
      ? null
      : dated || laterDay || mention.relative?.anchor === "previous" || mention.yearFromPrevious
        ? before
          ? "previous"
          : "publication"
        : "publication";
    dates.push({
      start: mention.start,
      end: mention.end,
      value,
      effective: marked || future,
      expression: sentence.text
        .slice(from, to)
        .trim()
        .replace(/[.,;:、，。]+$/u, ""),
      against,
      deictic:
        mention.weekday !== undefined ||
        (mention.day !== undefined && mention.month === undefined) ||
        mention.recent === true ||
        mention.relative?.anchor === "publication",
      // "Launched five years ago" dates a launch; "will launch on Monday" is the news itself.
      launch:
        !marked &&
        (extent === null || launchedBefore === undefined || extent.max < launchedBefore) &&
        launches.some(
          ([start, end]) => Math.max(start - mention.end, mention.start - end) <= LAUNCH_REACH,
        ),
      dateline:
        (!relative &&
          sentence.paragraph >= 0 &&
          from <= DATELINE_REACH &&
          DATELINE_END.test(sentence.text.slice(to, to + 12))) ||
        lexicon.reportedBy.test(folded.text.slice(mention.end, mention.end + 30)),
    });
  }
  const dated = (start: number, end: number) =>
    dates.some((d) => d.launch && Math.max(start - d.end, d.start - end) <= LAUNCH_REACH);
  return {
    sentence,
    folded,
    headline,
    companies: gazetteer
      .find(sentence.text, folded)
      .filter(
        (m) => !isEpithet(m, folded, lexicon, gazetteer) && !describesAnother(m, sentence.text),
      ),
    geography: readGeography,
    dates,
    timed: mentions.length > 0,
    entry: launches.find(([start, end]) => !dated(start, end))?.[0] ?? null,
  };
}

// A short quoted name around a date word: «التقنية اليوم», "China Today". Folding writes every
// quotation mark as ".
const TITLE = /"[^"]{0,24}$/u;
const TITLE_END = /^[^"]{0,24}"/u;
const TITLE_WORDS = 3;

/** Whether a date word stands inside a short quoted title, a name rather than a time. */
function inTitle(text: string, start: number, end: number): boolean {
  const open = TITLE.exec(text.slice(Math.max(0, start - 24), start));
  const close = TITLE_END.exec(text.slice(end, end + 24));
  if (!open || !close) return false;
  const title = `${open[0]}${text.slice(start, end)}${close[0]}`;
  return title.split(/\s+/u).length <= TITLE_WORDS;
}
