import * as z from "zod/mini";
import { countryCode, described, slug, text } from "./fields.ts";

/** A company named in the dataset. */
export const CompanySchema = z.object({
  id: slug,
  name: text,
  country: described(
    z.nullable(countryCode),
    "where the company is seated; null for one the gazetteer does not know",
  ),
  parent: z.nullable(slug),
});

export type Company = z.infer<typeof CompanySchema>;
