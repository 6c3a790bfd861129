/** The interface languages, in the order the language switch lists them. */
export const LOCALES = ["en", "fr", "vi", "ar", "zh"] as const;

/** One interface language. */
export type Locale = (typeof LOCALES)[number];

/** The language when neither the link nor the browser asks for one we have. */
export const DEFAULT_LOCALE: Locale = "en";

/**
 * The tag each language hands to `Intl`. English is British, as the app's dates have always
 * read ("3 Aug 2020", "A, B and C"). Arabic is written with Western digits, as in the dates and
 * numbers of the sources and of the time axis, which runs left to right in every language.
 * Chinese is Simplified.
 */
export const INTL_TAG: Readonly<Record<Locale, string>> = {
  en: "en-GB",
  fr: "fr",
  vi: "vi",
  ar: "ar-u-nu-latn",
  zh: "zh-Hans",
};

/** The tag a page in each language declares in `<html lang>` and `hreflang`. */
export const HTML_LANG: Readonly<Record<Locale, string>> = {
  en: "en",
  fr: "fr",
  vi: "vi",
  ar: "ar",
  zh: "zh-Hans",
};

/** Each language as Open Graph's `og:locale` names it (language_TERRITORY). */
export const OG_LOCALE: Readonly<Record<Locale, string>> = {
  en: "en_GB",
  fr: "fr_FR",
  vi: "vi_VN",
  ar: "ar_AR",
  zh: "zh_CN",
};

/** Each language's name in itself, for the language switch. */
export const ENDONYMS: Readonly<Record<Locale, string>> = {
  en: "English",
  fr: "Français",
  vi: "Tiếng Việt",
  ar: "العربية",
  zh: "简体中文",
};

/** Whether `value` is one of the interface languages. */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The writing direction of an interface language. */
export function localeDirection(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}
