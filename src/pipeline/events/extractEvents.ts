import { parseEdtf, type EdtfDate } from "../../model/edtf.ts";
import type { ArticleLayout } from "../read/articleLayout.ts";
import { findTriggers } from "../mentions/findTriggers.ts";
import type { Gazetteer } from "../mentions/gazetteer.ts";
import { splitSentences, type Sentence } from "../read/sentences.ts";
import { toParts, type CalendarParts } from "../time/resolveDate.ts";
import { best, buildDraft, dropParents } from "./buildDraft.ts";
import type { EventDraft } from "./eventDraft.ts";
import {
  readSentence,
  type DatedMention,
  type ExtractionContext,
  type SentenceFacts,
} from "./readSentence.ts";
import {
  isCurrent,
  isProse,
  newsTime,
  storyRoles,
  type NewsTime,
  type StoryRole,
} from "./storyRoles.ts";

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
    // A move needs an actor: a company named here, "the company", or the headline's subject.
    // Most sentences have none, and the move phrases are the costliest match.
    const actorable = f.headline || f.companies.length > 0 || lexicon.anaphors.test(folded);
    // Headlines hedge too: "Apple denies it will leave China" reports no move.
    // "Apple returns to China after the ban was lifted": where the sentence's move is an entry,
    // an exit phrase after it is what the entry overcame, not news.
    const entry = lexicon.entries.exec(folded);
    const triggers = (
      actorable && !lexicon.hedges.test(folded) ? findTriggers(folded, lexicon) : []
    ).filter((t) => entry === null || t.start < entry.index);
    // A sentence that names no place may lean on the two before it, and the lead on the
    // headline ("…: el silencio de Pekín tumba la compra").
    const inherited =
      triggers.length > 0 &&
      (facts
        .slice(Math.max(0, index - 2), index)
        .some((p) => p.geography().china.length > 0 && p.geography().places.length === 0) ||
        (role === "lead" && (facts[0]?.geography().china.length ?? 0) > 0));
    // The main story's dates are the present ones; an older year in a lead sentence is an aside.
    const usable: SentenceFacts =
      role === "lead" ? { ...f, dates: f.dates.filter((d) => isCurrent(d, time)) } : f;
    const basis = (d: DatedMention) => describeBasis(d, where(index), published);
    let actor: string | null = null;
    const found = triggers
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
    for (const draft of withinExits(found)) {
      drafts.push({ draft, role, at: index });
      actor = draft.companies[0] ?? actor;
    }
    if (triggers.length === 0 && role !== "background") attachFollowUp(f, drafts, gazetteer);
    // "The company" in the next sentence is the one that just acted, else the one last named.
    lastCompany = actor ?? f.companies[f.companies.length - 1]?.id ?? lastCompany;
  });
  return tellStory(drafts, facts, roles, time, lexicon.spaced);
}

/**
 * Folds the story's restatements of the main event into it, dates the main event in news
 * time, and keeps background moves as passing mentions with their own dates.
 */
function tellStory(
  drafts: readonly { draft: EventDraft; role: StoryRole; at: number }[],
  facts: readonly SentenceFacts[],
  roles: readonly StoryRole[],
  time: NewsTime,
  spaced: boolean,
): EventDraft[] {
  const primaries: EventDraft[] = [];
  const headlineOnly: boolean[] = [];
  const passing: EventDraft[] = [];
  for (const { draft, role, at } of drafts) {
    if (role === "lead") {
      // A headline's "leaves China" is often the lead's "stops offering its service": the
      // lead's first report of the same company's move says precisely what the move is.
      const headline =
        at > 0 ? primaries.findIndex((p, i) => headlineOnly[i] && closeMoves(p, draft)) : -1;
      const replaced = primaries[headline];
      if (replaced) {
        primaries[headline] = {
          ...draft,
          primary: true,
          effective: draft.effective ?? replaced.effective,
          basis: { ...replaced.basis, ...draft.basis },
          counterparty: draft.counterparty ?? replaced.counterparty,
        };
        headlineOnly[headline] = false;
        continue;
      }
      // "Google confirmed on Monday it had stopped… The service stopped working on Saturday":
      // the lead's second report of the same move, days apart, is when it took effect.
      const same = primaries.findIndex(
        (p, i) =>
          !headlineOnly[i] &&
          p.companies[0] === draft.companies[0] &&
          p.type === draft.type &&
          (p.counterparty === null || draft.counterparty === null) &&
          daysApart(p.date, draft.date) <= SAME_MOVE_DAYS,
      );
      const earlier = primaries[same];
      if (earlier) {
        const effective = earlier.effective ?? (draft.date !== earlier.date ? draft.date : null);
        primaries[same] = {
          ...earlier,
          effective: effective ?? draft.effective,
          basis: {
            ...earlier.basis,
            ...(earlier.effective || !effective
              ? {}
              : draft.basis.date
                ? { effective: draft.basis.date }
                : {}),
          },
          counterparty: earlier.counterparty ?? draft.counterparty,
        };
        continue;
      }
      primaries.push({ ...draft, primary: true });
      headlineOnly.push(at === 0);
      continue;
    }
    const same =
      role === "story"
        ? primaries.findIndex(
            (p) => p.companies[0] === draft.companies[0] && p.type === draft.type && !draft.date,
          )
        : -1;
    const target = primaries[same];
    if (target) {
      primaries[same] = {
        ...target,
        effective: target.effective ?? draft.effective,
        basis: { ...draft.basis, ...target.basis },
        counterparty: target.counterparty ?? draft.counterparty,
      };
    } else passing.push({ ...draft, primary: false });
  }
  const leadTime = findLeadTime(facts, roles, time, spaced);
  const dated = primaries.map((p): EventDraft => {
    if (p.date) return p;
    if (leadTime)
      return { ...p, date: leadTime.value, basis: { ...p.basis, date: leadTime.basis } };
    if (time.published)
      return {
        ...p,
        date: time.published,
        basis: { ...p.basis, date: `reported with no other time; published ${time.published}` },
      };
    return p;
  });
  // A passing mention is an event only where it can be placed in time: with a publication
  // date every date the text gives resolves, so one without a date never will.
  const placed = time.published ? passing.filter((d) => d.date || d.effective) : passing;
  return [...dated, ...placed];
}

