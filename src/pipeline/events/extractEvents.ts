import type { EventType } from "../../model/eventType.ts";
import { parseEdtf, type EdtfDate } from "../../model/edtf.ts";
import type { ArticleLayout } from "../read/articleLayout.ts";
import { findTriggers, type Trigger } from "../mentions/findTriggers.ts";
import type { CompiledLexicon } from "../mentions/compileLexicon.ts";
import type { Gazetteer } from "../mentions/gazetteer.ts";
import { splitSentences, type Sentence } from "../read/sentences.ts";
import { toParts, type CalendarParts } from "../time/resolveDate.ts";
import { buildDraft } from "./buildDraft.ts";
import { best } from "./draftDates.ts";
import { dropParents } from "./draftParties.ts";
import type { EventDraft } from "./eventDraft.ts";
import {
  readSentence,
  type DatedMention,
  type ExtractionContext,
  type SentenceFacts,
} from "./readSentence.ts";
import { isCurrent, newsTime, storyRoles, type StoryRole } from "./storyRoles.ts";
import { describeBasis } from "./describeBasis.ts";
import { tellStory } from "./tellStory.ts";
import { checkBudget } from "../build/overBudget.ts";
import { saleToChineseBuyer } from "./saleToChineseBuyer.ts";
import { chineseSupplier } from "./chineseSupplier.ts";

export type { ExtractionContext } from "./readSentence.ts";

/**
 * Finds every event an article reports, reading it as an analyst does: the headline and lead
 * state the main story, dated in news time against the publication date; background sentences
 * report older moves, each with its own date, which never flows into the main event.
 */
export function extractEvents(
  layout: ArticleLayout,
  published: EdtfDate | null,
  context: ExtractionContext,
): EventDraft[] {
  const { lexicon, gazetteer } = context;
  const anchor = toParts(published);
  const time = newsTime(published);
  const sentences: Sentence[] = [
    { text: layout.headline, offset: layout.headlineOffset, paragraph: -1 },
    ...splitSentences(layout.body, lexicon.language),
  ];
  let previous: CalendarParts | null = null;
  const facts = sentences.map((sentence, index) => {
    checkBudget(context.budget);
    const f = readSentence(sentence, index === 0, context, anchor, () => previous);
    const last = f.dates[f.dates.length - 1];
    if (last && !last.dateline) previous = toParts(last.value);
    return f;
  });
  const roles = storyRoles(facts, lexicon, time);
  const main = mainCompany(facts, roles, gazetteer);
  const where = (i: number) => (i === 0 ? "headline" : roles[i] === "lead" ? "lead" : "text");

  const drafts: { draft: EventDraft; role: StoryRole; at: number }[] = [];
  let lastCompany: string | null = null;
  facts.forEach((f, index) => {
    const role = roles[index] ?? "story";
    const folded = f.folded.text;
    // A move needs an actor: a company named here, "the company", or the story's subject in the
    // headline and lead.
    // Most sentences have none, and the move phrases are the costliest match.
    const actorable =
      f.headline ||
      role === "lead" ||
      f.companies.length > 0 ||
      (lexicon.dropsSubjects && f.dates.length > 0) ||
      lexicon.anaphors.test(folded);
    // Headlines hedge too: "Apple denies it will leave China" reports no move.
    // "Apple returns to China after the ban was lifted": where the sentence's move is an entry,
    // an exit phrase after it is what the entry overcame, not news.
    const found = (actorable ? findTriggers(folded, lexicon) : []).filter(
      (t) => (f.entry === null || t.start < f.entry) && !hedged(f, t, lexicon),
    );
    const triggers = found.filter(
      (t) =>
        (!t.backdrop || !circumvented(folded, t, lexicon)) &&
        (!t.buyerChinese || saleToChineseBuyer(f.folded, t, f.companies, lexicon, gazetteer)) &&
        (!t.supplierChinese || chineseSupplier(f.folded, t, f.companies, gazetteer)),
    );
    // A sentence that names no place may lean on the two before it, and the lead on the
    // headline ("…: el silencio de Pekín tumba la compra").
    const inherited =
      triggers.length > 0 &&
      (facts
        .slice(Math.max(0, index - 2), index)
        .some((p) => p.geography().china.length > 0 && !p.geography().places.some(abroad)) ||
        (role === "lead" && (facts[0]?.geography().china.length ?? 0) > 0));
    // The main story's dates are the present ones; an older year in a lead sentence is an aside.
    const usable: SentenceFacts =
      role === "lead" ? { ...f, dates: f.dates.filter((d) => isCurrent(d, time)) } : f;
    const basis = (d: DatedMention) => describeBasis(d, where(index), published);
    let actor: string | null = null;
    const built = triggers
      .map((t) =>
        buildDraft(
          usable,
          t,
          triggers,
          { main, lastCompany, inherited, lead: role === "lead", basis },
          context,
        ),
      )
      .flat();
    for (const draft of withinUmbrellas(built)) {
      drafts.push({ draft, role, at: index });
      actor = draft.companies[0] ?? actor;
    }
    if (triggers.length === 0 && role !== "background") attachFollowUp(f, facts, drafts, gazetteer);
    // "The company" in the next sentence is the one that just acted, else the one last named;
    // a headline fronts its subject ("Wistron's iPhone plant finds new owner").
    const named = f.headline ? f.companies[0] : f.companies[f.companies.length - 1];
    lastCompany = actor ?? named?.id ?? lastCompany;
  });
  return tellStory(drafts, facts, roles, time, lexicon.spaced);
}

