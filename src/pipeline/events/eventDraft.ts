import type { EdtfDate } from "../../model/edtf.ts";
import type { EventType } from "../../model/eventType.ts";

/** An event as one article reports it, before articles are merged. */
export interface EventDraft {
  readonly type: EventType;
  /** Company ids, the actor first (for `blocked`, the company blocked). */
  readonly companies: readonly string[];
  readonly counterparty: string | null;
  readonly date: EdtfDate | null;
  readonly effective: EdtfDate | null;
  /** How each date was found: the words, and what they were resolved against. */
  readonly basis: DateBasis;
  readonly countries: readonly string[];
  readonly evidence: string;
  readonly primary: boolean;
  readonly confidence: number;
  /** The thing acted on, in English, for the generated title. */
  readonly what: string | null;
  /** Whether the article says "mainland China". */
  readonly mainland: boolean;
  /** Field → basis, for values a curator set. */
  readonly curated: Readonly<Record<string, string>>;
  readonly origin: "extracted" | "curated";
  /** Companies among `companies` the gazetteer does not know, named as the text names them. */
  readonly named?: readonly NamedCompany[];
  /** Set only when a curator wrote the title or summary; otherwise they are generated. */
  readonly title?: string;
  readonly summary?: string;
}

/** A company the gazetteer does not know: an id made from its name, the name, and its seat if told. */
export interface NamedCompany {
  readonly id: string;
  readonly name: string;
  readonly country: string | null;
}

/** Why an event has its dates: "'yesterday' in the lead; published 2020-08-04". */
export interface DateBasis {
  readonly date?: string;
  readonly effective?: string;
}
