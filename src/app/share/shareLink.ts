import type { Locale } from "../../i18n/locales.ts";
import { localeSharePath } from "../../i18n/sharePaths.ts";

/**
 * The address of an event's share page in the interface language: the page has the event's
 * title, summary and preview card in that language for link previews, and opens the explorer
 * in it.
 */
export function shareLink(eventId: string, base: string, locale: Locale): string {
  return new URL(localeSharePath(eventId, locale), base).href;
}
