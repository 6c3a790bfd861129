/**
 * "And" in the languages the press writes, folded: what may join two company names of one
 * list ("Intel, Qualcomm and Broadcom"). A particle that is not "and" (Korean 는, Japanese は)
 * ends the list.
 */
export const AND_WORDS: readonly string[] = [
  "and",
  "&",
  "et",
  "y",
  "e",
  "und",
  "en",
  "i",
  "oraz",
  "и",
  "va",
  "ve",
  "dan",
  "serta",
  "و",
  "ו",
  "اور",
  "और",
  "และ",
  "กับ",
  "와",
  "과",
  "및",
  "と",
  "や",
  "和",
  "与",
  "與",
  "及",
  "및",
  "மற்றும்",
  "കൂടാതെ",
];
