import { from, to } from "opencc-js/preset/cn2t";

/**
 * Every traditional form of each simplified character, read from OpenCC's dictionaries: its
 * characters, its phrases ("签约 簽約" and "签名 簽名" give 签 the form 簽 beside 籤), and the
 * variants Taiwan and Hong Kong write. OpenCC's own converter picks one form per word from a
 * trie of the phrases that takes over 100 MB; a pattern only needs to know every form.
 */
function readForms(): ReadonlyMap<string, ReadonlySet<string>> {
  const forms = new Map<string, Set<string>>();
  const add = (simplified: string, traditional: string) => {
    const a = [...simplified];
    const b = [...traditional];
    if (a.length !== b.length) return;
    a.forEach((char, i) => {
      const other = b[i];
      if (!other || other === char) return;
      let set = forms.get(char);
      if (!set) forms.set(char, (set = new Set()));
      set.add(other);
    });
  };
  const entries = (dict: unknown) =>
    typeof dict === "string"
      ? dict.split("|").map((entry) => entry.split(" "))
      : Array.isArray(dict)
        ? (dict as readonly (readonly string[])[])
        : [];
  for (const group of from.cn ?? [])
    for (const dict of group)
      for (const [key, ...values] of entries(dict))
        for (const value of values) if (key && value) add(key, value);
  // Regional variants apply to the traditional forms: 着 → 著 in Taiwan.
  const variants = new Map<string, string[]>();
  for (const region of [to.tw, to.hk])
    for (const group of region ?? [])
      for (const dict of group)
        for (const [key, ...values] of entries(dict))
          if (key && [...key].length === 1)
            variants.set(key, [...(variants.get(key) ?? []), ...values]);
  for (const set of forms.values())
    for (const form of [...set]) for (const variant of variants.get(form) ?? []) set.add(variant);
  // A character both scripts share may still have a regional form: 着 is 著 in Taiwan.
  for (const [char, others] of variants) for (const other of others) add(char, other);
  return forms;
}

const FORMS = readForms();

/**
 * A simplified pattern that also matches traditional text ("关闭" matches "關閉"); character
 * classes are left as written.
 */
export function traditional(pattern: string): string {
  let out = "";
  let depth = 0;
  for (const char of pattern) {
    if (char === "[") depth++;
    if (char === "]") depth--;
    const others = depth === 0 ? FORMS.get(char) : undefined;
    out += others ? `[${char}${[...others].join("")}]` : char;
  }
  return out;
}
