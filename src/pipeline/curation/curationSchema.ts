import { z } from "zod";
import { isEdtf, type EdtfDate } from "../../model/edtf.ts";
import { EVENT_TYPES } from "../../model/eventType.ts";
import { isWebUrl } from "../../model/webUrl.ts";

const edtf = z
  .string()
  .refine(isEdtf, { message: "is not an EDTF date (e.g. 2020-08-03, 2021-06, 2021, 2021-05~)" })
  .transform((value) => value as EdtfDate);
const companyId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a company id such as "amazon"');
// The app links to it: a javascript: or data: URL there would run when a reader clicks the source.
const url = z
  .string()
  .refine(isWebUrl, 'must be an absolute http: or https: URL, e.g. "https://example.org/article"');
const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code such as "CN"');

/** Event fields a curator may set; each replaces the extracted value. */
export const CuratedFieldsSchema = z
  .object({
    type: z.enum(EVENT_TYPES),
    date: edtf.nullable(),
    effective: edtf.nullable(),
    companies: z.array(companyId).min(1, "needs at least one company"),
    counterparty: z.string().min(1).nullable(),
    countries: z.array(country),
    title: z.string().min(1),
    summary: z.string().min(1),
  })
  .partial()
  .strict();

/** Which extracted events of the article a correction applies to. */
export const MatchSchema = z
  .object({
    type: z.enum(EVENT_TYPES),
    company: companyId,
    date: edtf,
    evidence: z.string().min(1),
  })
  .partial()
  .strict()
  .refine((m) => Object.keys(m).length > 0, "needs at least one of type, company, date, evidence");

const basis = z
  .string({ message: 'every correction needs a basis, e.g. "dateline in the text"' })
  .trim()
  .min(3, 'must say what the correction rests on, e.g. "company statement of 2022-06-02"');

/** One correction: pin fields of, drop, or add an event. */
export const CorrectionSchema = z
  .object({
    match: MatchSchema.optional(),
    set: CuratedFieldsSchema.optional(),
    drop: z.literal(true).optional(),
    add: CuratedFieldsSchema.extend({
      evidence: z.string().min(1, "must quote the article"),
      primary: z.boolean().optional(),
    })
      .required({ type: true, companies: true })
      .optional(),
    basis,
  })
  .strict()
  .superRefine((c, ctx) => {
    const actions = [c.set && "set", c.drop && "drop", c.add && "add"].filter(Boolean);
    if (actions.length !== 1) {
      ctx.addIssue({ code: "custom", message: "needs exactly one of set, drop or add" });
    }
    if ((c.set || c.drop) && !c.match) {
      ctx.addIssue({ code: "custom", path: ["match"], message: "set and drop need a match" });
    }
    if (c.add && c.match)
      ctx.addIssue({ code: "custom", path: ["match"], message: "add takes no match" });
    if (c.set && Object.keys(c.set).length === 0) {
      ctx.addIssue({ code: "custom", path: ["set"], message: "sets nothing" });
    }
  });

const ArticleCurationSchema = z
  .object({
    published: edtf.optional(),
    url: url.optional(),
    outlet: z.string().trim().min(1).optional(),
    events: z.array(CorrectionSchema).optional(),
  })
  .strict();

/**
 * A curation file, `seeds/<name>.meta.json`: for one article, or, beside a feed or an export,
 * for its records by key (`records: { "<id or line>": { … } }`).
 */
export const CurationSchema = ArticleCurationSchema.extend({
  records: z.record(z.string(), ArticleCurationSchema).optional(),
}).strict();

export type Curation = z.infer<typeof CurationSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;

/** Validates a curation file's text; the errors name the file, the field and what is wrong. */
export function parseCuration(
  file: string,
  text: string,
): { curation: Curation | null; errors: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { curation: null, errors: [`${file}: not valid JSON: ${(error as Error).message}`] };
  }
  const result = CurationSchema.safeParse(json);
  if (result.success) return { curation: result.data, errors: [] };
  return {
    curation: null,
    errors: result.error.issues.map((issue) => {
      const path = issue.path.length
        ? issue.path
            .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
            .join("")
            .replace(/^\./, "")
        : "(top level)";
      const message =
        issue.code === "unrecognized_keys"
          ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}`
          : issue.message;
      return `${file}: ${path}: ${message}`;
    }),
  };
}
