import {
  DATASET_VERSION,
  DatasetSchema,
  type Company,
  type Dataset,
  type PipelineWarning,
  type SourceArticle,
  type SourceText,
  type TimelineEvent,
  type Unplaced,
} from "../model/dataset.ts";
import { layoutArticle } from "./read/articleLayout.ts";
import { applyCuration } from "./curation/applyCuration.ts";
import { parseCuration, type Curation } from "./curation/curationSchema.ts";
import { decodeArticle } from "./read/decodeArticle.ts";
import { describeEvent } from "./describe/describeEvent.ts";
import { detach } from "./detach.ts";
import { detectLanguage } from "./read/detectLanguage.ts";
import type { EventDraft } from "./events/eventDraft.ts";
import { extractEvents } from "./events/extractEvents.ts";
import { findPublished, urlDate } from "./read/findPublished.ts";
import { foldText } from "../model/fold.ts";
import { compileGazetteer, type Gazetteer } from "./mentions/gazetteer.ts";
import { lexiconFor } from "./mentions/lexiconFor.ts";
import { mergeAcrossSources, mergeArticleDrafts, type MergedEvent } from "./events/mergeEvents.ts";
import { sourceId } from "./read/sourceId.ts";
import { ATTACHED_CONFIDENCE, attachToStories, type StoryProbe } from "./events/attachToStories.ts";
import { storyProbe } from "./events/storyProbe.ts";

/** One file of the seeds folder. */
export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Optional hooks: progress, a sink for full texts (else they are returned), another gazetteer. */
export interface BuildOptions {
  readonly onProgress?: (done: number, total: number) => void;
  readonly onText?: (text: SourceText) => void;
  readonly gazetteer?: Gazetteer;
}

/** The dataset, the full texts to store beside it, and the curation errors that fail a build. */
export interface BuildOutput {
  readonly dataset: Dataset;
  readonly texts: readonly SourceText[];
  readonly errors: readonly string[];
}

const ARTICLE = /\.(txt|md)$/i;
const CURATION = /\.meta\.json$/i;

