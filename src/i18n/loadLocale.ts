import type { Locale } from "./locales.ts";
import { en as enMessages } from "./messages/en.ts";
import type { Messages } from "./messages/types.ts";
import { en as enPhrasing } from "./phrasing/en.ts";
import type { Phrasing } from "./phrasing/types.ts";

/** A language's interface words and event phrasing. */
export interface LocaleText {
  readonly messages: Messages;
  readonly phrasing: Phrasing;
}

/** English, in the first bundle: the page speaks it before anything else has loaded. */
export const ENGLISH: LocaleText = { messages: enMessages, phrasing: enPhrasing };

// Every other language is its own chunk, requested only when that language is chosen.
const LOADERS: Readonly<Record<Exclude<Locale, "en">, () => Promise<LocaleText>>> = {
  fr: async () => {
    const [m, p] = await Promise.all([import("./messages/fr.ts"), import("./phrasing/fr.ts")]);
    return { messages: m.fr, phrasing: p.fr };
  },
  vi: async () => {
    const [m, p] = await Promise.all([import("./messages/vi.ts"), import("./phrasing/vi.ts")]);
    return { messages: m.vi, phrasing: p.vi };
  },
  ar: async () => {
    const [m, p] = await Promise.all([import("./messages/ar.ts"), import("./phrasing/ar.ts")]);
    return { messages: m.ar, phrasing: p.ar };
  },
  zh: async () => {
    const [m, p] = await Promise.all([import("./messages/zh.ts"), import("./phrasing/zh.ts")]);
    return { messages: m.zh, phrasing: p.zh };
  },
};

/** A language's words, loaded once. */
export function loadLocale(locale: Locale): Promise<LocaleText> {
  return locale === "en" ? Promise.resolve(ENGLISH) : LOADERS[locale]();
}