// Moves that contain others reported in the same sentence by the same company. Leaving a
// market includes stopping sales and closing services there ("Airbnb will stop offering stays
// in China, in effect closing its business"); a closure the authorities ordered is their block
// ("the closure of Apple's two stores was ordered by the regulator").
const UMBRELLAS: readonly (readonly [EventType, ReadonlySet<EventType>])[] = [
  ["exit", new Set<EventType>(["sales-halt", "shutdown", "restriction"])],
  ["blocked", new Set<EventType>(["shutdown", "restriction"])],
  // "Blizzard's licences with NetEase lapse, and its games in China go dark with them": the
  // services that stop with a partner's licence are that cut.
  ["partnership-cut", new Set<EventType>(["shutdown", "sales-halt"])],
  // "Uber sold its Chinese operation to Didi in exchange for a stake in it": one deal.
  ["divestment", new Set<EventType>(["other"])],
];

/** One sentence's drafts with each move another of the same company contains folded into it. */
function withinUmbrellas(drafts: readonly EventDraft[]): EventDraft[] {
  return UMBRELLAS.reduce((list, [umbrella, parts]) => absorb(list, umbrella, parts), [...drafts]);
}

function absorb(
  drafts: readonly EventDraft[],
  umbrella: EventType,
  absorbed: ReadonlySet<EventType>,
): EventDraft[] {
  const covers = drafts.filter((d) => d.type === umbrella);
  if (covers.length === 0) return [...drafts];
  return drafts.flatMap((d) => {
    if (d.type === umbrella) {
      const parts = drafts.filter((o) => absorbed.has(o.type) && o.companies[0] === d.companies[0]);
      const dated = parts.find((o) => o.date);
      const effective = parts.find((o) => o.effective);
      return [
        {
          ...d,
          date: d.date ?? dated?.date ?? null,
          effective: d.effective ?? effective?.effective ?? null,
          basis: {
            ...(d.date ? {} : dated?.basis.date ? { date: dated.basis.date } : {}),
            ...(d.effective
              ? {}
              : effective?.basis.effective
                ? { effective: effective.basis.effective }
                : {}),
            ...d.basis,
          },
        },
      ];
    }
    return absorbed.has(d.type) && covers.some((e) => e.companies[0] === d.companies[0]) ? [] : [d];
  });
}

// How far after a move a hedge still governs it, where the verb comes early: "will close part of
// its plant, with a full shutdown being considered" asserts the first move.
const HEDGE_REACH = 40;

function hedged(f: SentenceFacts, trigger: Trigger, lexicon: CompiledLexicon): boolean {
  if (lexicon.exactHedges.test(f.sentence.text)) return true;
  const scope = lexicon.verbFinal
    ? f.folded.text
    : f.folded.text.slice(0, trigger.end + HEDGE_REACH);
  return lexicon.hedges.test(scope);
}

