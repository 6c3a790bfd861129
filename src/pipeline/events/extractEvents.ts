import { parseEdtf, precisionRank, type EdtfDate } from "../../model/edtf.ts";
import type { EventType } from "../../model/eventType.ts";
import type { ArticleLayout } from "../read/articleLayout.ts";
import type { CompiledLexicon } from "../mentions/compileLexicon.ts";
import type { CountryNames } from "../mentions/countryNames.ts";
import type { EventDraft } from "./eventDraft.ts";
import { findDates } from "../time/findDates.ts";
import { foldText, type FoldedText } from "../../model/fold.ts";
import type { CompanyMention, Gazetteer } from "../mentions/gazetteer.ts";
import { resolveMention, toParts, type CalendarParts } from "../time/resolveDate.ts";
import { detach } from "../detach.ts";
import { splitSentences, type Sentence } from "../read/sentences.ts";

/** What extraction needs besides the article. */
export interface ExtractionContext {
  readonly lexicon: CompiledLexicon;
  readonly gazetteer: Gazetteer;
  readonly countries: CountryNames;
}

interface Trigger {
  readonly type: EventType;
  readonly start: number;
  readonly end: number;
  readonly what: string | null;
}

interface DatedMention {
  readonly start: number;
  readonly value: EdtfDate;
  readonly effective: boolean;
}

interface Geography {
  /** Positions of China mentions. */
  readonly china: readonly number[];
  /** Other countries named. */
  readonly places: readonly { readonly code: string; readonly at: number }[];
}

interface SentenceFacts {
  readonly sentence: Sentence;
  readonly folded: FoldedText;
  readonly headline: boolean;
  readonly companies: readonly CompanyMention[];
  /** Where China and other countries are named (folded positions); read only when needed. */
  readonly geography: () => Geography;
  readonly dates: readonly DatedMention[];
}

const CHINA = "CN";
// How far past a "close" phrase a merchant noun may sit for the closure to be a seller ban.
const MERCHANT_REACH = 60;

/**
 * Finds every event an article reports: sentence by sentence, a lexicon phrase for a move,
 * a company from the gazetteer, China as the market, and the dates around them.
 */
export function extractEvents(
  layout: ArticleLayout,
  published: EdtfDate | null,
  context: ExtractionContext,
): EventDraft[] {
  const { lexicon, gazetteer } = context;
  const anchor = toParts(published);
  const sentences: Sentence[] = [
    { text: layout.headline, offset: layout.headlineOffset, paragraph: -1 },
    ...splitSentences(layout.body, lexicon.language),
  ];
  let previous: CalendarParts | null = null;
  const facts = sentences.map((sentence, index) => {
    const f = readSentence(sentence, index === 0, context, anchor, () => previous);
    const last = f.dates[f.dates.length - 1];
    if (last) previous = toParts(last.value);
    return f;
  });
  const main = mainCompany(facts, gazetteer);

  const drafts: EventDraft[] = [];
  let lastCompany: string | null = null;
  facts.forEach((f, index) => {
    const folded = f.folded.text;
    const triggers =
      f.headline || !lexicon.hedges.test(folded) ? findTriggers(folded, lexicon) : [];
    const inherited =
      triggers.length > 0 &&
      f.geography().places.length === 0 &&
      facts
        .slice(Math.max(0, index - 2), index)
        .some((p) => p.geography().china.length > 0 && p.geography().places.length === 0);
    let actor: string | null = null;
    const found = triggers
      .map((t) => buildDraft(f, t, triggers, { main, lastCompany, inherited, anchor }, context))
      .filter((d) => d !== null);
    for (const draft of withinExits(found)) {
      drafts.push(draft);
      actor = draft.companies[0] ?? actor;
    }
    if (triggers.length === 0) attachFollowUp(f, drafts, gazetteer);
    // "The company" in the next sentence is the one that just acted, else the one last named.
    lastCompany = actor ?? f.companies[f.companies.length - 1]?.id ?? lastCompany;
  });
  return drafts;
}

