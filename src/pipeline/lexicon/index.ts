import { ar } from "./ar.ts";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { fr } from "./fr.ts";
import type { Lexicon } from "./types.ts";
import { vi } from "./vi.ts";

/** Every language the extractor reads, by ISO 639-1 code. */
export const LEXICONS: Readonly<Record<string, Lexicon>> = { ar, de, en, fr, vi };
