import { describeDate } from "../../model/describeDate.ts";
import type { EventType } from "../../model/eventType.ts";
import type { MergedEvent } from "../events/mergeEvents.ts";

/** Names the describer needs: companies by id, languages of the sources. */
export interface DescribeContext {
  readonly companyName: (id: string) => string;
  readonly sourceLanguages: readonly string[];
}

const languageNames = new Intl.DisplayNames("en", { type: "language" });

/**
 * English title and summary from the structured fields alone: no translation service can be
 * reached, and a template over checked fields cannot mistranslate.
 */
export function describeEvent(
  event: MergedEvent,
  context: DescribeContext,
): { title: string; summary: string } {
  const actor = context.companyName(event.companies[0] ?? "");
  const china = event.mainland ? "mainland China" : "China";
  const party = event.counterparty;
  const title = event.title ?? titleFor(event.type, actor, event.what, party, china);
  const when = [
    event.date ? `${event.effective ? "Announced" : "Dated"} ${describeDate(event.date)}` : null,
    event.effective ? `effective ${describeDate(event.effective)}` : null,
  ].filter(Boolean);
  const dateSentence = when.length
    ? `${capitalise(when.join(", "))}.`
    : "The sources give no date.";
  const languages = [...new Set(context.sourceLanguages)].map(
    (code) => languageNames.of(code) ?? code,
  );
  const count = event.sources.length;
  const reported = `Reported by ${count} source${count === 1 ? "" : "s"} in ${listOf(languages)}.`;
  return { title, summary: `${title}. ${dateSentence} ${reported}` };
}

function titleFor(
  type: EventType,
  actor: string,
  what: string | null,
  party: string | null,
  china: string,
): string {
  switch (type) {
    case "exit":
      return `${actor} exits the ${china === "China" ? "Chinese market" : "mainland Chinese market"}`;
    case "shutdown":
      return `${actor} shuts down ${what ?? "a service"} in ${china}`;
    case "sales-halt":
      return `${actor} stops ${what ?? "sales"} in ${china}`;
    case "restriction":
      return `${actor} restricts ${what ?? "access"} in ${china}`;
    case "seller-ban":
      return party ? `${actor} bans Chinese seller ${party}` : `${actor} bans Chinese sellers`;
    case "partnership-cut":
      return party
        ? `${actor} ends its ${what ?? "partnership"} with ${party}`
        : `${actor} ends a ${what ?? "partnership"} in ${china}`;
    case "divestment":
      return party
        ? `${actor} sells its stake in ${party}`
        : `${actor} sells its business in ${china}`;
    case "blocked":
      return `${china === "China" ? "China" : "Mainland China"} blocks ${actor}`;
    case "other":
      return party
        ? `${actor} ${what ?? "makes a move involving"} ${party}`
        : `${actor} makes a related move in ${china}`;
  }
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "an unknown language";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