/** The first date of the present that the lead states, for a main event reported without one. */
function findLeadTime(
  facts: readonly SentenceFacts[],
  roles: readonly StoryRole[],
  time: NewsTime,
  spaced: boolean,
): { value: EdtfDate; basis: string } | null {
  const found: { date: DatedMention; at: number; prose: boolean }[] = [];
  facts.forEach((f, at) => {
    if (roles[at] !== "lead") return;
    const prose = at === 0 || isProse(f.sentence.text, spaced);
    // "Since Wednesday" is marked like an effective date, but in the past it is the news.
    for (const date of f.dates)
      if (
        isCurrent(date, time) &&
        (!date.effective || (date.deictic && notAfter(date.value, time.published)))
      )
        found.push({ date, at, prose });
  });
  // "Said on Friday" dates the news; a bare date on a byline line is when it was written.
  const chosen =
    found.find((c) => c.date.against === "publication") ?? found.find((c) => c.prose) ?? found[0];
  if (!chosen) return null;
  return {
    value: chosen.date.value,
    basis: describeBasis(chosen.date, chosen.at === 0 ? "headline" : "lead", time.published),
  };
}

// Two dates of one move reported in the lead: the announcement and the taking effect.
const SAME_MOVE_DAYS = 7;
const DAY = 86_400_000;

function daysApart(a: EdtfDate | null, b: EdtfDate | null): number {
  const x = a ? parseEdtf(a) : null;
  const y = b ? parseEdtf(b) : null;
  // Only days can be told apart this finely.
  if (!x || !y || x.precision !== "day" || y.precision !== "day") return Infinity;
  return Math.max(0, Math.max(x.min - y.max, y.min - x.max)) / DAY;
}

function notAfter(value: EdtfDate, published: EdtfDate | null): boolean {
  const extent = parseEdtf(value);
  const reference = published ? parseEdtf(published) : null;
  return extent !== null && reference !== null && extent.max <= reference.max;
}

/** "'on Sunday' in the lead; published 2019-05-20". */
function describeBasis(date: DatedMention, where: string, published: EdtfDate | null): string {
  const words = `'${date.expression}' in the ${where}`;
  if (date.against === "publication" && published) return `${words}; published ${published}`;
  if (date.against === "previous") return `${words}, counted from the date before it`;
  return words;
}

// Moves a headline may name loosely for what the lead reports precisely.
const CLOSE = new Set(["exit", "shutdown", "sales-halt", "restriction", "blocked"]);

function closeMoves(a: EventDraft, b: EventDraft): boolean {
  return a.companies[0] === b.companies[0] && CLOSE.has(a.type) && CLOSE.has(b.type);
}

/**
 * "Airbnb will stop offering stays in China, in effect closing its business": leaving a market
 * includes stopping sales and closing services there, so one sentence reports one exit.
 */
function withinExits(drafts: readonly EventDraft[]): EventDraft[] {
  const exits = drafts.filter((d) => d.type === "exit");
  if (exits.length === 0) return [...drafts];
  const absorbed = new Set(["sales-halt", "shutdown", "restriction"]);
  return drafts.flatMap((d) => {
    if (d.type === "exit") {
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
    return absorbed.has(d.type) && exits.some((e) => e.companies[0] === d.companies[0]) ? [] : [d];
  });
}

/** A sentence that only adds "it takes effect on 25 September" completes the event before it. */
function attachFollowUp(
  f: SentenceFacts,
  drafts: { draft: EventDraft; role: StoryRole }[],
  gazetteer: Gazetteer,
): void {
  const lastEntry = drafts[drafts.length - 1];
  const effective = best(f.dates.filter((d) => d.effective && !d.dateline));
  if (!lastEntry || !effective || lastEntry.draft.effective) return;
  const last = lastEntry.draft;
  const named = dropParents(f.companies, gazetteer).map((m) => m.id);
  if (named.length && !named.some((id) => last.companies.includes(id))) return;
  drafts[drafts.length - 1] = {
    ...lastEntry,
    draft: {
      ...last,
      effective: effective.value,
      basis: { ...last.basis, effective: `'${effective.expression}' in the text` },
    },
  };
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