function readSentence(
  sentence: Sentence,
  headline: boolean,
  { lexicon, gazetteer, countries }: ExtractionContext,
  published: CalendarParts | null,
  previous: () => CalendarParts | null,
): SentenceFacts {
  const folded = foldText(sentence.text);
  let geography: Geography | null = null;
  // Country names are the costliest match; only sentences near a move need them.
  const readGeography = (): Geography => {
    if (geography) return geography;
    const china = [...folded.text.matchAll(lexicon.china)].map((m) => m.index);
    const places: { code: string; at: number }[] = [];
    for (const m of folded.text.matchAll(countries.regex)) {
      const first = sentence.text[folded.origin[m.index] ?? 0] ?? "";
      if (countries.proper.has(m[0]) && first !== first.toUpperCase()) continue;
      const code = countries.codes.get(m[0]);
      if (code === CHINA) china.push(m.index);
      else if (code) places.push({ code, at: m.index });
    }
    geography = { china: china.sort((a, b) => a - b), places };
    return geography;
  };
  const dates: DatedMention[] = [];
  for (const mention of findDates(folded, sentence.text, lexicon.dates, lexicon.monthFirst)) {
    const value = resolveMention(
      mention,
      published,
      dates.length ? toParts(dates[dates.length - 1]?.value ?? null) : previous(),
    );
    if (!value) continue;
    const marked =
      lexicon.effectiveBefore.test(
        folded.text.slice(Math.max(0, mention.start - 40), mention.start),
      ) || lexicon.effectiveAfter.test(folded.text.slice(mention.end, mention.end + 24));
    const extent = parseEdtf(value);
    const publishedMax = published ? parseEdtf(fromAnchor(published))?.max : undefined;
    const future = extent !== null && publishedMax !== undefined && extent.min > publishedMax;
    dates.push({ start: mention.start, value, effective: marked || future });
  }
  return {
    sentence,
    folded,
    headline,
    companies: gazetteer.find(sentence.text, folded),
    geography: readGeography,
    dates,
  };
}

function fromAnchor(parts: CalendarParts): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return [
    String(parts.year),
    parts.month && pad(parts.month),
    parts.month && parts.day && pad(parts.day),
  ]
    .filter(Boolean)
    .join("-");
}

