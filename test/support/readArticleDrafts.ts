import type { EdtfDate } from "../../src/model/edtf.ts";
import type { EventDraft } from "../../src/pipeline/events/eventDraft.ts";
import { extractEvents } from "../../src/pipeline/events/extractEvents.ts";
import { mergeArticleDrafts } from "../../src/pipeline/events/mergeArticleDrafts.ts";
import { compileGazetteer } from "../../src/pipeline/mentions/gazetteer.ts";
import { lexiconFor } from "../../src/pipeline/mentions/lexiconFor.ts";
import { layoutArticle } from "../../src/pipeline/read/articleLayout.ts";

const gazetteer = compileGazetteer();

/**
 * The events one article's text gives, as the pipeline reads it: laid out (headline, lead,
 * body), read sentence by sentence in its language, and merged within the article.
 */
export function readArticleDrafts(
  language: string,
  text: string,
  published: string | null,
): EventDraft[] {
  const { lexicon, countries } = lexiconFor(language);
  const layout = layoutArticle(text, [lexicon, lexiconFor("en").lexicon]);
  return mergeArticleDrafts(
    extractEvents(layout, published as EdtfDate | null, { lexicon, gazetteer, countries }),
  );
}

/** An article's events as rows a test reads at a glance: "main intel blocked 2024-03-24→-". */
export function articleRows(language: string, text: string, published: string | null): string[] {
  return readArticleDrafts(language, text, published).map(
    (d) =>
      `${d.primary ? "main" : "past"} ${d.companies[0]} ${d.type} ${d.date ?? "-"}→${d.effective ?? "-"}`,
  );
}
