const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** A number as the language writes it ("12 345" in French, "12,345" in English). */
export function formatNumber(tag: string, n: number): string {
  let format = numbers.get(tag);
  if (!format) numbers.set(tag, (format = new Intl.NumberFormat(tag)));
  return format.format(n);
}

/** The forms of a counted phrase by plural category; `#` stands for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/**
 * The form of `forms` that `n` takes in the language of `tag` (Arabic has six, English two,
 * Vietnamese and Chinese one), with `#` replaced by the number as the language writes it.
 */
export function plural(tag: string, n: number, forms: PluralForms): string {
  let rule = rules.get(tag);
  if (!rule) rules.set(tag, (rule = new Intl.PluralRules(tag)));
  const form = forms[rule.select(n)] ?? forms.other;
  return form.replace("#", formatNumber(tag, n));
}
