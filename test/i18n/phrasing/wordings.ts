import {
  describeSummary,
  describeTitle,
  type TitleFields,
} from "../../../src/i18n/describeEventText.ts";
import { phraseText } from "../../../src/i18n/phrase.ts";
import type { Phrasing } from "../../../src/i18n/phrasing/types.ts";

/** A generated title as plain text, for the phrasing tests. */
export function titleIn(phrasing: Phrasing, fields: Partial<TitleFields>): string {
  return phraseText(
    describeTitle(
      { type: "exit", actor: "Zoom", counterparty: null, what: null, mainland: false, ...fields },
      phrasing,
    ),
  );
}

/** A generated summary of Zoom's halt of direct sales, as plain text. */
export function summaryIn(
  phrasing: Phrasing,
  date: string | null,
  effective: string | null,
  languages: readonly string[],
  sources = languages.length,
): string {
  const title = describeTitle(
    {
      type: "sales-halt",
      actor: "Zoom",
      counterparty: null,
      what: "direct sales",
      mainland: true,
    },
    phrasing,
  );
  return phraseText(describeSummary(title, { date, effective, sources, languages }, phrasing));
}
