import type { Locale } from "../i18n/locales.ts";

/** The explorer's first view as markup, and the digest of the timeline it was rendered from. */
export interface PrerenderedView {
  readonly html: string;
  readonly digest: string;
}

/**
 * Renders the app's own components to HTML at build time, from the dataset the build ships: the
 * build's side of "readable before the scripts run".
 */
export interface Prerenderer {
  /** The explorer as a bare URL opens it, for the browser to hydrate (see src/app/main.tsx). */
  explorer(): PrerenderedView;
  /**
   * One event's detail with its sources in a language, for its share page; static, never
   * hydrated. Sources stay in their own language, marked with `lang` and `dir`.
   */
  eventDetail(eventId: string, locale: Locale): string;
}