/** Turns the files of a seeds folder into the dataset. Pure: files in, dataset out. */
export function buildDataset(files: readonly InputFile[], options: BuildOptions = {}): BuildOutput {
  const { onProgress = () => {}, onText, gazetteer = compileGazetteer() } = options;
  const errors: string[] = [];
  const warnings: PipelineWarning[] = [];
  const unplaced: Unplaced[] = [];
  const curations = new Map<string, Curation>();
  const visible = files.filter((f) => !f.name.split("/").pop()?.startsWith("."));
  for (const file of visible.filter((f) => CURATION.test(f.name))) {
    const parsed = parseCuration(file.name, new TextDecoder().decode(file.bytes));
    errors.push(...parsed.errors);
    if (parsed.curation) curations.set(file.name.replace(CURATION, ""), parsed.curation);
  }
  const articles = visible.filter((f) => ARTICLE.test(f.name));
  for (const file of visible) {
    if (!ARTICLE.test(file.name) && !CURATION.test(file.name)) {
      unplaced.push({
        file: file.name,
        reason: "not-text",
        message: "not an article: only .txt and .md files are read",
      });
    }
  }
  const stems = new Set(articles.map((f) => f.name.replace(ARTICLE, "")));
  for (const stem of curations.keys()) {
    if (!stems.has(stem))
      warnings.push({ file: `${stem}.meta.json`, message: "curates an article that is not there" });
  }

  const sources: SourceArticle[] = [];
  const texts: SourceText[] = [];
  const perSource: { sourceId: string; drafts: EventDraft[]; language: string }[] = [];
  const usedIds = new Set<string>();
  // Articles no lexicon reads, waiting to be attached to a story the others tell.
  const pending: { probe: StoryProbe; source: SourceArticle; text: SourceText; file: string }[] =
    [];
  articles.forEach((file, index) => {
    onProgress(index, articles.length);
    const decoded = decodeArticle(file.bytes);
    if (!decoded.ok) {
      unplaced.push({ file: file.name, reason: decoded.reason, message: decoded.message });
      return;
    }
    const curation = curations.get(file.name.replace(ARTICLE, ""));
    const language = detectLanguage(decoded.text);
    const { lexicon, countries, native } = lexiconFor(language);
    const layout = layoutArticle(decoded.text, [
      lexicon,
      ...(language === "en" ? [] : [lexiconFor("en").lexicon]),
    ]);
    const published =
      curation?.published ??
      layout.stamp ??
      findPublished(layout.lead, lexicon) ??
      urlDate(curation?.url);
    let drafts = mergeArticleDrafts(
      extractEvents(layout, published, { lexicon, gazetteer, countries }),
    );
    if (curation) {
      const outcome = applyCuration(
        drafts,
        curation,
        `${file.name.replace(ARTICLE, "")}.meta.json`,
        decoded.text,
        (id) => gazetteer.companies.has(id),
      );
      errors.push(...outcome.errors);
      warnings.push(...outcome.warnings.map((message) => ({ file: file.name, message })));
      drafts = outcome.drafts;
    }
    const probe =
      drafts.length === 0 && !native && published
        ? storyProbe(layout, { lexicon, gazetteer, countries }, published, language)
        : null;
    if (drafts.length === 0 && !probe) {
      unplaced.push(whyUnplaced(file.name, decoded.text, language, native, curation, gazetteer));
      return;
    }
    const id = sourceId(file.name, usedIds);
    const source: SourceArticle = {
      id,
      file: file.name,
      language,
      title: detach(layout.headline),
      published,
      outlet: curation?.outlet ?? (layout.outlet === null ? null : detach(layout.outlet)),
      url: curation?.url ?? null,
      text: `texts/${id}.json`,
      curated: (["published", "outlet", "url"] as const).filter(
        (key) => curation?.[key] !== undefined,
      ),
    };
    const text: SourceText = { id, language, text: decoded.text };
    if (probe) {
      pending.push({ probe: { ...probe, sourceId: id }, source, text, file: file.name });
      return;
    }
    sources.push(source);
    // Handing each text out as it is read keeps memory flat on 100k articles.
    if (onText) onText(text);
    else texts.push(text);
    perSource.push({ sourceId: id, drafts, language });
  });
  onProgress(articles.length, articles.length);

  const languageOf = new Map(perSource.map((s) => [s.sourceId, s.language]));
  const merged = mergeAcrossSources(perSource, (id) => gazetteer.companies.get(id)?.parent ?? null);
  const attachments = attachToStories(
    merged,
    pending.map((p) => p.probe),
    gazetteer,
  );
  for (const item of pending) {
    const attachment = attachments.find((a) => a.probe === item.probe);
    const event = attachment ? merged[attachment.event] : undefined;
    if (!attachment || !event) {
      unplaced.push({
        file: item.file,
        reason: "no-lexicon",
        message: `no lexicon for "${item.probe.language}" (${languageName(item.probe.language)}): names ${item.probe.companies
          .map((c) => gazetteer.companies.get(c)?.name ?? c)
          .join(", ")} and China, published ${item.probe.published}, but no known story fits`,
      });
      continue;
    }
    merged[attachment.event] = {
      ...event,
      sources: [
        ...event.sources,
        {
          id: item.probe.sourceId,
          evidence: item.probe.evidence,
          primary: true,
          attached: { basis: attachment.basis, confidence: ATTACHED_CONFIDENCE },
        },
      ],
    };
    sources.push(item.source);
    languageOf.set(item.source.id, item.source.language);
    if (onText) onText(item.text);
    else texts.push(item.text);
  }
  const events = assignIds(merged).map(({ id, event }) =>
    toTimelineEvent(id, event, gazetteer, languageOf),
  );
  events.sort(
    (a, b) =>
      (a.date ?? a.effective ?? "9999").localeCompare(b.date ?? b.effective ?? "9999") ||
      a.id.localeCompare(b.id),
  );
  const companyIds = new Set(events.flatMap((e) => e.companies));
  const companies: Company[] = [...companyIds].sort().map((id) => {
    const entry = gazetteer.companies.get(id);
    return {
      id,
      name: entry?.name ?? id,
      country: entry?.country ?? "CN",
      parent: entry?.parent ?? null,
    };
  });
  const dataset = DatasetSchema.parse({
    version: DATASET_VERSION,
    events,
    sources,
    companies,
    unplaced,
    warnings,
  });
  return { dataset, texts, errors };
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

function assignIds(events: readonly MergedEvent[]): { id: string; event: MergedEvent }[] {
  const counts = new Map<string, number>();
  const ordered = [...events].sort((a, b) => key(a).localeCompare(key(b)));
  return ordered.map((event) => {
    const base = slug(
      `${event.companies[0]}-${event.type}-${(event.date ?? event.effective ?? "undated").replace(/[~?%]/g, "")}`,
    );
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, event };
  });
}

function key(event: MergedEvent): string {
  return `${event.sources[0]?.id ?? ""}|${event.sources[0]?.evidence ?? ""}`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function toTimelineEvent(
  id: string,
  event: MergedEvent,
  gazetteer: Gazetteer,
  languageOf: ReadonlyMap<string, string>,
): TimelineEvent {
  const described = describeEvent(event, {
    companyName: (companyId) => gazetteer.companies.get(companyId)?.name ?? companyId,
    sourceLanguages: event.sources.map((s) => languageOf.get(s.id) ?? "und"),
  });
  return {
    id,
    title: event.title ?? described.title,
    summary: event.summary ?? described.summary,
    type: event.type,
    date: event.date,
    effective: event.effective,
    companies: [...event.companies],
    counterparty: event.counterparty,
    countries: [...event.countries],
    sources: [...event.sources],
    primary: event.primary,
    confidence: event.confidence,
    basis: { ...event.basis },
    origin: event.origin,
    curated: { ...event.curated },
  };
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames("en", { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
