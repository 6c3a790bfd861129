import type { EventType } from "../../model/eventType.ts";
import { foldText, type FoldedText } from "../../model/fold.ts";
import type { Trigger } from "../mentions/findTriggers.ts";
import type { CompanyMention } from "../mentions/gazetteer.ts";
import { isPlace } from "./draftParties.ts";
import type { NamedCompany } from "./eventDraft.ts";
import { markedActor } from "./markedActor.ts";
import { listedAfter } from "./coordinated.ts";
import { namedActor, type MentionsAround } from "./namedActor.ts";
import type { ExtractionContext, SentenceFacts } from "./readSentence.ts";
import { saleRoles } from "./saleRoles.ts";
import { readAnaphor } from "./subjectAnaphor.ts";

const CHINA = "CN";
// Moves the lead (or a language that drops subjects) may report without naming the company.
const UNNAMED_MOVES = new Set<EventType>(["exit", "shutdown", "sales-halt"]);

/** Who makes a move: the company a sentence names, one it refers back to, or one it marks. */
export interface ActorReading {
  /** The company, by id (made from its name when the gazetteer does not know it). */
  readonly id: string;
  /** Where the sentence names it, when it does. */
  readonly actor: CompanyMention | undefined;
  /** The move is the one the text was telling of, by the company it is about. */
  readonly told: boolean;
  /** The actor when the gazetteer does not know it. */
  readonly marked: NamedCompany | null;
}

/**
 * The actor of one move phrase of a sentence, or null when nothing says who moves: named before
 * or in the phrase, referred back to ("the company", a dropped subject), the company the
 * article tells of, or a company the gazetteer lacks that the lead marks as one.
 */
