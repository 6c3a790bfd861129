import type { EventType } from "../../model/eventType.ts";
import { foldedIndex } from "../../model/fold.ts";
import type { Trigger } from "../mentions/findTriggers.ts";
import type { CompanyMention } from "../mentions/gazetteer.ts";
import type { SentenceFacts } from "./readSentence.ts";

/** The Chinese companies a move involves. */
export interface ChineseParties {
  /** Whether any company of the move, the actor included, is Chinese. */
  readonly chineseParty: boolean;
  /** Where Chinese companies other than the actor are named (folded positions). */
  readonly chineseObject: readonly number[];
}

/**
 * Whether the move is in or toward the Chinese market. The place named nearest the phrase
 * must be China; a sentence naming no place may lean on the two before it; a stake, a supply
 * cut or a seller ban may instead involve a Chinese company, named nearer the phrase than any
 * other place ("stopped supplying Huawei, as a U.S. rule took effect").
 */
export function marketScope(
  f: SentenceFacts,
  trigger: Trigger,
  type: EventType,
  { chineseParty, chineseObject }: ChineseParties,
  inherited: boolean,
  homes: ReadonlySet<string | undefined>,
  mentions: readonly CompanyMention[],
): "explicit" | "context" | "none" {
  const { china } = f.geography();
  // "Der US-Konzern Priceline", "台湾積体電路製造": a company's own home, or a place inside its
  // name, says where the company is from, not where it moves.
  const spans = mentions.map((m) => [foldedIndex(f.folded, m.start), foldedIndex(f.folded, m.end)]);
  const places = f
    .geography()
    .places.filter(
      (p) => !homes.has(p.code) && !spans.some(([a = 0, b = 0]) => p.at >= a && p.at < b),
    );
  const distance = (at: number) =>
    at < trigger.start ? trigger.start - at : Math.max(0, at - trigger.end);
  const nearChina = Math.min(...china.map(distance));
  const nearOther = Math.min(...places.map((p) => distance(p.at)));
  const partyCounts =
    type === "other" ||
    type === "divestment" ||
    type === "seller-ban" ||
    type === "partnership-cut" ||
    type === "sales-halt";
  if (china.length > 0 && nearChina <= nearOther) return "explicit";
  if (partyCounts && chineseParty && places.length === 0) return "explicit";
  if (partyCounts && Math.min(...chineseObject.map(distance)) < nearOther) return "explicit";
  if (inherited && places.length === 0) return "context";
  return "none";
}
