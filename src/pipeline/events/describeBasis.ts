import type { EdtfDate } from "../../model/edtf.ts";
import type { DatedMention } from "./readSentence.ts";

/** "'on Sunday' in the lead; published 2019-05-20". */
export function describeBasis(
  date: DatedMention,
  where: string,
  published: EdtfDate | null,
): string {
  const words = `'${date.expression}' in the ${where}`;
  if (date.against === "publication" && published) return `${words}; published ${published}`;
  if (date.against === "previous") return `${words}, counted from the date before it`;
  return words;
}
