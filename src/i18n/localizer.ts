import type { EdtfDate } from "../model/edtf.ts";
import { dateFacts, describeDate } from "./describeDate.ts";
import { INTL_TAG, localeDirection, type Locale } from "./locales.ts";
import type { LocaleText } from "./loadLocale.ts";
import type { Messages } from "./messages/types.ts";
import { once } from "./once.ts";
import { phraseText, type Phrase } from "./phrase.ts";
import type { Phrasing } from "./phrasing/types.ts";
import { formatNumber } from "./plural.ts";

/** Everything the interface says in one language, with the platform's formatters for it. */
export interface Localizer {
  readonly locale: Locale;
  readonly dir: "ltr" | "rtl";
  readonly messages: Messages;
  readonly phrasing: Phrasing;
  /** An EDTF date in words at its precision. */
  readonly date: (value: string) => string;
  /** An event's date for lists and labels: its date, else "effective …", else "undated". */
  readonly when: (event: { date: EdtfDate | null; effective: EdtfDate | null }) => string;
  /** A UTC day, short: "3 Aug 2020", "3 août 2020"; for the axis's window and clusters. */
  readonly day: (ms: number) => string;
  /** An axis tick: the year on 1 January, the month on the 1st, else the day. */
  readonly tick: (date: Date) => string;
  readonly number: (n: number) => string;
  readonly percent: (ratio: number) => string;
  /** A list as the language joins it ("A, B and C"), in parts, so each name can be isolated. */
  readonly listParts: (items: readonly string[]) => { type: string; value: string }[];
  /** A language's name in this language, as inside a sentence ("Arabic", "arabe", "阿拉伯语"). */
  readonly languageName: (code: string) => string;
  /** A language's name standing alone, as a label: capitalised ("Arabic", "Arabe"). */
  readonly languageLabel: (code: string) => string;
  /** A country's name in this language ("US" → "United States", "États-Unis"). */
  readonly countryName: (code: string) => string;
  /** Generated text as a string, names isolated when the language runs right to left. */
  readonly text: (words: Phrase) => string;
}

/** A localizer for a language whose words have loaded. */
export function createLocalizer(locale: Locale, { messages, phrasing }: LocaleText): Localizer {
  const tag = INTL_TAG[locale];
  const dir = localeDirection(locale);
  // Each formatter is made when first used: making them all up front (display names above all)
  // held the first render for tens of milliseconds on a phone, most of them for words not shown.
  const utc = (options: Intl.DateTimeFormatOptions) =>
    once(() => new Intl.DateTimeFormat(tag, { ...options, timeZone: "UTC" }));
  const dayFormat = utc({ day: "numeric", month: "short", year: "numeric" });
  const ticks = {
    year: utc({ year: "numeric" }),
    month: utc({ month: "long" }),
    day: utc({ day: "numeric", month: "short" }),
  };
  const percent = once(() => new Intl.NumberFormat(tag, { style: "percent" }));
  const list = once(() => new Intl.ListFormat(tag, { type: "conjunction" }));
  const languages = once(() => new Intl.DisplayNames(tag, { type: "language" }));
  const regions = once(() => new Intl.DisplayNames(tag, { type: "region" }));
  const named = (names: () => Intl.DisplayNames, code: string) => {
    try {
      return names().of(code) ?? code;
    } catch {
      return code;
    }
  };
  const date = (value: string) => describeDate(value, phrasing);
  return {
    locale,
    dir,
    messages,
    phrasing,
    date,
    when: (event) => {
      if (event.date) return date(event.date);
      const effective = event.effective ? dateFacts(event.effective, phrasing) : null;
      if (effective) return messages.dates.effective(effective);
      return event.effective ?? messages.dates.undated;
    },
    day: (ms) => dayFormat().format(ms),
    tick: (d) =>
      (d.getUTCDate() === 1
        ? d.getUTCMonth() === 0
          ? ticks.year
          : ticks.month
        : ticks.day)().format(d),
    number: (n) => formatNumber(tag, n),
    percent: (ratio) => percent().format(ratio),
    listParts: (items) => list().formatToParts(items),
    languageName: (code) => named(languages, code),
    languageLabel: (code) => {
      const name = named(languages, code);
      return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
    },
    countryName: (code) => named(regions, code),
    text: (words) => phraseText(words, dir === "rtl"),
  };
}
