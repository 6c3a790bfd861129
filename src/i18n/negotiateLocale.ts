import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales.ts";

/**
 * The interface language: the link's `lang=` when it names one we have, else the first of the
 * browser's preferred languages we have (by its primary subtag: "fr-CA" → fr, "zh-TW" → zh, the
 * only Chinese we have), else English.
 */
export function negotiateLocale(fromLink: string | null, preferred: readonly string[]): Locale {
  if (isLocale(fromLink)) return fromLink;
  for (const tag of preferred) {
    const primary = tag.split(/[-_]/)[0]?.toLowerCase();
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}
