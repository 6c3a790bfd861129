import { describeSummary, describeTitle } from "../../i18n/describeEventText.ts";
import { phraseText } from "../../i18n/phrase.ts";
import { en } from "../../i18n/phrasing/en.ts";
import type { MergedEvent } from "../events/storyMerger.ts";

/** Names the describer needs: companies by id, languages of the sources. */
export interface DescribeContext {
  readonly companyName: (id: string) => string;
  readonly sourceLanguages: readonly string[];
}

const languageNames = new Intl.DisplayNames("en", { type: "language" });

/**
 * English title and summary from the structured fields alone: no translation service can be
 * reached, and a template over checked fields cannot mistranslate. The app words the same
 * fields in its other languages with the same engine (src/i18n).
 */
export function describeEvent(
  event: MergedEvent,
  context: DescribeContext,
): { title: string; summary: string } {
  const title = event.title
    ? [event.title]
    : describeTitle(
        {
          type: event.type,
          actor: context.companyName(event.companies[0] ?? ""),
          counterparty: event.counterparty,
          what: event.what,
          mainland: event.mainland,
        },
        en,
      );
  const summary = describeSummary(
    title,
    {
      date: event.date,
      effective: event.effective,
      sources: event.sources.length,
      languages: context.sourceLanguages.map((code) => languageNames.of(code) ?? code),
    },
    en,
  );
  return { title: phraseText(title), summary: phraseText(summary) };
}
