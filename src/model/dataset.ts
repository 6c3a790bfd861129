import { z } from "zod";
import { EVENT_TYPES } from "./eventType.ts";
import { isEdtf, type EdtfDate } from "./edtf.ts";

/** Bumped when the dataset's shape changes incompatibly. */
export const DATASET_VERSION = 1;

const edtfDate = z
  .string()
  .refine(isEdtf, { message: "is not an EDTF date (e.g. 2020-08-03, 2021-06, 2021, 2021-05~)" })
  .transform((value) => value as EdtfDate);

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, "must be lowercase letters, digits, '_' and '-'");
const countryCode = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166 alpha-2 code");
const languageCode = z.string().regex(/^[a-z]{2,3}$/, "must be an ISO 639-1 code");

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
  id: slug.describe("id of the source article"),
  evidence: z
    .string()
    .min(1)
    .describe("the sentence of the article that reports the event, verbatim"),
  primary: z.boolean().describe("whether this is the article's main event"),
});

/** A company, country or market move, located in time, with the articles that report it. */
export const TimelineEventSchema = z.object({
  id: slug,
  title: z.string().min(1).describe("English headline generated from the structured fields"),
  summary: z.string().min(1),
  type: z.enum(EVENT_TYPES),
  date: edtfDate.nullable().describe("when it happened or was announced"),
  effective: edtfDate.nullable().describe("when it takes effect, when the text gives that apart"),
  companies: z.array(slug).min(1),
  counterparty: z.string().min(1).nullable().describe("the other party or target when named"),
  countries: z.array(countryCode),
  sources: z.array(EventSourceSchema).min(1),
  primary: z.boolean().describe("whether any source reports it as its main event"),
  confidence: z.number().min(0).max(1),
  origin: z.enum(["extracted", "curated"]).describe("curated when a curator added the event"),
  curated: z
    .record(z.string(), z.string())
    .describe("field → basis, for every value a curator set; other values were extracted"),
});

/** An article that events were drawn from. */
export const SourceArticleSchema = z.object({
  id: slug,
  file: z.string().min(1),
  language: languageCode,
  title: z.string(),
  published: edtfDate.nullable(),
  outlet: z.string().nullable(),
  url: z.string().url().nullable(),
  text: z.string().describe("path of the full text, relative to events.json"),
  curated: z.array(z.enum(["published", "outlet", "url"])),
});

/** A company named in the dataset. */
export const CompanySchema = z.object({
  id: slug,
  name: z.string().min(1),
  country: countryCode,
  parent: slug.nullable(),
});

/** An input file that produced no event, and why. */
export const UnplacedSchema = z.object({
  file: z.string(),
  reason: z.enum(["unreadable", "empty", "not-text", "no-company", "no-event", "dropped"]),
  message: z.string(),
});

/** A problem worth a curator's look that did not stop the build. */
export const WarningSchema = z.object({ file: z.string(), message: z.string() });

/** The whole dataset the pipeline writes and the app reads. */
export const DatasetSchema = z.object({
  version: z.literal(DATASET_VERSION),
  events: z.array(TimelineEventSchema),
  sources: z.array(SourceArticleSchema),
  companies: z.array(CompanySchema),
  unplaced: z.array(UnplacedSchema),
  warnings: z.array(WarningSchema),
});

/** The full text of one source, stored apart so the app loads it on demand. */
export const SourceTextSchema = z.object({ id: slug, language: languageCode, text: z.string() });

export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type EventSource = z.infer<typeof EventSourceSchema>;
export type SourceArticle = z.infer<typeof SourceArticleSchema>;
export type Company = z.infer<typeof CompanySchema>;
export type Unplaced = z.infer<typeof UnplacedSchema>;
export type PipelineWarning = z.infer<typeof WarningSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
export type SourceText = z.infer<typeof SourceTextSchema>;
export type CuratableEventField = (typeof CURATABLE_EVENT_FIELDS)[number];
