import type { PipelineWarning, SourceArticle, Unplaced } from "../../model/dataset.ts";
import { foldText } from "../../model/fold.ts";
import { applyCuration } from "../curation/applyCuration.ts";
import type { Curation } from "../curation/curationSchema.ts";
import { detach } from "../detach.ts";
import type { EventDraft } from "../events/eventDraft.ts";
import { extractEvents } from "../events/extractEvents.ts";
import { mergeArticleDrafts } from "../events/mergeEvents.ts";
import type { StoryProbe } from "../events/attachToStories.ts";
import { storyProbe } from "../events/storyProbe.ts";
import type { Gazetteer } from "../mentions/gazetteer.ts";
import { lexiconFor } from "../mentions/lexiconFor.ts";
import { layoutArticle } from "../read/articleLayout.ts";
import { detectLanguage } from "../read/detectLanguage.ts";
import { findPublished, urlDate } from "../read/findPublished.ts";
import { articleText, MAX_CHARS } from "./articleText.ts";
import { OverBudget, startBudget } from "./overBudget.ts";

/** One article file to read, with its source id and its curation, if any. */
export interface ArticleInput {
  readonly name: string;
  readonly id: string;
  readonly bytes: Uint8Array;
  readonly curation?: Curation;
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
  { name: file, id, bytes, curation }: ArticleInput,
  { gazetteer, budgetSeconds = BUDGET_SECONDS, maxChars = MAX_CHARS }: ReadOptions,
): ArticleResult {
  const budget = startBudget(budgetSeconds);
  const decoded = articleText(bytes, maxChars);
  if (!decoded.ok) {
    return {
      file,
      errors: [],
      warnings: [],
      unplaced: { file, reason: decoded.reason, message: decoded.message },
    };
  }
  const { text } = decoded;
  const errors: string[] = [];
  const warnings: PipelineWarning[] = decoded.cut ? [{ file, message: decoded.cut }] : [];
  const stem = file.replace(/\.[^.]+$/, "");
  const language = detectLanguage(text);
  const { lexicon, countries, native } = lexiconFor(language);
  const layout = layoutArticle(text, [
    lexicon,
    ...(language === "en" ? [] : [lexiconFor("en").lexicon]),
  ]);
  const published =
    curation?.published ??
    layout.stamp ??
    findPublished(layout.lead, lexicon) ??
    urlDate(curation?.url);
  let drafts = mergeArticleDrafts(
    extractEvents(layout, published, { lexicon, gazetteer, countries, budget }),
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
  const source: Omit<SourceArticle, "text"> = {
    id,
    file,
    language,
    title: detach(layout.headline),
    published,
    outlet: curation?.outlet ?? (layout.outlet === null ? null : detach(layout.outlet)),
    url: curation?.url ?? null,
    curated: (["published", "outlet", "url"] as const).filter(
      (key) => curation?.[key] !== undefined,
    ),
  };
  return {
    file,
    errors,
    warnings,
    read: { source, text, drafts, probe: probe && { ...probe, sourceId: id } },
  };
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
