const TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i;

const englishNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
let byName: Map<string, string> | undefined;

/**
 * The ISO 639-1 code of a language as feeds and exports write it, lowercased, or null:
 * a BCP 47 tag ("en-US", "zh_Hant_TW"), an ISO 639-2/3 code ("eng", "zho") or an English name
 * ("English", "Chinese", as GDELT writes it).
 */
export function languageCode(value: string): string | null {
  const text = value.trim();
  if (TAG.test(text)) {
    try {
      // Canonicalising maps three-letter codes to two-letter ones where ISO 639-1 has one.
      const [canonical] = Intl.getCanonicalLocales(text.replace(/_/g, "-"));
      const primary = canonical?.split("-")[0] ?? "";
      // A code ICU cannot name ("xx") is not a language.
      if (/^[a-z]{2}$/.test(primary) && englishNames.of(primary)) return primary;
    } catch {
      // Not a well-formed tag: perhaps a name.
    }
  }
  return languageNames().get(text.toLowerCase()) ?? null;
}

// English names of all two-letter languages ICU knows, built once, so no list is kept here.
function languageNames(): Map<string, string> {
  if (!byName) {
    byName = new Map();
    const letters = "abcdefghijklmnopqrstuvwxyz";
    for (const first of letters) {
      for (const second of letters) {
        const code = first + second;
        const name = englishNames.of(code);
        if (name && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), code);
      }
    }
  }
  return byName;
}
