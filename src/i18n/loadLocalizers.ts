import { loadLocale } from "./loadLocale.ts";
import { LOCALES, type Locale } from "./locales.ts";
import { createLocalizer, type Localizer } from "./localizer.ts";

/** Every interface language's localizer, for the build, which writes pages in all of them. */
export async function loadLocalizers(): Promise<ReadonlyMap<Locale, Localizer>> {
  return new Map(
    await Promise.all(
      LOCALES.map(async (l) => [l, createLocalizer(l, await loadLocale(l))] as const),
    ),
  );
}
