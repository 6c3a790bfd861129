import type { SourceArticle, TimelineEvent } from "../model/dataset.ts";
import type { EventHead } from "../model/timelineFile.ts";
import { describeSummary, describeTitle, type TitleFields } from "./describeEventText.ts";
import type { Localizer } from "./localizer.ts";
import { isolated, phraseText, type Phrase } from "./phrase.ts";
import { en } from "./phrasing/en.ts";

const titles = new WeakMap<Localizer, WeakMap<EventHead, Phrase>>();

/**
 * An event's title in the interface language. English is the dataset's own title. In another
 * language the title is generated from the event's fields, unless the dataset's title is not
 * what English generates from those fields: then someone wrote it (a curator's title, or
 * synthetic data), and it is shown as written, marked as English.
 */
export function eventTitle(
  head: EventHead,
  companyName: (id: string) => string,
  localizer: Localizer,
): Phrase {
  if (localizer.locale === "en") return [head.title];
  let known = titles.get(localizer);
  if (!known) titles.set(localizer, (known = new WeakMap()));
  const cached = known.get(head);
  if (cached) return cached;
  const fields: TitleFields = {
    type: head.type,
    actor: companyName(head.companies[0] ?? ""),
    counterparty: head.counterparty,
    what: head.what,
    mainland: head.mainland,
  };
  const written = phraseText(describeTitle(fields, en)) !== head.title;
  const title = written
    ? [isolated(head.title, "en")]
    : describeTitle(
        { ...fields, counterparty: partyIn(head, companyName, localizer) },
        localizer.phrasing,
      );
  known.set(head, title);
  return title;
}

/**
 * The other party in the interface language. The pipeline joins the names of several companies
 * with " and " ("Aukey and Mpow"): when the counterparty is exactly that, the names are listed
 * as the language lists them ("Aukey et Mpow"), not with an English word inside the sentence.
 */
function partyIn(
  head: EventHead,
  companyName: (id: string) => string,
  localizer: Localizer,
): string | null {
  const names = head.companies.slice(1).map(companyName);
  if (names.length < 2 || head.counterparty !== names.join(" and ")) return head.counterparty;
  return localizer
    .listParts(names)
    .map((part) => part.value)
    .join("");
}

/**
 * An event's summary in the interface language, starting with its title. A curator's summary
 * is shown as written, marked as English.
 */
export function eventSummary(
  event: TimelineEvent,
  title: Phrase,
  sources: ReadonlyMap<string, SourceArticle>,
  localizer: Localizer,
): Phrase {
  if (localizer.locale === "en") return [event.summary];
  if ("summary" in event.curated) return [isolated(event.summary, "en")];
  return describeSummary(
    title,
    {
      date: event.date,
      effective: event.effective,
      sources: event.sources.length,
      languages: event.sources.map((s) =>
        localizer.languageName(sources.get(s.id)?.language ?? "und"),
      ),
    },
    localizer.phrasing,
  );
}
