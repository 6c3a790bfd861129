import type { EventType } from "../../model/eventType.ts";
import { foldedIndex } from "../../model/fold.ts";
import type { Trigger } from "../mentions/findTriggers.ts";
import type { CompanyMention } from "../mentions/gazetteer.ts";
import type { SentenceFacts } from "./readSentence.ts";

/**
 * Whether the move is in or toward the Chinese market. The place named nearest the phrase
 * must be China; a sentence naming no place may lean on the two before it; a stake or a
 * seller ban may instead involve a Chinese company.
 */
export function marketScope(
  f: SentenceFacts,
  trigger: Trigger,
  type: EventType,
  chineseParty: boolean,
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
  if (inherited && places.length === 0) return "context";
  return "none";
}
