import { createHash } from "node:crypto";
import type { PipelineWarning, SourceArticle, Unplaced } from "../../model/dataset.ts";
import { fold, foldText } from "../../model/fold.ts";
import { applyCuration } from "../curation/applyCuration.ts";
import type { Curation } from "../curation/curationSchema.ts";
import { detach } from "../detach.ts";
import type { EventDraft } from "../events/eventDraft.ts";
import { extractEvents } from "../events/extractEvents.ts";
import { mergeArticleDrafts } from "../events/mergeArticleDrafts.ts";
import type { StoryProbe } from "../events/attachToStories.ts";
import { storyProbe } from "../events/storyProbe.ts";
import type { Gazetteer } from "../mentions/gazetteer.ts";
import { lexiconFor } from "../mentions/lexiconFor.ts";
import { layoutArticle } from "../read/articleLayout.ts";
import { detectLanguage } from "../read/detectLanguage.ts";
import { creditDate, findPublished, urlDate } from "../read/findPublished.ts";
import { articleContent } from "./articleContent.ts";
import { MAX_CHARS } from "./articleText.ts";
import { SEARCH_PREFIX, searchText } from "./searchText.ts";
import type { PlannedArticle } from "./planInputs.ts";
import { OverBudget, startBudget } from "./overBudget.ts";

/** One article to read, with its bytes (none for a record, whose text its container gave). */
export interface ArticleInput extends PlannedArticle {
  readonly bytes: Uint8Array;
}

export interface ReadOptions {
  readonly gazetteer: Gazetteer;
  /** Seconds an article may take before it is given up (unplaced as "over-budget"). */
  readonly budgetSeconds?: number;
  readonly maxChars?: number;
}

/** What one article gives the dataset: a source and its events, or why it gives none. */
export type ArticleResult = {
  readonly file: string;
  /** Curation problems: they fail the build. */
  readonly errors: readonly string[];
  readonly warnings: readonly PipelineWarning[];
} & (
  | { readonly unplaced: Unplaced; readonly read?: undefined }
  | {
      readonly unplaced?: undefined;
      readonly read: {
        /** Without its texts file, which the dataset's assembly chooses. */
        readonly source: Omit<SourceArticle, "text">;
        readonly text: string;
        readonly drafts: readonly EventDraft[];
        /** Set when no lexicon reads the article: it may still attach to a known story. */
        readonly probe: StoryProbe | null;
        /** The article's beginning as search reads it, folded here, on a worker. */
        readonly search: string;
        /** A hash of the article's first letters, for finding the same article twice. */
        readonly fingerprint: string;
      };
    }
);

/** Ten times the slowest real article seen, and a tenth of what a stalled build would cost. */
export const BUDGET_SECONDS = 10;

/**
 * Reads one article into its events. Pure and self-contained, so it can run in any worker and
 * its result can be cached by the file's content. Never throws: whatever goes wrong is the
 * article's reason for being unplaced.
 */
export function readArticle(input: ArticleInput, options: ReadOptions): ArticleResult {
  const { name: file } = input;
  try {
    return read(input, options);
  } catch (error) {
    const over = error instanceof OverBudget;
    return {
      file,
      errors: [],
      warnings: [],
      unplaced: {
        file,
        reason: over ? "over-budget" : "failed",
        message: over
          ? `${error.message}: the article was given up and the build went on`
          : `the pipeline failed on this article (${(error as Error).message}); please report it`,
      },
    };
  }
}

