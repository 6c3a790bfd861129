import type { CompiledLexicon } from "../mentions/compileLexicon.ts";
import type { CompanyMention } from "../mentions/gazetteer.ts";

/** A noun standing for a company ("the company", "同社", "الشركة"), and whether it is the subject. */
export interface AnaphorReading {
  readonly anaphor: RegExpExecArray | null;
  /** The anaphor is the move's subject: it comes before the move and before any named company. */
  readonly subject: boolean;
}

/**
 * Reads the anaphor of a folded sentence against a move starting at `moveStart`. "La société a
 * déclaré sur WeChat que…": a subject anaphor before any company is the actor. "A japonesa Rakuten
 * anunciou…", "La société américaine Uber a annoncé": a sentence that opens with the noun and a
 * name right after it, at most one word between, names the actor itself. So does a noun that
 * leads up to a name standing right before the move: "En enero de 2017, el fabricante
 * estadounidense de discos duros Seagate clausuró su fábrica".
 */
export function readAnaphor(
  text: string,
  lexicon: CompiledLexicon,
  mentions: readonly CompanyMention[],
  at: (mention: CompanyMention) => number,
  atEnd: (mention: CompanyMention) => number,
  moveStart: number,
): AnaphorReading {
  const anaphor = lexicon.anaphors.exec(text);
  if (anaphor === null) return { anaphor, subject: false };
  const end = anaphor.index + anaphor[0].length;
  const appositive =
    lexicon.spaced &&
    text.slice(0, anaphor.index).trim() === "" &&
    mentions.some((m) => {
      const between = text.slice(end, at(m)).trim();
      return (
        at(m) > anaphor.index &&
        at(m) < moveStart &&
        between.split(/\s+/u).filter(Boolean).length <= 1 &&
        !/['’,]$/u.test(between)
      );
    });
  const described =
    lexicon.spaced &&
    mentions.some((m) => {
      if (at(m) < end || atEnd(m) > moveStart) return false;
      const lead = text.slice(end, at(m));
      return (
        !/[,;:()"“”«»]/u.test(lead) &&
        words(lead) <= 5 &&
        words(text.slice(atEnd(m), moveStart)) <= 1 &&
        // "ARM, propiedad del conglomerado japonés SoftBank, venderá": a name closing an
        // apposition is not the subject the noun leads up to.
        !/[,;:]/u.test(text.slice(atEnd(m), moveStart))
      );
    });
  const subject =
    !appositive &&
    !described &&
    anaphor.index < moveStart &&
    mentions.every((m) => at(m) > anaphor.index);
  return { anaphor, subject };
}

const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;
