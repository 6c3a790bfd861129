// The field schemas the dataset's files share, apart from any one file's schema so that the
// page's first chunk, which reads only timeline.json, does not build the whole dataset's.
import * as z from "zod/mini";
import { isEdtf, type EdtfDate } from "./edtf.ts";

/** `schema`, with a description that the JSON Schema written for curators carries. */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema as z.ZodMiniType, { description });
  return schema;
}

export const edtfDate = z.pipe(
  z.string().check(
    z.refine(isEdtf, {
      message: "is not an EDTF date (e.g. 2020-08-03, 2021-06, 2021, 2021-05~)",
    }),
  ),
  z.transform((value) => value as EdtfDate),
);
export const slug = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9_-]*$/, "must be lowercase letters, digits, '_' and '-'"));
export const countryCode = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/, "must be an ISO 3166 alpha-2 code"));
export const languageCode = z.string().check(z.regex(/^[a-z]{2,3}$/, "must be an ISO 639-1 code"));
export const text = z.string().check(z.minLength(1));