function findTriggers(folded: string, lexicon: CompiledLexicon): Trigger[] {
  const found: Trigger[] = [];
  if (!lexicon.anyAction.test(folded)) return found;
  for (const { rule, regex } of lexicon.actions) {
    for (const m of folded.matchAll(regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((t) => t.start < end && start < t.end)) continue;
      found.push({ type: rule.type, start, end, what: rule.what ?? null });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

interface DraftContext {
  readonly main: string | null;
  readonly lastCompany: string | null;
  readonly inherited: boolean;
  readonly anchor: CalendarParts | null;
}

function buildDraft(
  f: SentenceFacts,
  trigger: Trigger,
  all: readonly Trigger[],
  { main, lastCompany, inherited }: DraftContext,
  context: ExtractionContext,
): EventDraft | null {
  const { lexicon, gazetteer } = context;
  const text = f.folded.text;
  const next = all.find((t) => t.start > trigger.start);
  const at = (mention: CompanyMention) => foldedIndex(f.folded, mention.start);
  const mentions = dropParents(f.companies, gazetteer);
  const country = (id: string) => gazetteer.companies.get(id)?.country;
  let type = trigger.type;
  if (type === "shutdown") {
    // Closing stores that belong to merchants, or to a named Chinese company, is a platform
    // banning sellers, not a shutdown of its own.
    const reachEnd = Math.min(next?.start ?? Infinity, trigger.end + MERCHANT_REACH);
    const owner = mentions.some(
      (m) => at(m) >= trigger.end && at(m) < reachEnd && country(m.id) === CHINA,
    );
    const firstBefore = mentions.filter((m) => at(m) < trigger.start).pop();
    const foreignActor = firstBefore !== undefined && country(firstBefore.id) !== CHINA;
    if (lexicon.merchant.test(text.slice(trigger.end, reachEnd)) || (owner && foreignActor))
      type = "seller-ban";
  }
  const before = mentions.filter((m) => at(m) < trigger.start);
  const after = mentions.filter((m) => at(m) >= trigger.end && (!next || at(m) < next.start));
  const nearest = (list: readonly CompanyMention[]) =>
    [...list].sort((a, b) => Math.abs(at(a) - trigger.start) - Math.abs(at(b) - trigger.start))[0];

  // "La société a déclaré sur WeChat que…": a subject anaphor before any company is the actor.
  const anaphor = lexicon.anaphors.exec(text);
  const subjectAnaphor =
    anaphor !== null &&
    anaphor.index < trigger.start &&
    mentions.every((m) => at(m) > anaphor.index);
  let actor: CompanyMention | undefined;
  if (subjectAnaphor && type !== "blocked") actor = undefined;
  else if (type === "blocked") actor = nearest(mentions);
  else if (type === "seller-ban")
    actor =
      nearest(before.filter((m) => country(m.id) !== CHINA)) ??
      nearest(before) ??
      nearest(after.filter((m) => country(m.id) !== CHINA));
  else actor = nearest(before) ?? nearest(after);
  // "Aukey was removed from the platform": a seller ban naming only the Chinese seller was
  // done by the platform the text was just talking about.
  if (
    type === "seller-ban" &&
    actor &&
    country(actor.id) === CHINA &&
    lastCompany &&
    country(lastCompany) !== CHINA
  ) {
    actor = undefined;
  }
  let actorId = actor?.id ?? null;
  let explicit = true;
  if (!actorId) {
    actorId = anaphor || type === "seller-ban" ? (lastCompany ?? main) : f.headline ? main : null;
    explicit = false;
  }
  if (!actorId) return null;

  const others = (type === "seller-ban" ? mentions : after).filter(
    (m) => m.id !== actorId && m !== actor,
  );
  const wantsChinese = type === "other" || type === "seller-ban" || type === "divestment";
  const targets =
    type === "blocked" ||
    type === "exit" ||
    type === "restriction" ||
    type === "sales-halt" ||
    type === "shutdown"
      ? []
      : wantsChinese && others.some((m) => country(m.id) === CHINA)
        ? others.filter((m) => country(m.id) === CHINA)
        : others.slice(0, 1);
  const targetIds = [...new Set(targets.map((m) => m.id))];
  const counterparty = targetIds.length
    ? targetIds.map((id) => gazetteer.companies.get(id)?.name ?? id).join(" and ")
    : type === "seller-ban" ||
        type === "partnership-cut" ||
        type === "other" ||
        type === "divestment"
      ? properName(f.sentence.text, f.folded, trigger.end, next?.start, (name) =>
          isPlace(name, lexicon, context.countries),
        )
      : null;

  const chineseParty = [actorId, ...targetIds].some((id) => country(id) === CHINA);
  const scope = marketScope(f, trigger, type, chineseParty, inherited);
  if (scope === "none") return null;

  // "Amazon announced on Thursday that it would close X and stop Y": the announcement date
  // covers both moves; a date the text marks as effective belongs to the move nearest it.
  const date = best(f.dates.filter((d) => !d.effective));
  const effective = best(
    f.dates.filter((d) => d.effective && nearestTrigger(d.start, all) === trigger),
  );
  const mainland = lexicon.mainland.test(text);
  const placeCodes = f.geography().places.map((p) => p.code);
  const companies = [actorId, ...targetIds.filter((id) => id !== actorId)];
  const countries = new Set([CHINA, ...placeCodes, ...companies.map((id) => country(id) ?? CHINA)]);
  const confidence =
    0.45 +
    (explicit ? 0.2 : 0.05) +
    (scope === "explicit" ? 0.15 : 0.05) +
    (date || effective ? 0.1 : 0) +
    (f.headline ? 0.05 : 0);
  return {
    type,
    companies,
    counterparty,
    date,
    effective,
    countries: [...countries].sort(),
    evidence: detach(f.sentence.text),
    primary: f.headline,
    confidence: Math.min(0.95, Number(confidence.toFixed(2))),
    what:
      type !== trigger.type
        ? "sellers"
        : (trigger.what ?? serviceLabel(text.slice(trigger.start, trigger.end), lexicon)),
    mainland,
    curated: {},
    origin: "extracted",
  };
}

/**
 * Whether the move is in or toward the Chinese market. The place named nearest the phrase
 * must be China; a sentence naming no place may lean on the two before it; a stake or a
 * seller ban may instead involve a Chinese company.
 */
function marketScope(
  f: SentenceFacts,
  trigger: Trigger,
  type: EventType,
  chineseParty: boolean,
  inherited: boolean,
): "explicit" | "context" | "none" {
  const { china, places } = f.geography();
  const distance = (at: number) =>
    at < trigger.start ? trigger.start - at : Math.max(0, at - trigger.end);
  const nearChina = Math.min(...china.map(distance));
  const nearOther = Math.min(...places.map((p) => distance(p.at)));
  const partyCounts =
    type === "other" ||
    type === "divestment" ||
    type === "seller-ban" ||
    type === "partnership-cut";
  if (china.length > 0 && nearChina <= nearOther) return "explicit";
  if (partyCounts && chineseParty && places.length === 0) return "explicit";
  if (type === "other" || type === "divestment") return "none";
  if (inherited && places.length === 0) return "context";
  return "none";
}

function serviceLabel(phrase: string, lexicon: CompiledLexicon): string | null {
  const hit = lexicon.services.find((s) => s.regex.test(phrase));
  return hit ? `its ${hit.label}` : null;
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
      return [
        {
          ...d,
          date: d.date ?? parts.find((o) => o.date)?.date ?? null,
          effective: d.effective ?? parts.find((o) => o.effective)?.effective ?? null,
        },
      ];
    }
    return absorbed.has(d.type) && exits.some((e) => e.companies[0] === d.companies[0]) ? [] : [d];
  });
}

