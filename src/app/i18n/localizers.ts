import { loadLocale } from "../../i18n/loadLocale.ts";
import type { Locale } from "../../i18n/locales.ts";
import { createLocalizer, type Localizer } from "../../i18n/localizer.ts";
import { ENGLISH_LOCALIZER } from "./useI18n.ts";

const loading = new Map<Locale, Promise<Localizer>>([["en", Promise.resolve(ENGLISH_LOCALIZER)]]);
const loaded = new Map<Locale, Localizer>([["en", ENGLISH_LOCALIZER]]);

/** A language's localizer, its words loaded once and its formatters made once. */
export function loadLocalizer(locale: Locale): Promise<Localizer> {
  let known = loading.get(locale);
  if (!known) {
    known = loadLocale(locale).then((text) => {
      const localizer = createLocalizer(locale, text);
      loaded.set(locale, localizer);
      return localizer;
    });
    // A failed chunk is tried again the next time this language is chosen.
    known.catch(() => loading.delete(locale));
    loading.set(locale, known);
  }
  return known;
}

/** A language's localizer if its words are already in, so the first render can speak it. */
export function loadedLocalizer(locale: Locale): Localizer | null {
  return loaded.get(locale) ?? null;
}
