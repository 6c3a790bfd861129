import { useEffect, useMemo, useState, type ReactNode } from "react";
import { HTML_LANG, type Locale } from "../../i18n/locales.ts";
import type { Localizer } from "../../i18n/localizer.ts";
import { loadLocalizer, loadedLocalizer } from "./localizers.ts";
import { ENGLISH_LOCALIZER, I18nContext } from "./useI18n.ts";

/**
 * Holds the interface language: `initial` until another is chosen. Its words load before the
 * switch, so the page never shows a mix; `<html lang dir>` follow, and mirror the page in Arabic.
 */
export function I18nProvider({
  initial,
  children,
}: {
  readonly initial: Locale;
  readonly children: ReactNode;
}) {
  const [requested, setRequested] = useState(initial);
  const [localizer, setLocalizer] = useState<Localizer | null>(() => loadedLocalizer(initial));
  useEffect(() => {
    // A language chosen after this one wins, whichever loads first.
    let wanted = true;
    loadLocalizer(requested).then(
      (next) => wanted && setLocalizer(next),
      // The language could not be loaded (offline, say): the interface stays as it is, or in
      // English if nothing was shown yet.
      () => wanted && setLocalizer((shown) => shown ?? ENGLISH_LOCALIZER),
    );
    return () => {
      wanted = false;
    };
  }, [requested]);
  useEffect(() => {
    if (!localizer) return;
    document.documentElement.lang = HTML_LANG[localizer.locale];
    document.documentElement.dir = localizer.dir;
  }, [localizer]);
  const value = useMemo(
    () => (localizer ? { localizer, choose: setRequested } : null),
    [localizer],
  );
  // The first language other than English is a small chunk, requested with the explorer's.
  if (!value) return <div className="explorer skeleton" aria-busy="true" />;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
