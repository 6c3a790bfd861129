import { ar } from "./ar.ts";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { he } from "./he.ts";
import { hi } from "./hi.ts";
import { id } from "./id.ts";
import { it } from "./it.ts";
import { ja } from "./ja.ts";
import { ko } from "./ko.ts";
import { ml } from "./ml.ts";
import { nl } from "./nl.ts";
import { pl } from "./pl.ts";
import { pt } from "./pt.ts";
import { ru } from "./ru.ts";
import { ta } from "./ta.ts";
import { th } from "./th.ts";
import { tr } from "./tr.ts";
import { ur } from "./ur.ts";
import { vi } from "./vi.ts";
import { zh } from "./zh.ts";
import type { Lexicon } from "./types.ts";

/** Every language the extractor reads, by ISO 639-1 code. */
export const LEXICONS: Readonly<Record<string, Lexicon>> = {
  ar,
  de,
  en,
  es,
  fr,
  he,
  hi,
  id,
  it,
  ja,
  ko,
  ml,
  nl,
  pl,
  pt,
  ru,
  ta,
  th,
  tr,
  ur,
  vi,
  zh,
};
