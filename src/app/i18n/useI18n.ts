import { createContext, useContext } from "react";
import { ENGLISH } from "../../i18n/loadLocale.ts";
import type { Locale } from "../../i18n/locales.ts";
import { createLocalizer, type Localizer } from "../../i18n/localizer.ts";

/** The interface language in force, and the way to choose another. */
export interface I18n {
  readonly localizer: Localizer;
  /** Loads a language's words, then switches to it. */
  readonly choose: (locale: Locale) => void;
}

/** English, ready at once: the first bundle holds it. */
export const ENGLISH_LOCALIZER = createLocalizer("en", ENGLISH);

// Without a provider (a component rendered alone, as in tests) the interface is English.
export const I18nContext = createContext<I18n>({
  localizer: ENGLISH_LOCALIZER,
  choose: () => undefined,
});

/** The interface's words and formatters in the chosen language. */
export function useI18n(): Localizer {
  return useContext(I18nContext).localizer;
}

/** Switches the interface language. */
export function useChooseLocale(): (locale: Locale) => void {
  return useContext(I18nContext).choose;
}
