import { foldedIndex, type FoldedText } from "../../model/fold.ts";
import type { Trigger } from "../mentions/findTriggers.ts";
import type { CompanyMention, Gazetteer } from "../mentions/gazetteer.ts";

const CHINA = "CN";
// How far past the phrase the supplier may stand: an article ("dropping the Huawei…"), no more;
// "shares dropped on Tuesday after Tencent's results" drops no supplier.
const SUPPLIER_REACH = 6;

/**
 * Whether a phrase that drops a supplier by what is done to its goods
 * (`ActionRule.supplierChinese`) drops a Chinese one: the company named inside the phrase
 * ("replace Huawei equipment") or right after it ("remplacer le matériel Huawei") is Chinese.
 */
export function chineseSupplier(
  folded: FoldedText,
  trigger: Trigger,
  companies: readonly CompanyMention[],
  gazetteer: Gazetteer,
): boolean {
  return companies.some((m) => {
    const at = foldedIndex(folded, m.start);
    return (
      at >= trigger.start &&
      at <= trigger.end + SUPPLIER_REACH &&
      gazetteer.companies.get(m.id)?.country === CHINA
    );
  });
}
