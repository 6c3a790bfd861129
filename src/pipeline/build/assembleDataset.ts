import type { Company } from "../../model/company.ts";
import {
  DatasetSchema,
  type Dataset,
  type PipelineWarning,
  type SourceArticle,
  type SourceText,
  type TimelineEvent,
  type Unplaced,
} from "../../model/dataset.ts";
import { DATASET_VERSION } from "../../model/datasetVersion.ts";
import { slug } from "../../model/slug.ts";
import { describeEvent } from "../describe/describeEvent.ts";
import {
  ATTACHED_CONFIDENCE,
  attachToStories,
  type StoryProbe,
} from "../events/attachToStories.ts";
import { storyMerger, type MergedEvent } from "../events/storyMerger.ts";
import type { NamedCompany } from "../events/eventDraft.ts";
import type { Gazetteer } from "../mentions/gazetteer.ts";
import type { ArticleResult } from "./readArticle.ts";
import type { BuildPlan } from "./planInputs.ts";

/** The dataset, the full texts to store beside it, and the curation errors that fail a build. */
export interface BuildOutput {
  readonly dataset: Dataset;
  readonly texts: readonly SourceText[];
  readonly errors: readonly string[];
}

/** A URL as the same page is linked in different ways: no fragment, no tracking, no final "/". */
function webKey(url: string): string {
  try {
    const u = new URL(url);
    for (const key of [...u.searchParams.keys()])
      if (/^(utm_|fbclid|gclid|ocid|cmpid)/i.test(key)) u.searchParams.delete(key);
    u.hash = "";
    return `${u.host.replace(/^www\./, "")}${u.pathname.replace(/\/$/, "")}${u.search}`.toLowerCase();
  } catch {
    return url;
  }
}

// Sources whose texts share a file: small enough that opening one article's text costs little.
const TEXTS_PER_FILE = 32;

/** Takes articles' results one by one, in file order, and makes the dataset of them. */
export interface Assembly {
  add(result: ArticleResult): void;
  finish(): BuildOutput;
}

/**
 * Gathers what each article gave, then merges stories across sources, attaches articles no
 * lexicon reads, and names, describes and sorts the events. Given the same results in the same
 * order it gives the same dataset, byte for byte, however they were computed.
 * `onText` takes each text as it comes, with the file it belongs in, which keeps memory flat on
 * 100k articles; without it, texts are returned.
 */
export function assembleDataset(
  plan: BuildPlan,
  {
    gazetteer,
    onText,
  }: { gazetteer: Gazetteer; onText?: (text: SourceText, file: string) => void },
): Assembly {
  const errors = [...plan.errors];
  const warnings: PipelineWarning[] = [...plan.warnings];
  const unplaced: Unplaced[] = [...plan.unplaced];
  const sources: SourceArticle[] = [];
  const texts: SourceText[] = [];
  // Texts are filed in the order their sources join the dataset, so a file is complete as soon
  // as the next one starts.
  const place = (source: Omit<SourceArticle, "text">, text: SourceText) => {
    const file = `texts/${String(Math.floor(sources.length / TEXTS_PER_FILE)).padStart(4, "0")}.json`;
    sources.push({ ...source, text: file });
    if (onText) onText(text, file);
    else texts.push(text);
  };
  // Stories are merged as articles come, in file order: the merge then runs while the workers
  // read, not after the last article.
  const stories = storyMerger((id) => gazetteer.companies.get(id)?.parent ?? null);
  const languageOf = new Map<string, string>();
  // Companies the gazetteer does not know, by the name the first article gave them.
  const named = new Map<string, NamedCompany>();
  const nameOf = (id: string) => gazetteer.companies.get(id)?.name ?? named.get(id)?.name ?? id;
  const byUrl = new Map<string, string>();
  const byText = new Map<string, string>();
  // Articles no lexicon reads, waiting to be attached to a story the others tell.
  const pending: { probe: StoryProbe; source: Omit<SourceArticle, "text">; text: SourceText }[] =
    [];

  return {
    add(result) {
      errors.push(...result.errors);
      warnings.push(...result.warnings);
      if (!result.read) {
        unplaced.push(result.unplaced);
        return;
      }
      const { source, drafts, probe, fingerprint } = result.read;
      // The same article saved twice, as a page and as a feed item, say: the first is read.
      const same =
        (source.url !== null && byUrl.get(webKey(source.url))) ||
        (fingerprint && byText.get(fingerprint));
      if (same) {
        const how = source.url !== null && byUrl.has(webKey(source.url)) ? "URL" : "text";
        unplaced.push({
          file: source.file,
          reason: "duplicate",
          message: `the same article as ${same} (the same ${how}); it is read once`,
        });
        return;
      }
      if (source.url !== null) byUrl.set(webKey(source.url), source.file);
      if (fingerprint) byText.set(fingerprint, source.file);
      const text: SourceText = { id: source.id, language: source.language, text: result.read.text };
      if (probe) {
        pending.push({ probe, source, text });
        return;
      }
      place(source, text);
      for (const draft of drafts)
        for (const company of draft.named ?? [])
          if (!named.has(company.id)) named.set(company.id, company);
      stories.add({ sourceId: source.id, drafts });
      languageOf.set(source.id, source.language);
    },
    finish() {
      const merged = stories.finish();
      const attachments = attachToStories(
        merged,
        pending.map((p) => p.probe),
        gazetteer,
      );
      for (const item of pending) {
        const found = attachments.filter((a) => a.probe === item.probe);
        if (found.length === 0) {
          unplaced.push({
            file: item.source.file,
            reason: "no-lexicon",
            message: `no lexicon for "${item.probe.language}" (${languageName(item.probe.language)}): names ${item.probe.companies
              .map((c) => gazetteer.companies.get(c)?.name ?? c)
              .join(", ")} and China, published ${item.probe.published}, but no known story fits`,
          });
          continue;
        }
        for (const attachment of found) {
          const event = merged[attachment.event];
          if (!event) continue;
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
        }
        place(item.source, item.text);
        languageOf.set(item.source.id, item.source.language);
      }
      const events = assignIds(merged).map(({ id, event }) =>
        toTimelineEvent(id, event, nameOf, languageOf),
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
          name: nameOf(id),
          country: entry ? entry.country : (named.get(id)?.country ?? null),
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
    },
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

function toTimelineEvent(
  id: string,
  event: MergedEvent,
  companyName: (id: string) => string,
  languageOf: ReadonlyMap<string, string>,
): TimelineEvent {
  const described = describeEvent(event, {
    companyName,
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
    what: event.what,
    mainland: event.mainland,
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
