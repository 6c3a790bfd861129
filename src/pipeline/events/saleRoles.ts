import type { EventType } from "../../model/eventType.ts";
import type { CompiledLexicon } from "../mentions/compileLexicon.ts";
import type { Trigger } from "../mentions/findTriggers.ts";
import type { CompanyMention } from "../mentions/gazetteer.ts";
import type { MentionsAround } from "./namedActor.ts";

// How far before a company a buyer's marker may start ("to South Korea's ").
const BUYER_REACH = 40;

/** Who sells and who buys in a sale, as far as the words around the move say. */
export interface SaleRoles {
  /** The companies around the move without those the sale goes to. */
  readonly withoutBuyers: (around: MentionsAround) => MentionsAround;
  /** The sentence names a company the sale goes to. */
  readonly bought: boolean;
  /** The seller a phrase told from the buyer's side names right after itself. */
  readonly seller: CompanyMention | undefined;
}

/**
 * "It agreed to sell its NAND arm to South Korea's SK Hynix": the company a sale goes to is its
 * buyer, never its seller, whatever its country. "SK Hynix will acquire Intel's NAND business":
 * a phrase told from the buyer's side (`ActionRule.sellerAfter`) names the seller after it.
 */
export function saleRoles(
  type: EventType,
  trigger: Trigger,
  lexicon: CompiledLexicon,
  around: {
    readonly text: string;
    readonly mentions: readonly CompanyMention[];
    readonly inside: readonly CompanyMention[];
    readonly after: readonly CompanyMention[];
    readonly at: (mention: CompanyMention) => number;
  },
): SaleRoles {
  const { text, at } = around;
  const buyer = (m: CompanyMention) =>
    type === "divestment" &&
    at(m) >= trigger.end &&
    lexicon.buyerBefore.test(text.slice(Math.max(trigger.start, at(m) - BUYER_REACH), at(m)));
  const seller = trigger.sellerAfter
    ? [...around.inside, ...around.after]
        .sort((a, b) => at(a) - at(b))
        .find((m) => at(m) >= trigger.start)
    : undefined;
  return {
    withoutBuyers: ({ mentions, before, inside, after }) => ({
      mentions,
      before: before.filter((m) => !buyer(m)),
      inside: inside.filter((m) => !buyer(m)),
      after: after.filter((m) => !buyer(m)),
    }),
    bought: around.mentions.some(buyer),
    seller,
  };
}
