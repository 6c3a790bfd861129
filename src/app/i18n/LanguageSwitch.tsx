import { ENDONYMS, LOCALES, isLocale, type Locale } from "../../i18n/locales.ts";
import { useI18n } from "./useI18n.ts";

/** The interface language, each offered in its own words. */
export function LanguageSwitch({ onChoose }: { readonly onChoose: (locale: Locale) => void }) {
  const { locale, messages } = useI18n();
  return (
    <label className="language">
      <span className="visually-hidden">{messages.toolbar.language}</span>
      <select value={locale} onChange={(e) => isLocale(e.target.value) && onChoose(e.target.value)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {ENDONYMS[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