function nearestTrigger(at: number, triggers: readonly Trigger[]): Trigger | undefined {
  return [...triggers].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

function best(dates: readonly DatedMention[]): EdtfDate | null {
  let chosen: DatedMention | null = null;
  for (const d of dates)
    if (!chosen || precisionRank(d.value) > precisionRank(chosen.value)) chosen = d;
  return chosen?.value ?? null;
}

/** A sentence that only adds "it takes effect on 25 September" completes the event before it. */
function attachFollowUp(f: SentenceFacts, drafts: EventDraft[], gazetteer: Gazetteer): void {
  const last = drafts[drafts.length - 1];
  const effective = best(f.dates.filter((d) => d.effective));
  if (!last || !effective || last.effective) return;
  const named = dropParents(f.companies, gazetteer).map((m) => m.id);
  if (named.length && !named.some((id) => last.companies.includes(id))) return;
  drafts[drafts.length - 1] = { ...last, effective };
}

function dropParents(mentions: readonly CompanyMention[], gazetteer: Gazetteer): CompanyMention[] {
  const ids = new Set(mentions.map((m) => m.id));
  const parents = new Set(
    [...ids].map((id) => gazetteer.companies.get(id)?.parent).filter(Boolean),
  );
  const seen = new Set<string>();
  return mentions.filter((m) => {
    if (parents.has(m.id) || seen.has(m.id)) return false;
    seen.add(m.id);
    return true;
  });
}

function mainCompany(facts: readonly SentenceFacts[], gazetteer: Gazetteer): string | null {
  const counts = new Map<string, number>();
  for (const f of facts)
    for (const m of dropParents(f.companies, gazetteer))
      counts.set(m.id, (counts.get(m.id) ?? 0) + (f.headline ? 2 : 1));
  let best: string | null = null;
  let bestCount = 0;
  for (const [id, count] of counts) if (count > bestCount) [best, bestCount] = [id, count];
  return best;
}

function foldedIndex(folded: FoldedText, original: number): number {
  const index = folded.origin.findIndex((o) => o >= original);
  return index === -1 ? folded.text.length : index;
}

// A run of capitalised words in any Latin-script sentence: "Shenzhen Youkeshu Technology".
const PROPER = /\p{Lu}[\p{L}\p{N}&.'-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'-]*|&|of|de))*/gu;

function isPlace(name: string, lexicon: CompiledLexicon, countries: CountryNames): boolean {
  const key = foldText(name).text;
  lexicon.china.lastIndex = 0;
  countries.regex.lastIndex = 0;
  return lexicon.china.test(key) || countries.regex.test(key);
}

function properName(
  text: string,
  folded: FoldedText,
  fromFolded: number,
  toFolded: number | undefined,
  excluded: (name: string) => boolean,
): string | null {
  const from = folded.origin[fromFolded] ?? text.length;
  const to = toFolded === undefined ? text.length : (folded.origin[toFolded] ?? text.length);
  for (const m of text.slice(from, to).matchAll(PROPER)) {
    const name = m[0].replace(/\s+(of|de)$/, "").trim();
    if (name.length >= 3 && /\s/.test(name) && !excluded(name)) return detach(name);
  }
  return null;
}
