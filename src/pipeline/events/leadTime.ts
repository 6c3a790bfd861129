import { parseEdtf, type EdtfDate } from "../../model/edtf.ts";
import { describeBasis } from "./describeBasis.ts";
import type { DatedMention, SentenceFacts } from "./readSentence.ts";
import { isCurrent, isProse, type NewsTime, type StoryRole } from "./storyRoles.ts";

function elsewhere(f: SentenceFacts | undefined): boolean {
  return f !== undefined && f.companies.length === 0 && f.geography().places.length > 0;
}

/** The first date of the present that the lead states, for a main event reported without one. */
export function findLeadTime(
  facts: readonly SentenceFacts[],
  roles: readonly StoryRole[],
  time: NewsTime,
  spaced: boolean,
  moves: ReadonlySet<number>,
): { value: EdtfDate; basis: string } | null {
  const found: { date: DatedMention; at: number; prose: boolean }[] = [];
  facts.forEach((f, at) => {
    if (roles[at] !== "lead") return;
    const prose = at === 0 || isProse(f.sentence.text, spaced);
    // "Since Wednesday" is marked like an effective date, but in the past it is the news.
    for (const date of f.dates)
      if (
        isCurrent(date, time) &&
        (!date.effective || (date.deictic && notAfter(date.value, time.published)))
      )
        found.push({ date, at, prose });
  });
  // A bare year in the lead dates the news only in a sentence that reports a move: "bans since
  // 2012" in a deck is the story's past, "sales fell in the second quarter of 2016" a figure's
  // time, "26 August 2024" a date.
  // "In October 2022 Washington brought in its rules": a date the text gives outright, in a
  // sentence of prose that names no company, reports no move and tells of another country, is
  // the story's setting. "Reported on 25.09.2017 by news agencies" still dates the news.
  const candidates = found.filter(
    (c) =>
      c.at === 0 ||
      moves.has(c.at) ||
      (parseEdtf(c.date.value)?.precision !== "year" &&
        (c.date.against !== null || !c.prose || !elsewhere(facts[c.at]))),
  );
  // "Said on Friday" dates the news; a bare date on a byline line is when it was written.
  const chosen =
    candidates.find((c) => c.date.against === "publication") ??
    candidates.find((c) => c.prose) ??
    candidates[0];
  if (!chosen) return null;
  return {
    value: chosen.date.value,
    basis: describeBasis(chosen.date, chosen.at === 0 ? "headline" : "lead", time.published),
  };
}

function notAfter(value: EdtfDate, published: EdtfDate | null): boolean {
  const extent = parseEdtf(value);
  const reference = published ? parseEdtf(published) : null;
  return extent !== null && reference !== null && extent.max <= reference.max;
}
