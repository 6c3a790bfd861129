// zod/mini: the app validates the dataset it loads with this schema, and classic zod would add
// ~80 KB gzip to the page. The pipeline validates its output and writes JSON Schema from it too.
import * as z from "zod/mini";
import { CompanySchema } from "./company.ts";
import { DATASET_VERSION } from "./datasetVersion.ts";
import { EVENT_TYPES } from "./eventType.ts";
import { countryCode, described, edtfDate, languageCode, slug, text } from "./fields.ts";

/** Fields of an event a curator can pin; the rest are derived. */
export const CURATABLE_EVENT_FIELDS = [
  "type",
  "date",
  "effective",
  "companies",
  "counterparty",
  "countries",
  "title",
  "summary",
] as const;

/** One article's support for an event. */
export const EventSourceSchema = z.object({
  id: described(slug, "id of the source article"),
  evidence: described(text, "the sentence of the article that reports the event, verbatim"),
  primary: described(z.boolean(), "whether this is the article's main event"),
  attached: z.optional(
    described(
      z.object({ basis: text, confidence: z.number().check(z.gte(0), z.lte(1)) }),
      "set when an article in a language without a lexicon was attached to a known story by company, China and date",
    ),
  ),
});

/** A company, country or market move, located in time, with the articles that report it. */
export const TimelineEventSchema = z.object({
  id: slug,
  title: described(text, "English headline generated from the structured fields"),
  summary: text,
  type: z.enum(EVENT_TYPES),
  date: described(z.nullable(edtfDate), "when it happened or was announced"),
  effective: described(
    z.nullable(edtfDate),
    "when it takes effect, when the text gives that apart",
  ),
  companies: z.array(slug).check(z.minLength(1)),
  counterparty: described(z.nullable(text), "the other party or target when named"),
  what: described(
    z.nullable(text),
    "the thing acted on, in the lexicons' English ('direct sales', 'its website'), for generated titles",
  ),
  mainland: described(z.boolean(), "whether the sources say mainland China"),
  countries: z.array(countryCode),
  sources: z.array(EventSourceSchema).check(z.minLength(1)),
  primary: described(z.boolean(), "whether any source reports it as its main event"),
  confidence: z.number().check(z.gte(0), z.lte(1)),
  basis: described(
    z.object({ date: z.optional(text), effective: z.optional(text) }),
    "how each date was found: the words in the article and what they were resolved against",
  ),
  origin: described(z.enum(["extracted", "curated"]), "curated when a curator added the event"),
  curated: described(
    z.record(z.string(), z.string()),
    "field → basis, for every value a curator set; other values were extracted",
  ),
});

/** An article that events were drawn from. */
export const SourceArticleSchema = z.object({
  id: slug,
  file: text,
  language: languageCode,
  title: z.string(),
  published: z.nullable(edtfDate),
  outlet: z.nullable(z.string()),
  url: z.nullable(z.url()),
  text: described(
    z.string(),
    "path of the file of full texts that holds this source's, relative to events.json",
  ),
  curated: z.array(z.enum(["published", "outlet", "url"])),
  metadata: described(
    z.array(z.enum(["title", "published", "url", "outlet", "language"])),
    "fields the page, feed or export stated in its metadata",
  ),
});

/** An input file that produced no event, and why. */
export const UnplacedSchema = z.object({
  file: z.string(),
  reason: z.enum([
    "unreadable",
    "empty",
    "not-text",
    "no-company",
    "no-event",
    "no-lexicon",
    "dropped",
    "over-budget",
    "failed",
    "no-article",
    "duplicate",
  ]),
  message: z.string(),
});

/** A problem worth a curator's look that did not stop the build. */
export const WarningSchema = z.object({ file: z.string(), message: z.string() });

/** The whole dataset the pipeline writes and the app reads. */
export const DatasetSchema = z.object({
  version: z.literal(DATASET_VERSION),
  synthetic: described(
    z.optional(z.boolean()),
    "true for generated benchmark data, which the app labels as not real",
  ),
  events: z.array(TimelineEventSchema),
  sources: z.array(SourceArticleSchema),
  companies: z.array(CompanySchema),
  unplaced: z.array(UnplacedSchema),
  warnings: z.array(WarningSchema),
});

/** The full text of one source, stored apart so the app loads it on demand. */
export const SourceTextSchema = z.object({ id: slug, language: languageCode, text: z.string() });

/**
 * A file of full texts, a few dozen sources each: one file a source made a build of 10,000
 * articles create 10,000 files, the slowest part of the build.
 */
export const TextFileSchema = z.array(SourceTextSchema);

/** Folded source texts by source id, for full-text search. */
export const SearchTextsSchema = z.record(z.string(), z.string());

export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type EventSource = z.infer<typeof EventSourceSchema>;
export type SourceArticle = z.infer<typeof SourceArticleSchema>;
export type Unplaced = z.infer<typeof UnplacedSchema>;
export type PipelineWarning = z.infer<typeof WarningSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
export type SourceText = z.infer<typeof SourceTextSchema>;
export type CuratableEventField = (typeof CURATABLE_EVENT_FIELDS)[number];
