import { parseEdtf, type EdtfDate } from "../../model/edtf.ts";
import type { EventDraft } from "./eventDraft.ts";
import { findLeadTime } from "./leadTime.ts";
import type { SentenceFacts } from "./readSentence.ts";
import { isCurrent, type NewsTime, type StoryRole } from "./storyRoles.ts";

/**
 * Folds the story's restatements of the main event into it, dates the main event in news
 * time, and keeps background moves as passing mentions with their own dates.
 */
export function tellStory(
  drafts: readonly { draft: EventDraft; role: StoryRole; at: number }[],
  facts: readonly SentenceFacts[],
  roles: readonly StoryRole[],
  time: NewsTime,
  spaced: boolean,
): EventDraft[] {
  const primaries: EventDraft[] = [];
  const headlineOnly: boolean[] = [];
  const passing: EventDraft[] = [];
  // Which passing mention each draft became, so the story's news can be taken back out.
  const passingOf = new Map<(typeof drafts)[number], number>();
  const undated = (d: EventDraft) => d.date === null && d.effective === null;
  // Whether the lead gave a time of the present before a sentence: that time is the news's.
  const timedBefore = (at: number) =>
    facts
      .slice(0, at)
      .some(
        (f, i) => roles[i] === "lead" && f.dates.some((d) => !d.dateline && isCurrent(d, time)),
      );
  for (const entry of drafts) {
    const { draft, role, at } = entry;
    if (role === "lead") {
      // A headline's "leaves China" is often the lead's "stops offering its service": the
      // lead's first report of the same company's move says precisely what the move is.
      // "Acacia freezes business with ZTE": where the headline named only the other party, the
      // lead names the actor beside it.
      const headline =
        at > 0
          ? primaries.findIndex(
              (p, i) =>
                headlineOnly[i] &&
                (closeMoves(p, draft) ||
                  (p.type === draft.type &&
                    PARTY_MOVES.has(p.type) &&
                    draft.companies.slice(1).includes(p.companies[0] ?? ""))),
            )
          : -1;
      const replaced = primaries[headline];
      if (replaced) {
        primaries[headline] = {
          ...draft,
          primary: true,
          effective: draft.effective ?? replaced.effective,
          basis: { ...replaced.basis, ...draft.basis },
          // "台積電斷供海思" over "即日起不再出貨": the headline may be the only one to name
          // the other party.
          ...(draft.counterparty === null
            ? {
                counterparty: replaced.counterparty,
                companies: [...new Set([...draft.companies, ...replaced.companies.slice(1)])],
                named: [...(draft.named ?? []), ...(replaced.named ?? [])],
              }
            : {}),
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
          (daysApart(p.date, draft.date) <= SAME_MOVE_DAYS || (undated(p) && !timedBefore(at))),
      );
      const earlier = primaries[same];
      // "Naver is blocked in China. Since yesterday afternoon its services cannot be reached":
      // the lead's first report gave no time, and none came before, so the next one dates it.
      if (earlier && undated(earlier)) {
        primaries[same] = {
          ...earlier,
          date: draft.date,
          effective: draft.effective,
          basis: { ...earlier.basis, ...draft.basis },
          counterparty: earlier.counterparty ?? draft.counterparty,
        };
        continue;
      }
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
    // "Google and Facebook are already shut out there": a standing state told with no date at
    // all is no move on the timeline.
    const standing = role === "background" && facts[at]?.timed === false;
    if (!target && standing && !draft.date && !draft.effective) continue;
    if (target) {
      primaries[same] = {
        ...target,
        effective: target.effective ?? draft.effective,
        basis: { ...draft.basis, ...target.basis },
        counterparty: target.counterparty ?? draft.counterparty,
      };
    } else passingOf.set(entry, passing.push({ ...draft, primary: false }) - 1);
  }
  // "China said it would bar operators from buying… The regulator said operators must stop
  // buying Micron's products": where the lead reports no move the text can read, the story's
  // first move in the present is its news.
  // Only a move by a company the headline or lead names: others are the story's setting.
  const named = new Set(
    facts.flatMap((f, at) => (roles[at] === "lead" ? f.companies.map((c) => c.id) : [])),
  );
  const news =
    primaries.length === 0
      ? drafts.find(
          (d) =>
            d.role === "story" &&
            named.has(d.draft.companies[0] ?? "") &&
            // Undated in an undated article, it may be the setting: "Facebook is blocked there".
            (time.published !== null || d.draft.date !== null || d.draft.effective !== null),
        )
      : undefined;
  if (news) {
    primaries.push({ ...news.draft, primary: true });
    headlineOnly.push(false);
    const taken = passingOf.get(news);
    if (taken !== undefined) passing.splice(taken, 1);
  }
  const leadTime = findLeadTime(facts, roles, time, spaced, new Set(drafts.map((d) => d.at)));
  const inLead = new Set(
    facts.flatMap((f, at) => (at > 0 && roles[at] === "lead" ? f.companies.map((c) => c.id) : [])),
  );
  const dated = withoutPrecedents(primaries, headlineOnly, passing, inLead).map((p): EventDraft => {
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
  // date every date the text gives resolves, so one without a date never will. "In July it
  // said it would stop shipping after 14 September" retells the main event's own move: its
  // announcement and taking effect are one event, which keeps the main event's dates.
  const placed = (time.published ? passing.filter((d) => d.date || d.effective) : passing).filter(
    (d) => !dated.some((p) => closeOrSame(p, d) && datesMeet(p, d)),
  );
  return [...dated, ...placed];
}

/**
 * "Clubhouse joins Facebook and Twitter behind the firewall": a headline names older moves to
 * compare the news with. A move only the headline reports, by a company other than the one the
 * lead reports on and does not name, is such a precedent when the text dates the same
 * company's like move elsewhere: it is kept there, with its own date, and not as news.
 */
function withoutPrecedents(
  primaries: readonly EventDraft[],
  headlineOnly: readonly boolean[],
  passing: readonly EventDraft[],
  inLead: ReadonlySet<string>,
): EventDraft[] {
  const reported = new Set(primaries.filter((_, i) => !headlineOnly[i]).map((p) => p.companies[0]));
  return primaries.filter(
    (p, i) =>
      !headlineOnly[i] ||
      reported.size === 0 ||
      reported.has(p.companies[0]) ||
      inLead.has(p.companies[0] ?? "") ||
      !passing.some(
        (d) =>
          (d.date || d.effective) &&
          d.companies[0] === p.companies[0] &&
          (d.type === p.type || closeMoves(d, p)),
      ),
  );
}

// Two dates of one move reported in the lead: the announcement and the taking effect.
const SAME_MOVE_DAYS = 7;
// A background sentence's date for the main event's move, given a day apart from the lead's.
const RETOLD_DAYS = 2;
const DAY = 86_400_000;

function daysApart(a: EdtfDate | null, b: EdtfDate | null): number {
  const x = a ? parseEdtf(a) : null;
  const y = b ? parseEdtf(b) : null;
  // Only days can be told apart this finely.
  if (!x || !y || x.precision !== "day" || y.precision !== "day") return Infinity;
  return Math.max(0, Math.max(x.min - y.max, y.min - x.max)) / DAY;
}

// Moves with another party, whom a headline may name in the actor's place.
const PARTY_MOVES = new Set(["partnership-cut", "sales-halt"]);
// Moves a headline may name loosely for what the lead reports precisely.
const CLOSE = new Set(["exit", "shutdown", "sales-halt", "restriction", "blocked"]);

function closeOrSame(a: EventDraft, b: EventDraft): boolean {
  return a.companies[0] === b.companies[0] && (a.type === b.type || closeMoves(a, b));
}

function datesMeet(a: EventDraft, b: EventDraft): boolean {
  const dates = (d: EventDraft) => [d.date, d.effective];
  return dates(a).some((x) => dates(b).some((y) => daysApart(x, y) <= RETOLD_DAYS));
}

function closeMoves(a: EventDraft, b: EventDraft): boolean {
  if (a.companies[0] !== b.companies[0]) return false;
  if (CLOSE.has(a.type) && CLOSE.has(b.type)) return true;
  // "Halts chip shipments to Huawei" over "stopped supplying Huawei": one supply cut. "Its games
  // go dark in China" over "its licences with NetEase lapse": the services that stop with a
  // partner's licence are that cut.
  const types = new Set([a.type, b.type]);
  return types.has("partnership-cut") && (types.has("sales-halt") || types.has("shutdown"));
}
