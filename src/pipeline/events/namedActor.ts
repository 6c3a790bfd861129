import type { EventType } from "../../model/eventType.ts";
import type { CompanyMention } from "../mentions/gazetteer.ts";

const CHINA = "CN";

/** The companies of a sentence by where they stand to a move phrase. */
export interface MentionsAround {
  readonly mentions: readonly CompanyMention[];
  /** Named before the phrase (or, where the verb comes first, inside it). */
  readonly before: readonly CompanyMention[];
  readonly inside: readonly CompanyMention[];
  /** Named after the phrase, before the next one. */
  readonly after: readonly CompanyMention[];
}

/**
 * The company a move phrase is about, among those the sentence names, or undefined when the
 * move is another's the text was telling of.
 */
export function namedActor(
  type: EventType,
  { before, inside, after }: MentionsAround,
  nearest: (list: readonly CompanyMention[]) => CompanyMention | undefined,
  country: (id: string) => string | undefined,
  lastCompany: string | null,
): CompanyMention | undefined {
  const foreign = (list: readonly CompanyMention[]) => list.filter((m) => country(m.id) !== CHINA);
  // A block or a sale is news about the foreign company; a Chinese partner or buyer named
  // nearer the verb is the other party.
  // A company named after the next move phrase is that move's ("stopped loading…, and its app
  // can no longer be found in Apple's App Store").
  if (type === "blocked") {
    const own = [...before, ...inside, ...after];
    return nearest(foreign(own)) ?? nearest(own);
  }
  if (type === "divestment" || type === "partnership-cut")
    // "ARM da la espalda a Huawei", "cuts Huawei off": the Chinese party is the one cut off.
    // "Didi will buy Uber's China business": the seller may be named inside the phrase.
    return (
      nearest(foreign(before)) ??
      nearest(foreign([...inside, ...after])) ??
      nearest(before) ??
      nearest(after)
    );
  if (type === "seller-ban") {
    const actor = nearest(foreign(before)) ?? nearest(before) ?? nearest(foreign(after));
    // "Aukey was removed from the platform": a seller ban naming only the Chinese seller was
    // done by the platform the text was just talking about.
    const chineseSeller =
      actor && country(actor.id) === CHINA && lastCompany && country(lastCompany) !== CHINA;
    return chineseSeller ? undefined : actor;
  }
  // "Blizzard non rinnoverà gli accordi con NetEase… chiusura": the foreign company named
  // before the move is its actor, even when the Chinese partner stands nearer.
  return nearest(foreign(before)) ?? nearest(before) ?? nearest(after);
}
