import type { EventType } from "../../model/eventType.ts";
import { foldText, type FoldedText } from "../../model/fold.ts";
import type { CompiledLexicon } from "../mentions/compileLexicon.ts";
import type { CountryNames } from "../mentions/countryNames.ts";
import type { CompanyMention, Gazetteer } from "../mentions/gazetteer.ts";
import { detach } from "../detach.ts";
import { markedCompany } from "./markedCompany.ts";
import type { MentionsAround } from "./namedActor.ts";

/**
 * Company mentions without parents of companies also named. A company named twice keeps both
 * places: "Huawei sanctions took effect as Samsung stopped supplying Huawei" names the party
 * after the verb too.
 */
export function dropParents(
  mentions: readonly CompanyMention[],
  gazetteer: Gazetteer,
  moveStart?: number,
): CompanyMention[] {
  const ids = new Set(mentions.map((m) => m.id));
  const parents = new Set(
    [...ids].map((id) => gazetteer.companies.get(id)?.parent).filter(Boolean),
  );
  // A parent named before the move whose units are all named in or after it acts on them.
  const acting = (m: CompanyMention) =>
    moveStart !== undefined &&
    m.end <= moveStart &&
    mentions.every(
      (unit) => gazetteer.companies.get(unit.id)?.parent !== m.id || unit.start >= moveStart,
    );
  return mentions.filter((m) => !parents.has(m.id) || acting(m));
}

// A run of capitalised words in any Latin-script sentence: "Shenzhen Youkeshu Technology".
const PROPER = /\p{Lu}[\p{L}\p{N}&.'-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'-]*|&|of|de))*/gu;

export function isPlace(name: string, lexicon: CompiledLexicon, countries: CountryNames): boolean {
  const key = foldText(name).text;
  lexicon.china.lastIndex = 0;
  countries.regex.lastIndex = 0;
  return lexicon.china.test(key) || countries.regex.test(key);
}

export function properName(
  text: string,
  folded: FoldedText,
  move: { readonly start: number; readonly end: number },
  toFolded: number | undefined,
  lexicon: CompiledLexicon,
  excluded: (name: string) => boolean,
): string | null {
  const from = folded.origin[move.end] ?? text.length;
  const to = toFolded === undefined ? text.length : (folded.origin[toFolded] ?? text.length);
  for (const m of text.slice(from, to).matchAll(PROPER)) {
    const name = m[0].replace(/\s+(of|de)$/, "").trim();
    if (name.length >= 3 && /\s/.test(name) && !excluded(name)) return detach(name);
  }
  // Where the verb comes last, the party may stand inside the phrase: "终止与长城数码公司的合作".
  const start = lexicon.spaced ? move.end : move.start;
  return markedCompany(text, folded, start, toFolded, lexicon, excluded);
}

const CHINA = "CN";

/**
 * Where a move's other party may be named: anywhere for a seller ban; inside or after the phrase
 * for a sale ("céder à son partenaire Sinnet ses serveurs"), and before it when the verb comes
 * last or the sale is told from the buyer's side ("SK하이닉스는 인텔의 낸드 사업을 인수"); inside
 * or after it for a cut ("replace Huawei equipment", "The9 ile lisans anlaşmasını
 * yenilemeyecek"); after it otherwise.
 */
export function partyCandidates(
  type: EventType,
  { mentions, before, inside, after }: MentionsAround,
  partyBefore: boolean,
): readonly CompanyMention[] {
  if (type === "seller-ban") return mentions;
  if (type === "divestment") return [...inside, ...after, ...(partyBefore ? before : [])];
  if (type === "partnership-cut") return [...inside, ...after];
  return after;
}

/**
 * The other parties of a move among the companies named with it, other than its actor. A
 * block, exit, restriction, halt or closure has none; a stake, seller ban, cut or sale is about
 * its Chinese party where one is named; anything else takes the first company named.
 */
export function moveTargets(
  type: EventType,
  others: readonly CompanyMention[],
  country: (id: string) => string | undefined,
): CompanyMention[] {
  if (
    type === "blocked" ||
    type === "exit" ||
    type === "restriction" ||
    type === "sales-halt" ||
    type === "shutdown"
  )
    return [];
  // "…chose Nokia, dropping Huawei": a cut in this market is with its Chinese party.
  const wantsChinese =
    type === "other" ||
    type === "seller-ban" ||
    type === "divestment" ||
    type === "partnership-cut";
  const chinese = others.filter((m) => country(m.id) === CHINA);
  if (wantsChinese && chinese.length > 0)
    // "ending log-in with Weibo, whose owner Alibaba…": a cut is with one party.
    return type === "partnership-cut" ? chinese.slice(0, 1) : chinese;
  return others.slice(0, 1);
}
