import { useCallback, useEffect } from "react";
import type { Locale } from "../../i18n/locales.ts";
import type { HistoryMode } from "../state/useViewState.ts";
import type { ViewState } from "../state/viewState.ts";
import { useChooseLocale, useI18n } from "./useI18n.ts";

/**
 * The interface language as the link holds it (`lang`): Back and Forward can bring a link's
 * other language back. Returns the switch's choice, which writes the language into the link.
 */
export function useLinkedLocale(
  lang: Locale | null,
  update: (patch: Partial<ViewState>, mode: HistoryMode) => void,
): (locale: Locale) => void {
  const { locale } = useI18n();
  const choose = useChooseLocale();
  useEffect(() => {
    if (lang && lang !== locale) choose(lang);
  }, [lang, locale, choose]);
  return useCallback(
    (next: Locale) => {
      update({ lang: next }, "replace");
      choose(next);
    },
    [update, choose],
  );
}
