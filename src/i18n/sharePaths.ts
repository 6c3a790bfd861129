import { previewPath, sharePath } from "../model/sharePath.ts";
import { DEFAULT_LOCALE, type Locale } from "./locales.ts";

/**
 * An event's share page in a language, relative to the site root: `e/<id>/` in the default
 * language (the page links have always pointed at), `e/<id>/fr/` in French.
 */
export function localeSharePath(eventId: string, locale: Locale): string {
  const page = sharePath(eventId);
  return locale === DEFAULT_LOCALE ? page : `${page}${locale}/`;
}

/** An event's preview card in a language: `og/<id>.png`, `og/<id>.fr.png`. */
export function localePreviewPath(eventId: string, locale: Locale): string {
  const card = previewPath(eventId);
  return locale === DEFAULT_LOCALE ? card : card.replace(/\.png$/, `.${locale}.png`);
}
