import type { EdtfDate } from "../../model/edtf.ts";
import type { Paragraph } from "./articleLayout.ts";
import type { CompiledLexicon } from "../mentions/compileLexicon.ts";
import { findDates } from "../time/findDates.ts";
import { foldText } from "../../model/fold.ts";
import { resolveMention } from "../time/resolveDate.ts";

// A dateline is a short line, or a date at the very start of a paragraph ("Berlin, 2 Nov 2021 –").
const SHORT_LINE = 90;
const LEADING = 40;
const DATELINE_END =
  /^[\s,)]*(?:\(\p{L}[\p{L}\s-]*\)[\s,]*)?(?:\d{1,2}[:h.]\d{2}\s*)?(?:[–—―\-|:：·]|电|電)/u;

const PROSE_END = /[。！？]["'”’」』)）]*\s*$/u;

/** The publication date a dateline states near the top of the article, or null. */
export function findPublished(
  lead: readonly Paragraph[],
  lexicon: CompiledLexicon,
): EdtfDate | null {
  for (const line of lead) {
    const folded = foldText(line.text);
    for (const mention of findDates(folded, line.text, lexicon.dates, lexicon.monthFirst)) {
      if (mention.year === undefined || mention.month === undefined) continue;
      // In running text, only a dateline counts: a date near the start, then a dash or colon.
      // Seventy characters of Japanese or Chinese are a whole sentence, not a stamp: one that
      // ends as a sentence does is read as running text.
      const prose = !lexicon.spaced && PROSE_END.test(folded.text);
      if (folded.text.length > SHORT_LINE || prose) {
        if (mention.start > LEADING) continue;
        const labelled = /[:：]\s*$/u.test(folded.text.slice(0, mention.start));
        if (!labelled && !DATELINE_END.test(folded.text.slice(mention.end, mention.end + 16)))
          continue;
      }
      if (
        lexicon.effectiveBefore.test(
          folded.text.slice(Math.max(0, mention.start - 40), mention.start),
        )
      )
        continue;
      return resolveMention(mention, null, null);
    }
  }
  return null;
}

// "/2021/11/02/" or "/2021-11-02-" in a URL's path: how most news sites file their articles.
const URL_DATE =
  /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?=[/-]|\.html?|$)/;

/** The publication date a news URL's path carries, to the precision it gives, or null. */
export function urlDate(url: string | undefined | null): EdtfDate | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  if (!m) return null;
  return [m[1], m[2], m[3]].filter(Boolean).join("-") as EdtfDate;
}

// "…einzustellen. (APA, 07.09.2020)", "(Reuters, 2 November 2021)": a wire credit that closes
// the article with the day it was filed.
const CREDIT = /\(([\p{L}][\p{L}\s.&/-]{1,30}),\s*([^()]{6,30})\)\s*$/u;
// Credits close the text; only the last few paragraphs are looked at.
const CREDIT_REACH = 3;

/** The date a wire credit at the end of the article gives, to the day or month, or null. */
export function creditDate(body: readonly Paragraph[], lexicon: CompiledLexicon): EdtfDate | null {
  for (const paragraph of body.slice(-CREDIT_REACH).reverse()) {
    const credit = CREDIT.exec(paragraph.text);
    if (!credit?.[2]) continue;
    const [mention] = findDates(foldText(credit[2]), credit[2], lexicon.dates, lexicon.monthFirst);
    if (mention?.year === undefined || mention.month === undefined) continue;
    return resolveMention(mention, null, null);
  }
  return null;
}
