import type { EventType } from "../../model/eventType.ts";
import { foldedIndex } from "../../model/fold.ts";
import type { CompiledLexicon } from "../mentions/compileLexicon.ts";
import type { Trigger } from "../mentions/findTriggers.ts";
import type { CompanyMention } from "../mentions/gazetteer.ts";
import { detach } from "../detach.ts";
import { coordinated, listedAfter } from "./coordinated.ts";
import { draftActor } from "./draftActor.ts";
import { best, nearestDate, nearestTrigger, ownDates } from "./draftDates.ts";
import { dropParents, isPlace, moveTargets, partyCandidates, properName } from "./draftParties.ts";
import type { EventDraft } from "./eventDraft.ts";
import { marketScope } from "./marketScope.ts";
import { namesSite, refinedWhat, refineType } from "./refineType.ts";
import { NO_APPS, removedApps } from "./removedApps.ts";
import type { DatedMention, ExtractionContext, SentenceFacts } from "./readSentence.ts";

const CHINA = "CN";
// Moves that are news only about a foreign company: Chinese authorities acting on Chinese
// firms, Chinese platforms policing their own merchants, and a Chinese company closing,
// leaving, halting sales or selling a business (at home, or where a foreign government bars
// it: "sell TikTok to an American company") are not a pull-back from China. A Chinese platform
// cutting off or restricting a rival's service still is news.
const CHINESE_ACTOR_EXCLUDED = new Set<EventType>([
  "blocked",
  "seller-ban",
  "exit",
  "shutdown",
  "sales-halt",
  "divestment",
]);

// How far before a company a precedent word ("after", "dans la foulée de") may start.
const PRECEDENT_REACH = 24;

/** What a draft needs from the rest of the article. */
export interface DraftContext {
  /** The company the article is about. */
  readonly main: string | null;
  /** The company that acted, or was named, last: what "the company" refers to. */
  readonly lastCompany: string | null;
  /** The two sentences before placed the story in China. */
  readonly inherited: boolean;
  /** The sentence is the headline or the lead, where the main story is told. */
  readonly lead: boolean;
  /** Says where a date came from, for the event's basis. */
  readonly basis: (mention: DatedMention) => string;
}

/**
 * The event one move phrase of a sentence reports: its actor, counterparty, market and dates,
 * or null when it is not a move in or toward the Chinese market.
 */