// Hong Kong and Macau stand beside the mainland in reporting on it ("redirected google.cn to
// its Hong Kong site"); naming them does not move a story abroad.
const SPECIAL_REGIONS = new Set(["HK", "MO"]);
const abroad = (place: { readonly code: string }) => !SPECIAL_REGIONS.has(place.code);

// How far from "the Great Firewall" a word for getting round it is read: "VPN apps that let
// users get around the", "um die Große Firewall zu umgehen".
const CIRCUMVENT_REACH = 60;

/** "Apps to get around the Great Firewall" name the apparatus without reporting a block. */
function circumvented(folded: string, trigger: Trigger, lexicon: CompiledLexicon): boolean {
  return (
    lexicon.circumvent.test(
      folded.slice(Math.max(0, trigger.start - CIRCUMVENT_REACH), trigger.start),
    ) || lexicon.circumvent.test(folded.slice(trigger.end, trigger.end + CIRCUMVENT_REACH))
  );
}

/** A sentence that only adds "it takes effect on 25 September" completes the event before it. */
// How long after a move a follow-up sentence's date can still be when it takes effect.
const FOLLOW_UP_REACH = 3 * 366 * 86_400_000;

// A follow-up completes the move told just before it, at most two paragraphs on.
const FOLLOW_UP_PARAGRAPHS = 2;

function attachFollowUp(
  f: SentenceFacts,
  facts: readonly SentenceFacts[],
  drafts: { draft: EventDraft; role: StoryRole; at: number }[],
  gazetteer: Gazetteer,
): void {
  const lastEntry = drafts[drafts.length - 1];
  const effective = best(f.dates.filter((d) => d.effective && !d.dateline && !d.launch));
  if (!lastEntry || !effective || lastEntry.draft.effective) return;
  // "Dal 2015 il governo richiede una licenza": a bare year is when a rule began, not the day
  // a move takes effect.
  if (parseEdtf(effective.value)?.precision === "year") return;
  const told = facts[lastEntry.at]?.sentence.paragraph ?? 0;
  if (f.sentence.paragraph - told > FOLLOW_UP_PARAGRAPHS) return;
  // "In Russia, a law bans them from 1 November" is another country's calendar.
  const { china, places } = f.geography();
  if (places.length > 0 && china.length === 0) return;
  const last = lastEntry.draft;
  const named = dropParents(f.companies, gazetteer).map((m) => m.id);
  // "Intel and AMD chips are banned… The ban takes effect in March": every company of the move
  // the sentence follows.
  const move = drafts.filter((e) => e.at === lastEntry.at && e.draft.type === last.type);
  if (named.length && !move.some((e) => named.some((id) => e.draft.companies.includes(id)))) return;
  // A move of 2010 does not take effect in 2022: a date that far on is another matter.
  const from = last.date ? parseEdtf(last.date) : null;
  const to = parseEdtf(effective.value);
  if (from && to && to.min - from.max > FOLLOW_UP_REACH) return;
  drafts.forEach((entry, i) => {
    if (!move.includes(entry) || entry.draft.effective) return;
    drafts[i] = {
      ...entry,
      draft: {
        ...entry.draft,
        effective: effective.value,
        basis: { ...entry.draft.basis, effective: `'${effective.expression}' in the text` },
      },
    };
  });
}

/** The company the article is about: named most in its headline and lead. */
function mainCompany(
  facts: readonly SentenceFacts[],
  roles: readonly StoryRole[],
  gazetteer: Gazetteer,
): string | null {
  const counts = new Map<string, number>();
  facts.forEach((f, i) => {
    const weight = f.headline ? 3 : roles[i] === "lead" ? 2 : 1;
    for (const m of dropParents(f.companies, gazetteer))
      counts.set(m.id, (counts.get(m.id) ?? 0) + weight);
  });
  let chosen: string | null = null;
  let most = 0;
  for (const [id, count] of counts) if (count > most) [chosen, most] = [id, count];
  return chosen;
}
