import { foldedIndex, type FoldedText } from "../../model/fold.ts";
import type { CompiledLexicon } from "../mentions/compileLexicon.ts";
import type { Trigger } from "../mentions/findTriggers.ts";
import type { CompanyMention, Gazetteer } from "../mentions/gazetteer.ts";

const CHINA = "CN";

/**
 * Whether a sale phrase that is a move only toward a Chinese buyer (`ActionRule.buyerChinese`)
 * is one: it sells a business, a unit named by its own name or a business noun ("sell its PC
 * division", "sell Motorola Mobility"), to a Chinese company or a buyer named as Chinese.
 * "Licences to sell laptop chips to Huawei" sells goods.
 */
export function saleToChineseBuyer(
  folded: FoldedText,
  trigger: Trigger,
  companies: readonly CompanyMention[],
  lexicon: CompiledLexicon,
  gazetteer: Gazetteer,
): boolean {
  const text = folded.text;
  const at = (m: CompanyMention) => foldedIndex(folded, m.start);
  const inside = companies.filter((m) => at(m) >= trigger.start && at(m) < trigger.end);
  const after = companies.filter((m) => at(m) >= trigger.end);
  const business = inside.length > 0 || BUSINESS_NOUN.test(text.slice(trigger.start, trigger.end));
  return business && chineseBuyer(text, trigger, after, at, lexicon, gazetteer);
}

// How far past a sale's "to" its buyer, or the word naming it Chinese, may stand.
const BUYER_REACH = 40;

/** "…to Lenovo", "au chinois Midea", "an Investoren aus China": the buyer is Chinese. */
function chineseBuyer(
  text: string,
  trigger: Trigger,
  after: readonly CompanyMention[],
  at: (mention: CompanyMention) => number,
  lexicon: CompiledLexicon,
  gazetteer: Gazetteer,
): boolean {
  const buyer = after[0];
  const near = buyer !== undefined && at(buyer) - trigger.end <= BUYER_REACH;
  if (near && gazetteer.companies.get(buyer.id)?.country === CHINA) return true;
  // A buyer the gazetteer lacks is named as a Chinese company or investor: "al gruppo cinese
  // TPV", "an Investoren aus China"; "to Chinese consumers" are customers, not a buyer.
  const span = text.slice(trigger.end, trigger.end + BUYER_REACH);
  lexicon.china.lastIndex = 0;
  return (
    !near && lexicon.china.test(span) && (lexicon.companyBefore.test(span) || BUYER_NOUN.test(span))
  );
}

// What is sold when it is a business, in the Latin-script languages, folded: a unit, a stake,
// a plant. "Sell chips to Huawei" is supply; "sell its PC division to Lenovo" a divestment.
const BUSINESS_NOUN =
  /(?:business|activit|division|divisi|sparte|unit|unidad|unita|filial|subsidiar|dochter|onderde|dzia|spolk|geschaft|branche|branch|quot|parts|stake|particip|aandel|anteil|beteiligung|accion|azion|share|operation|operacion|werk|fabri|plant|factor|usine|stabiliment|joint venture)/u;

// Nouns for a buyer in the Latin-script languages, folded: groups, firms, investors, funds.
const BUYER_NOUN =
  /(?:group|grup|konzern|koncern|concern|firm|company|societ|empresa|entreprise|bedrijf|spolk|invest|consorti|fund|fonds)/u;