function read(
  { name: file, id, bytes, curation, kind, record }: ArticleInput,
  { gazetteer, budgetSeconds = BUDGET_SECONDS, maxChars = MAX_CHARS }: ReadOptions,
): ArticleResult {
  const budget = startBudget(budgetSeconds);
  const content = articleContent(kind, bytes, record, maxChars);
  if (!content.ok) {
    return {
      file,
      errors: [],
      warnings: [],
      unplaced: { file, reason: content.reason, message: content.message },
    };
  }
  const { text, meta } = content;
  const errors: string[] = [];
  const warnings: PipelineWarning[] = content.cut ? [{ file, message: content.cut }] : [];
  const stem = file.replace(/\.[^./]+$/, "");
  // The text decides: a page's declared language is often its site's, whatever the article.
  const detected = detectLanguage(text);
  const language = detected === "und" ? (meta.language ?? detected) : detected;
  const { lexicon, countries, native } = lexiconFor(language);
  const layout = layoutArticle(text, [
    lexicon,
    ...(language === "en" ? [] : [lexiconFor("en").lexicon]),
  ]);
  const url = curation?.url ?? meta.url;
  const published =
    curation?.published ??
    meta.published ??
    layout.stamp ??
    findPublished(layout.lead, lexicon) ??
    urlDate(url) ??
    creditDate(layout.body, lexicon);
  let drafts = mergeArticleDrafts(
    extractEvents(layout, published, { lexicon, gazetteer, countries, budget }),
    (id) => gazetteer.companies.get(id)?.parent ?? null,
  );
  if (curation) {
    const outcome = applyCuration(drafts, curation, `${stem}.meta.json`, text, (companyId) =>
      gazetteer.companies.has(companyId),
    );
    errors.push(...outcome.errors);
    warnings.push(...outcome.warnings.map((message) => ({ file, message })));
    drafts = outcome.drafts;
  }
  const probe =
    drafts.length === 0 && !native && published
      ? storyProbe(layout, { lexicon, gazetteer, countries }, published, language)
      : null;
  if (drafts.length === 0 && !probe) {
    return {
      file,
      errors,
      warnings,
      unplaced: whyUnplaced(file, text, language, native, curation, gazetteer),
    };
  }
  const outlet = layout.outlet === null ? null : detach(layout.outlet);
  const source: Omit<SourceArticle, "text"> = {
    id,
    file,
    language,
    title: detach(layout.headline),
    published,
    outlet: curation?.outlet ?? meta.outlet ?? outlet,
    url,
    curated: (["published", "outlet", "url"] as const).filter(
      (key) => curation?.[key] !== undefined,
    ),
    // What the page or feed stated and the article kept: a curator's word comes first.
    metadata: meta.fromMetadata.filter(
      (key) =>
        (key !== "published" && key !== "outlet" && key !== "url") || curation?.[key] === undefined,
    ),
  };
  return {
    file,
    errors,
    warnings,
    read: {
      source,
      text,
      drafts,
      probe: probe && { ...probe, sourceId: id },
      search: searchText(text.slice(0, SEARCH_PREFIX)),
      fingerprint: fingerprint(layout.body),
    },
  };
}

// Enough of an article to tell it from any other, and little enough that a trailing footer or
// byline one copy has and the other lacks does not count.
const FINGERPRINT_LETTERS = 600;

/**
 * A hash of the first letters of the article's body, past its headline and page furniture,
 * folded, without spaces or punctuation; empty when the body is too short to tell apart.
 */
function fingerprint(body: readonly { readonly text: string }[]): string {
  let letters = "";
  for (const paragraph of body) {
    // Folded a piece at a time: the letters wanted are usually in the first few hundred
    // characters, and folding a whole long paragraph for them showed in profiles.
    for (let at = 0; at < paragraph.text.length && letters.length < FINGERPRINT_LETTERS;) {
      let end = Math.min(paragraph.text.length, at + FINGERPRINT_LETTERS);
      // fold works a character at a time, so pieces fold as the whole does, if no surrogate
      // pair is cut.
      if (/[\uDC00-\uDFFF]/.test(paragraph.text[end] ?? "")) end++;
      letters += fold(paragraph.text.slice(at, end)).replace(/[^\p{L}\p{N}]+/gu, "");
      at = end;
    }
    if (letters.length >= FINGERPRINT_LETTERS) break;
  }
  if (letters.length < FINGERPRINT_LETTERS / 3) return "";
  return createHash("sha256").update(letters.slice(0, FINGERPRINT_LETTERS)).digest("base64url");
}

function whyUnplaced(
  file: string,
  text: string,
  language: string,
  native: boolean,
  curation: Curation | undefined,
  gazetteer: Gazetteer,
): Unplaced {
  if (curation?.events?.some((c) => c.drop)) {
    return {
      file,
      reason: "dropped",
      message: "a curator dropped every event this article reported",
    };
  }
  const named = gazetteer.find(text, foldText(text));
  if (named.length === 0) {
    return {
      file,
      reason: "no-company",
      message: "names no company from the gazetteer (src/pipeline/lexicon/companies.json)",
    };
  }
  const names = [...new Set(named.map((m) => gazetteer.companies.get(m.id)?.name ?? m.id))]
    .slice(0, 4)
    .join(", ");
  const hint = native
    ? ""
    : `; there is no lexicon for language "${language}", so only English phrases were read`;
  return {
    file,
    reason: "no-event",
    message: `names ${names} but reports no move in or toward the Chinese market${hint}`,
  };
}
