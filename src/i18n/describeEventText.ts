import type { EventType } from "../model/eventType.ts";
import { dateFacts } from "./describeDate.ts";
import { isolated, type Phrase } from "./phrase.ts";
import type { DateFacts, Phrasing } from "./phrasing/types.ts";

/** The structured fields an event's title is generated from. */
export interface TitleFields {
  readonly type: EventType;
  /** The actor's name (for `blocked`, the company blocked). */
  readonly actor: string;
  readonly counterparty: string | null;
  readonly what: string | null;
  readonly mainland: boolean;
}

/** The fields a summary adds: dates and the articles behind the event. */
export interface SummaryFields {
  readonly date: string | null;
  readonly effective: string | null;
  readonly sources: number;
  /** The articles' languages, already named in the phrasing's language. */
  readonly languages: readonly string[];
}

/** An event's generated title in a language. */
export function describeTitle(fields: TitleFields, phrasing: Phrasing): Phrase {
  return phrasing.title[fields.type]({
    actor: isolated(fields.actor),
    party: fields.counterparty === null ? null : isolated(fields.counterparty),
    what: fields.what,
    mainland: fields.mainland,
  });
}

/** An event's generated summary in a language, starting with `title`. */
export function describeSummary(title: Phrase, fields: SummaryFields, phrasing: Phrasing): Phrase {
  return phrasing.summary({
    title,
    date: fields.date === null ? null : datedOrAsIs(fields.date, phrasing),
    effective: fields.effective === null ? null : datedOrAsIs(fields.effective, phrasing),
    sources: fields.sources,
    languages: [...new Set(fields.languages)],
  });
}

// A value that is not a date is said as it is, as describeDate does.
function datedOrAsIs(value: string, phrasing: Phrasing): DateFacts {
  return dateFacts(value, phrasing) ?? { text: value, precision: "day", approximate: false };
}