export function buildDraft(
  f: SentenceFacts,
  trigger: Trigger,
  all: readonly Trigger[],
  { main, lastCompany, inherited, lead, basis }: DraftContext,
  context: ExtractionContext,
): EventDraft[] {
  const { lexicon, gazetteer } = context;
  const text = f.folded.text;
  const next = all.find((t) => t.start > trigger.start);
  const at = (mention: CompanyMention) => foldedIndex(f.folded, mention.start);
  const atEnd = (mention: CompanyMention) => foldedIndex(f.folded, mention.end);
  // A sale is the owner's: "eBay handed EachNet to a joint venture" is eBay's divestment, while
  // "Microsoft will close LinkedIn's Chinese site" is LinkedIn's closure.
  const mentions = dropParents(
    f.companies,
    gazetteer,
    trigger.type === "divestment" ? (f.folded.origin[trigger.start] ?? 0) : undefined,
  );
  const country = (id: string) => gazetteer.companies.get(id)?.country;
  let type = refineType(trigger, next, mentions, at, text, lexicon, country);
  // "הוציאה גוגל מיבשת סין", "أغلقت شركة غوغل": where the verb comes first, the subject is
  // inside the phrase; it stands for the one before only when none is named before.
  // "After LinkedIn, another Silicon Valley brand pulls the plug": a company set off as the
  // precedent the news is compared with does not act in it.
  const precedent = (m: CompanyMention) =>
    /^\s*,/u.test(f.sentence.text.slice(m.end, m.end + 3)) &&
    lexicon.precedent.test(text.slice(Math.max(0, at(m) - PRECEDENT_REACH), at(m)));
  const preceding = mentions.filter((m) => at(m) < trigger.start && !precedent(m));
  const before = preceding.length
    ? preceding
    : mentions.filter((m) => at(m) >= trigger.start && at(m) < trigger.end);
  const after = mentions.filter((m) => at(m) >= trigger.end && (!next || at(m) < next.start));
  const inside = mentions.filter((m) => at(m) >= trigger.start && at(m) < trigger.end);
  const nearest = (list: readonly CompanyMention[]) =>
    [...list].sort((a, b) => Math.abs(at(a) - trigger.start) - Math.abs(at(b) - trigger.start))[0];

  const reading = draftActor(
    f,
    trigger,
    type,
    { mentions, before, inside, after },
    { at, atEnd, nearest },
    { main, lastCompany, lead },
    context,
  );
  if (!reading) return [];
  const { actor, told, marked } = reading;
  const actorId = reading.id;
  const explicit = actor !== undefined;
  // Owners decide: TikTok is Singaporean by seat and Chinese by owner, and Yinxiang Biji, seated
  // in Beijing, was Evernote's China service, so its moves are a foreign company's.
  const parent = gazetteer.companies.get(actorId)?.parent;
  const chineseActor = country(parent ?? actorId) === CHINA;
  if (CHINESE_ACTOR_EXCLUDED.has(type) && chineseActor) return [];
  if (gazetteer.companies.get(actorId)?.nonprofit) return [];
  // "LinkedIn leaves China": a brand of a larger company leaving is one of its products going.
  if (type === "exit" && gazetteer.companies.get(actorId)?.parent) type = "shutdown";
  // "IBM China Research Institute is saying goodbye": a company's lab or plant leaving is the
  // site closing, not the company's exit.
  if (type === "exit" && actor && namesSite(f.folded, actor, lexicon)) type = "shutdown";

  // The actor's own units and parent are never the other party.
  const family = (id: string) => gazetteer.companies.get(id)?.parent ?? id;
  const others = partyCandidates(
    type,
    { mentions, before, inside, after },
    trigger.sellerAfter || lexicon.verbFinal,
  ).filter((m) => m.id !== actorId && m !== actor && family(m.id) !== family(actorId));
  const targets = told ? others : moveTargets(type, others, country);
  const targetIds = [...new Set(targets.map((m) => m.id))];
  // "TikTok itself is not available in China": a Chinese company limiting its own service at
  // home is no pull-back; limiting a rival's still is news.
  const rival = mentions.some((m) => family(m.id) !== family(actorId));
  if (type === "restriction" && chineseActor && !rival) return [];
  const counterparty = targetIds.length
    ? targetIds.map((id) => gazetteer.companies.get(id)?.name ?? id).join(" and ")
    : type === "seller-ban" ||
        type === "partnership-cut" ||
        type === "other" ||
        type === "divestment"
      ? properName(f.sentence.text, f.folded, trigger, next?.start, lexicon, (name) =>
          isPlace(name, lexicon, context.countries),
        )
      : null;

  // "ファーウェイ向けの出荷を停止", "화웨이에 대한 공급을 중단": where the object comes before
  // the verb, the Chinese party sits inside the phrase, not after it.
  const actorAt = actor ? at(actor) : 0;
  // A parent left out above as describing its unit still counts here where it stands apart:
  // "HiSilicon's foundry TSMC will not ship to Huawei".
  const parties = f.companies.filter(
    (m) => m.id !== actorId && at(m) > actorAt && (!next || at(m) < next.start),
  );
  // "Huawei deprived of Intel and Qualcomm chips": a supply cut's Chinese customer may be named
  // before its supplier.
  const customers =
    type === "sales-halt" || type === "partnership-cut"
      ? mentions.filter((m) => at(m) < actorAt).map((m) => m.id)
      : [];
  const chineseParty = [actorId, ...targetIds, ...parties.map((m) => m.id), ...customers].some(
    (id) => country(id) === CHINA,
  );
  // Where the Chinese party other than the actor stands: the nearer the move, the surer its object.
  const chineseObject = [...targets, ...parties]
    .filter((m) => m.id !== actorId && country(m.id) === CHINA)
    .map(at);
  const homes = new Set([actorId, ...targetIds].map((id) => country(id)));
  const scope = marketScope(
    f,
    trigger,
    type,
    { chineseParty, chineseObject },
    inherited,
    homes,
    mentions,
  );
  if (scope === "none") return [];

  // "Amazon announced on Thursday that it would close X and stop Y": the announcement date
  // covers both moves; a date the text marks as effective belongs to the move nearest it.
  const stated = f.dates.filter((d) => !d.dateline && !d.launch);
  const date = nearestDate(
    ownDates(
      stated.filter((d) => !d.effective),
      trigger,
      all,
      text,
    ),
    trigger,
    text,
    lexicon.verbFinal,
  );
  const effective = best(
    stated.filter((d) => d.effective && nearestTrigger(d.start, all) === trigger),
  );
  const mainland = lexicon.mainland.test(text);
  const placeCodes = f.geography().places.map((p) => p.code);
  // A sale has two Chinese parties, the business sold and its buyer, and outlets name either:
  // both are the deal's, so reports naming one or the other still meet.
  const dealParties =
    type === "divestment"
      ? mentions.filter((m) => country(m.id) === CHINA && family(m.id) !== family(actorId))
      : [];
  // A foreign company's unit seated in China moves for its owner, who is named with it.
  const owner = parent && !chineseActor && country(actorId) === CHINA ? [parent] : [];
  // "Apple pulled the Quartz app": the apps a store takes down are their makers' too.
  // A block's other apps are blocked in their own right: "WhatsApp is blocked; Clubhouse too".
  const apps =
    type === "restriction"
      ? removedApps(f.sentence.text, f.folded, mentions, lexicon, {
          span: {
            from: all.findLast((t) => t.end <= trigger.start)?.end ?? 0,
            to: next?.start ?? text.length,
          },
          party: (id) => family(id) !== family(actorId) && country(id) !== CHINA,
          excluded: (name) => isPlace(name, lexicon, context.countries),
        })
      : NO_APPS;
  const companies = [
    ...new Set([
      actorId,
      ...owner,
      ...targetIds,
      ...dealParties.map((m) => m.id),
      ...apps.known,
      ...apps.named.map((n) => n.id),
    ]),
  ];
  const countries = new Set([
    CHINA,
    ...placeCodes,
    ...companies.map((id) => country(id) ?? (id === marked?.id ? marked.country : null) ?? CHINA),
  ]);
  const confidence =
    0.45 +
    (explicit ? 0.2 : 0.05) +
    (scope === "explicit" ? 0.15 : 0.05) +
    (date || effective ? 0.1 : 0) +
    (lead ? 0.05 : 0);
  const draft: EventDraft = {
    type,
    companies,
    counterparty,
    date: date?.value ?? null,
    effective: effective?.value ?? null,
    basis: {
      ...(date ? { date: basis(date) } : {}),
      ...(effective ? { effective: basis(effective) } : {}),
    },
    countries: [...countries].sort(),
    evidence: detach(f.sentence.text),
    primary: lead,
    confidence: Math.min(0.95, Number(confidence.toFixed(2))),
    // A brand's exit read as its closure keeps the phrase's object; only a store's move read anew
    // concerns its listings or its sellers.
    what:
      type === trigger.type || (type !== "restriction" && type !== "seller-ban")
        ? (trigger.what ?? serviceLabel(text.slice(trigger.start, trigger.end), lexicon))
        : refinedWhat(type),
    mainland,
    ...(marked || apps.named.length ? { named: [...(marked ? [marked] : []), ...apps.named] } : {}),
    curated: {},
    origin: "extracted",
  };
  // "Intel, Qualcomm, Xilinx and Broadcom will not supply Huawei": one move per company listed.
  const listed =
    actor && explicit
      ? at(actor) >= trigger.start
        ? listedAfter(
            actor,
            // "banned the use of Intel and AMD processors": the list may run on past the
            // phrase when it is the phrase's object, with no clause break before it ("blocked
            // in China, including Facebook, Twitter…" gives examples of a standing state).
            /[,;،؛，；]/u.test(text.slice(trigger.end, at(actor))) ? inside : [...inside, ...after],
            f.sentence.text,
          )
        : coordinated(
            actor,
            f.companies.filter((m) => at(m) < trigger.start),
            f.sentence.text,
            (id) => gazetteer.companies.get(id)?.parent ?? undefined,
          )
      : [];
  return [
    draft,
    ...listed
      .filter(
        (m) =>
          !companies.includes(m.id) && !(type === "partnership-cut" && country(m.id) === CHINA),
      )
      .map((m) => ({
        ...draft,
        companies: [m.id, ...draft.companies.slice(1)],
        countries: [...new Set([...draft.countries, country(m.id) ?? CHINA])].sort(),
      })),
  ];
}

function serviceLabel(phrase: string, lexicon: CompiledLexicon): string | null {
  const hit = lexicon.services.find((s) => s.regex.test(phrase));
  return hit ? `its ${hit.label}` : null;
}
