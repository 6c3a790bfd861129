import STCharacters from "opencc-js/dict/STCharacters";
import TWVariants from "opencc-js/dict/TWVariants";
import HKVariants from "opencc-js/dict/HKVariants";
import JPShinjitaiCharacters from "opencc-js/dict/JPShinjitaiCharacters";

/**
 * One character for all the ways Chinese and Japanese write it: simplified, traditional,
 * Taiwan's and Hong Kong's variants, and Japan's shinjitai (团, 團, 団). Read from OpenCC's
 * character dictionaries only: a name is matched character by character, so the phrase
 * dictionaries, a hundred times larger, are not needed.
 */
function readCanon(): Map<string, string> {
  const canon = new Map<string, string>();
  const entries = (dictionary: string) =>
    dictionary.split("|").map((entry) => [...entry.split(" ")].map((w) => [...w]));
  // A simplified character stands for itself and its traditional forms.
  for (const [key, ...forms] of entries(STCharacters)) {
    const simplified = key?.length === 1 ? key[0] : undefined;
    if (!simplified) continue;
    canon.set(simplified, simplified);
    for (const form of forms)
      if (form.length === 1 && form[0] && !canon.has(form[0])) canon.set(form[0], simplified);
  }
  // Regional variants of a traditional form: 偽 beside 僞.
  for (const [key, ...forms] of [...entries(TWVariants), ...entries(HKVariants)]) {
    const traditional = key?.length === 1 ? key[0] : undefined;
    if (!traditional) continue;
    for (const form of forms)
      if (form.length === 1 && form[0] && !canon.has(form[0]))
        canon.set(form[0], canon.get(traditional) ?? traditional);
  }
  // Shinjitai first, then its traditional form: "団 團".
  for (const [key, ...forms] of entries(JPShinjitaiCharacters)) {
    const shinjitai = key?.length === 1 ? key[0] : undefined;
    const traditional = forms[0]?.length === 1 ? forms[0][0] : undefined;
    if (!shinjitai || !traditional || canon.has(shinjitai)) continue;
    canon.set(shinjitai, canon.get(traditional) ?? traditional);
  }
  return canon;
}

const CANON = readCanon();
const MEMBERS = new Map<string, string[]>();
for (const [char, representative] of CANON) {
  if (char === representative) continue;
  const members = MEMBERS.get(representative) ?? [representative];
  members.push(char);
  MEMBERS.set(representative, members);
}

/** The text with each Han character written as its one representative form. */
export function canonicalHan(text: string): string {
  let out = "";
  for (const char of text) out += CANON.get(char) ?? char;
  return out;
}

/** A regex source matching a canonical Han text in any of its forms, char for char. */
export function anyHanForm(canonical: string, escape: (s: string) => string): string {
  let out = "";
  for (const char of canonical) {
    const members = MEMBERS.get(char);
    out += members ? `[${members.join("")}]` : escape(char);
  }
  return out;
}
