import { foldText } from "./fold.ts";

/**
 * An id made from a name: folded, then every run of other characters a hyphen.
 * "SAS Institute" → "sas-institute", "Société Générale" → "societe-generale".
 */
export function slug(name: string): string {
  return foldText(name)
    .text.normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
