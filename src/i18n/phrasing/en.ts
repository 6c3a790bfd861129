import { phrase } from "../phrase.ts";
import type { Phrasing } from "./types.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
// One formatter for every call: creating one costs far more than formatting, and the timeline
// describes the dates of every mark it draws.
const LONG_MONTH = new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" });
// British order without a comma, as the pipeline's titles have always read.
const LIST = new Intl.ListFormat("en-GB", { type: "conjunction" });

/**
 * English: the phrasing the pipeline writes into the dataset (titles, summaries, share pages).
 * `what` is the lexicons' own English, used as it is.
 */
export const en: Phrasing = {
  locale: "en",
  title: {
    exit: ({ actor, mainland }) =>
      phrase`${actor} exits the ${mainland ? "mainland Chinese market" : "Chinese market"}`,
    shutdown: ({ actor, what, mainland }) =>
      phrase`${actor} shuts down ${what ?? "a service"} in ${china(mainland)}`,
    "sales-halt": ({ actor, what, mainland }) =>
      phrase`${actor} stops ${what ?? "sales"} in ${china(mainland)}`,
    restriction: ({ actor, what, mainland }) =>
      phrase`${actor} restricts ${what ?? "access"} in ${china(mainland)}`,
    "seller-ban": ({ actor, party }) =>
      party ? phrase`${actor} bans Chinese seller ${party}` : phrase`${actor} bans Chinese sellers`,
    "partnership-cut": ({ actor, party, what, mainland }) =>
      party
        ? phrase`${actor} ends its ${what ?? "partnership"} with ${party}`
        : phrase`${actor} ends a ${what ?? "partnership"} in ${china(mainland)}`,
    divestment: ({ actor, party, mainland }) =>
      party
        ? phrase`${actor} sells its stake in ${party}`
        : phrase`${actor} sells its business in ${china(mainland)}`,
    blocked: ({ actor, mainland }) =>
      phrase`${mainland ? "Mainland China" : "China"} blocks ${actor}`,
    other: ({ actor, party, what, mainland }) =>
      party
        ? phrase`${actor} ${what ?? "makes a move involving"} ${party}`
        : phrase`${actor} makes a related move in ${china(mainland)}`,
  },
  summary: ({ title, date, effective, sources, languages }) => {
    const when = [
      date ? `${effective ? "Announced" : "Dated"} ${date.text}` : null,
      effective ? `effective ${effective.text}` : null,
    ].filter((part) => part !== null);
    const dates = when.length ? `${capitalise(when.join(", "))}.` : "The sources give no date.";
    const named = languages.length ? LIST.format(languages) : "an unknown language";
    return phrase`${title}. ${dates} Reported by ${String(sources)} source${sources === 1 ? "" : "s"} in ${named}.`;
  },
  dates: {
    core: (ms, precision) => {
      const date = new Date(ms);
      const year = date.getUTCFullYear();
      if (precision === "day")
        return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ""} ${year}`;
      return precision === "month" ? `${LONG_MONTH.format(date)} ${year}` : `${year}`;
    },
    approximate: (core) => `about ${core}`,
    yearOnly: (core) => `${core} (year only)`,
  },
};

function china(mainland: boolean): string {
  return mainland ? "mainland China" : "China";
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
