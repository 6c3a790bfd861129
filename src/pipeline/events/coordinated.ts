import { fold } from "../../model/fold.ts";
import { AND_WORDS } from "../lexicon/conjunctions.ts";
import type { CompanyMention } from "../mentions/gazetteer.ts";

// Between two names of a list: a comma, an ideographic comma, or a short "and" ("et", "und",
// "и", "và", "و", "와", "と", "和"), then in Japanese and Chinese the one-character country
// a name is often prefixed with ("米アップル", "独シーメンス").
// Tamil and Malayalam write "and" as "-um" on each name ("பேஸ்புக்கும் ட்விட்டரும்",
// "ഫേസ്ബുക്കും ട്വിറ്ററും"), after any case ending.
// Quotes may stand around each name: "رقائق “إنتل” و”إيه إم دي”", "« Intel » et « AMD »".
const SEPARATORS = '[\\s,、，;"“”„«»「」『』]';
const LIST_GAP = new RegExp(
  `^(?:[\\p{Script=Tamil}\\p{Script=Malayalam}]*(?:ும்|ും))?${SEPARATORS}*(?:(?:${AND_WORDS.join("|")})${SEPARATORS}*)?[米英独仏中韓台日蘭美德法]?${SEPARATORS}*$`,
  "u",
);
const LIST_GAP_MAX = 10;
// "アプライドマテリアルズ（AMAT）とKLA", "Applied Materials (AMAT) and KLA": a name's short form
// in brackets stays with it.
const ABBREVIATION = /^\s*[(（][^()（）]{1,12}[)）]|[()（）]/gu;
// "独シーメンス傘下のシーメンスEDA", "Siemens' unit Mentor": a parent named just before its
// unit describes it and stands in its place in the list.
const PARENT_GAP_MAX = 8;

/**
 * The companies listed with the actor before the phrase, each joined by a list separator.
 * `before` holds every company named before the phrase, parents of others included.
 */
export function coordinated(
  actor: CompanyMention,
  before: readonly CompanyMention[],
  text: string,
  parentOf: (id: string) => string | undefined,
): CompanyMention[] {
  const ordered = [...before].sort((a, b) => a.start - b.start);
  const listed: CompanyMention[] = [];
  let current = actor;
  for (let i = ordered.indexOf(actor) - 1; i >= 0; i--) {
    const previous = ordered[i];
    if (!previous) break;
    const gap = fold(text.slice(previous.end, current.start)).replace(ABBREVIATION, "");
    if (previous.id === parentOf(current.id) && gap.length <= PARENT_GAP_MAX) {
      current = previous;
      continue;
    }
    if (gap.length > LIST_GAP_MAX || !LIST_GAP.test(gap)) break;
    listed.push(previous);
    current = previous;
  }
  return listed;
}

/**
 * "revoked Intel's and Qualcomm's export licences": the companies listed after an actor named
 * inside the phrase, possessives and all.
 */
export function listedAfter(
  actor: CompanyMention,
  inside: readonly CompanyMention[],
  text: string,
): CompanyMention[] {
  const ordered = [...inside].sort((a, b) => a.start - b.start);
  const listed: CompanyMention[] = [];
  let current = actor;
  for (const next of ordered.slice(ordered.indexOf(actor) + 1)) {
    const gap = fold(text.slice(current.end, next.start))
      .replace(ABBREVIATION, "")
      .replace(/^['’]s?/u, "");
    if (gap.length > LIST_GAP_MAX || !LIST_GAP.test(gap)) break;
    listed.push(next);
    current = next;
  }
  return listed;
}