export function draftActor(
  f: SentenceFacts,
  trigger: Trigger,
  type: EventType,
  { mentions, before, inside, after }: MentionsAround,
  {
    at,
    atEnd,
    nearest,
  }: {
    at: (mention: CompanyMention) => number;
    atEnd: (mention: CompanyMention) => number;
    nearest: (list: readonly CompanyMention[]) => CompanyMention | undefined;
  },
  { main, lastCompany, lead }: { main: string | null; lastCompany: string | null; lead: boolean },
  context: ExtractionContext,
): ActorReading | null {
  const { lexicon, gazetteer } = context;
  const text = f.folded.text;
  const country = (id: string) => gazetteer.companies.get(id)?.country;
  const { anaphor, subject: subjectAnaphor } = readAnaphor(
    text,
    lexicon,
    mentions,
    at,
    atEnd,
    trigger.start,
  );
  const sale = saleRoles(type, trigger, lexicon, { text, mentions, inside, after, at });
  // "In 2017 Verizon acquired Yahoo's core business": recalled from the buyer's side, a sale
  // to a foreign buyer is corporate history, not a pull-back from China. A lead that tells
  // one ("SK Hynix will buy Intel's NAND business, with its Dalian fab") is the story.
  const buyer = trigger.sellerAfter
    ? mentions.filter((m) => at(m) < trigger.start).sort((a, b) => at(b) - at(a))[0]
    : undefined;
  const buyerCountry = buyer && country(buyer.id);
  if (type === "divestment" && !lead && buyerCountry && buyerCountry !== CHINA) return null;
  // "its apps had been removed from Apple's app store": the store named in the phrase is where
  // the move happened; only a company named before it, in the same clause, undergoes it. "Damus,
  // one of the Twitter alternatives, was pulled": a company in an aside is no subject.
  const subjects = before.filter(
    (m) => at(m) < trigger.start && !/[,;:(]/u.test(text.slice(atEnd(m), trigger.start)),
  );
  const around = trigger.undergone
    ? { mentions: subjects, before: subjects, inside: [], after: [] }
    : sale.withoutBuyers({ mentions, before, inside, after });
  let actor =
    sale.seller ??
    (subjectAnaphor && type !== "blocked"
      ? undefined
      : namedActor(type, around, nearest, country, lastCompany));
  // "Proximus and Orange chose Nokia, sidelining Huawei": who drops a supplier is the
  // sentence's subject, not the supplier chosen in its place.
  // The last of the names listed as the subject stands for the list ("Proximus et Orange
  // Belgium"), as the name nearest the phrase does for other moves.
  if (trigger.supplierChinese) {
    const subject = [...before].sort((a, b) => at(a) - at(b)).find((m) => country(m.id) !== CHINA);
    if (subject) actor = listedAfter(subject, before, f.sentence.text).at(-1) ?? subject;
    // The supplier dropped is the other party, never the one who drops it.
    else if (actor && country(actor.id) === CHINA) actor = undefined;
  }
  // "The cut-off ends a relationship that made Huawei's HiSilicon…": a partnership cut that
  // names only Chinese companies is the foreign company's the text is telling of, and they
  // are its other party. So is a halted supply or a sale whose only named company is its
  // Chinese buyer ("the licence for a machine for SMIC lapsed", "it handed its operations to
  // Alibaba").
  // The one telling is foreign: a Chinese company last named is the party, not the teller.
  const teller =
    [lastCompany, main].find((id) => id !== null && country(id) !== CHINA) ?? lastCompany ?? main;
  const told =
    (sale.bought &&
      actor === undefined &&
      teller !== null &&
      !mentions.some((m) => m.id === teller)) ||
    ((type === "partnership-cut" ||
      ((type === "sales-halt" || type === "divestment") &&
        // "中国の美的集団に…売却": where the verb comes last, the buyer stands before it.
        (lexicon.verbFinal || mentions.every((m) => at(m) >= trigger.start)))) &&
      actor !== undefined &&
      mentions.every((m) => country(m.id) === CHINA) &&
      teller !== null &&
      country(teller) !== CHINA);
  if (told) actor = undefined;
  let actorId = actor?.id ?? (told ? teller : null);
  // "Epic Games put an end date on Fortnite in China. From Monday no new accounts…; the servers
  // go dark on 15 November": a closure the lead dates without naming anyone is the story's. A
  // restriction or a block named so is more often the law's or the regulator's own.
  const unnamed =
    !f.headline && f.dates.length > 0 && UNNAMED_MOVES.has(type) && (lead || lexicon.dropsSubjects);
  // "The US software company SAS Institute is leaving China": a lead's actor the gazetteer
  // lacks, named before the move, comes before the company the article is about, unless the
  // subject refers back to a known one ("il gruppo guidato da Jensen Huang").
  // "Acacia Communications… suspends its dealings with ZTE": a Chinese company named only after
  // a cut is its other party, so a marked actor before the move still comes first.
  const partyOnly =
    actor !== undefined &&
    (type === "partnership-cut" || type === "sales-halt") &&
    at(actor) >= trigger.start &&
    country(actor.id) === CHINA;
  const found =
    (!actorId || partyOnly) && lead && type !== "seller-ban" && type !== "other"
      ? markedActor(
          f.sentence.text,
          f.folded,
          trigger.start,
          lexicon,
          context.countries,
          (name) =>
            isPlace(name, lexicon, context.countries) ||
            gazetteer.find(name, foldText(name)).length > 0,
        )
      : null;
  let marked =
    found &&
    (!anaphor ||
      (partyOnly && anaphor.index > found.start) ||
      appositive(f.sentence.text, f.folded, anaphor, found.start))
      ? found.company
      : null;
  if (marked) {
    actorId = marked.id;
    actor = undefined;
  }
  if (!actorId)
    actorId =
      anaphor || type === "seller-ban" || unnamed
        ? (lastCompany ?? main)
        : f.headline
          ? main
          : null;
  if (!actorId && found) {
    marked = found.company;
    actorId = marked.id;
  }
  return actorId ? { id: actorId, actor, told, marked } : null;
}

/**
 * A name standing right after the noun that refers to it, at most one word between that is no
 * preposition: "la société américaine Lantern", not "la société de San Francisco".
 */
function appositive(
  text: string,
  folded: FoldedText,
  anaphor: RegExpExecArray,
  nameStart: number,
): boolean {
  const end = anaphor.index + anaphor[0].length;
  if (nameStart < end) return false;
  const between = text
    .slice(folded.origin[end] ?? text.length, folded.origin[nameStart] ?? text.length)
    .trim();
  const words = between.split(/\s+/u).filter(Boolean);
  return words.length === 0 || (words.length === 1 && /^(?:\p{Lu}|\p{L}{4,}$)/u.test(between));
}
