import type { EventType } from "../../model/eventType.ts";
import { foldedIndex, type FoldedText } from "../../model/fold.ts";
import type { CompiledLexicon } from "../mentions/compileLexicon.ts";
import type { Trigger } from "../mentions/findTriggers.ts";
import type { CompanyMention } from "../mentions/gazetteer.ts";
import { storeNouns } from "./storeNouns.ts";

const CHINA = "CN";
// App stores go by their English names in most languages' press.
const APP_STORE = /app[ -]?store|play[ -]?store|google play/u;
// How far past a "close" phrase a merchant noun may sit for the closure to be a seller ban.
const MERCHANT_REACH = 60;
// How far after a closed store its Chinese owner may be named.
const OWNER_REACH = 24;
// How far from a company's name its site may be named: "IBM China Research Institute".
const SITE_REACH = 40;

/**
 * The type a move phrase reports once its surroundings are read: closing other sellers'
 * stores is a seller ban, and a supply cut to merchants rather than a partner a sales halt.
 */
export function refineType(
  trigger: Trigger,
  next: Trigger | undefined,
  mentions: readonly CompanyMention[],
  at: (mention: CompanyMention) => number,
  text: string,
  lexicon: CompiledLexicon,
  country: (id: string) => string | undefined,
): EventType {
  const reachEnd = Math.min(next?.start ?? Infinity, trigger.end + MERCHANT_REACH);
  if (trigger.type === "shutdown") {
    // Closing stores that belong to merchants, or to a named Chinese company, is a platform
    // banning sellers, not a shutdown of its own.
    // The owner stands by the store ("the store of Huawei"); a partner further on ("the mall
    // it ran in China with Baidu") does not own it.
    const owner = mentions.some(
      (m) =>
        at(m) >= trigger.end &&
        at(m) < Math.min(reachEnd, trigger.end + OWNER_REACH) &&
        country(m.id) === CHINA,
    );
    const firstBefore = mentions.filter((m) => at(m) < trigger.start).pop();
    const foreignActor = firstBefore !== undefined && country(firstBefore.id) !== CHINA;
    // Only a store can belong to someone else; a closed service is the company's own.
    const stores = lexicon.services.find((s) => s.label === "store")?.regex;
    const store = stores?.test(text.slice(trigger.start, reachEnd)) ?? false;
    if (
      lexicon.merchant.test(text.slice(trigger.end, reachEnd)) ||
      (owner && foreignActor && store)
    )
      return "seller-ban";
  }
  // "Apple kommt dem Druck der Behörden nach, VPN-Apps aus dem App-Store zu entfernen": the
  // store's owner, named before the authorities, takes the apps down; the authorities only ask.
  if (
    trigger.type === "blocked" &&
    !trigger.undergone &&
    APP_STORE.test(text.slice(trigger.start, trigger.end)) &&
    mentions.some((m) => at(m) < trigger.start)
  )
    return "restriction";
  // "600 marchi cinesi … venduti da 3.000 venditori e bloccati": sellers blocked on a platform
  // are banned by it; a government blocks services, not merchants, save from its own purchases
  // ("struck from the list of approved suppliers").
  if (
    trigger.type === "blocked" &&
    trigger.what !== "government procurement" &&
    lexicon.merchant.test(text.slice(Math.max(0, trigger.start - MERCHANT_REACH), reachEnd))
  )
    return "seller-ban";
  // "Google pulled Cheetah's CM File Manager from its store": a store taking a Chinese maker's
  // apps down everywhere is a platform banning a Chinese seller. Taking them off its Chinese
  // store ("from its China App Store") limits that market instead.
  if (trigger.type === "restriction" && STORE_WHATS.has(trigger.what ?? "")) {
    const maker = mentions.some(
      (m) => at(m) > trigger.start && at(m) < reachEnd && country(m.id) === CHINA,
    );
    const firstBefore = mentions.filter((m) => at(m) < trigger.start).pop();
    const foreignActor = firstBefore !== undefined && country(firstBefore.id) !== CHINA;
    if (maker && foreignActor && !chineseStore(text, trigger, reachEnd, lexicon))
      return "seller-ban";
  }
  if (trigger.type === "partnership-cut") {
    // "Stopped supplying its e-readers to retailers": a supply cut that names no partner, only
    // merchants or customers, is a sales halt; a partnership needs a party.
    // "Cessé de fournir des liseuses Kindle aux revendeurs": the company's own product is not a party.
    const own = new Set(mentions.filter((m) => at(m) < trigger.start).map((m) => m.id));
    const party = mentions.some((m) => at(m) >= trigger.end && at(m) < reachEnd && !own.has(m.id));
    if (!party && lexicon.merchant.test(text.slice(trigger.end, reachEnd))) return "sales-halt";
  }
  return trigger.type;
}

// What the lexicons call a store's removal of apps.
const STORE_WHATS = new Set(["apps", "app store listings", "apps from its store"]);
// How near a store China must be named for the store to be China's: "China's App Store",
// "l'App Store chinois", "中国区App Store".
const STORE_CHINA_REACH = 16;

function chineseStore(
  text: string,
  trigger: Trigger,
  reachEnd: number,
  lexicon: CompiledLexicon,
): boolean {
  const from = Math.max(0, trigger.start - STORE_CHINA_REACH);
  const span = text.slice(from, Math.max(trigger.end, reachEnd));
  for (const m of span.matchAll(storeNouns(lexicon).store)) {
    const near = span.slice(
      Math.max(0, m.index - STORE_CHINA_REACH),
      m.index + m[0].length + STORE_CHINA_REACH,
    );
    lexicon.china.lastIndex = 0;
    if (lexicon.china.test(near)) return true;
  }
  return false;
}

/** What a move read anew concerns: apps a store took down, or else the sellers it banned. */
export function refinedWhat(type: EventType): string {
  return type === "restriction" ? "app store listings" : "sellers";
}

/**
 * Whether a company is named as the owner of a site: "IBM China Research Institute" after the
 * name, "das Forschungslabor von Oracle" or "le centre de R&D d'Oracle" before it.
 */
export function namesSite(
  folded: FoldedText,
  mention: CompanyMention,
  lexicon: CompiledLexicon,
): boolean {
  const site = sitePatterns(lexicon);
  if (!site) return false;
  const text = folded.text;
  const end = foldedIndex(folded, mention.end);
  const start = foldedIndex(folded, mention.start);
  const after = text.slice(end, end + SITE_REACH).replace(/^[\s\p{P}]+/u, "");
  const before = text.slice(Math.max(0, start - SITE_REACH), start);
  return site.after.test(after) || site.before.test(before);
}

const sites = new WeakMap<CompiledLexicon, { after: RegExp; before: RegExp } | null>();

/** The site patterns of a lexicon, compiled once: a site after a name, or before it. */
function sitePatterns(lexicon: CompiledLexicon): { after: RegExp; before: RegExp } | null {
  let site = sites.get(lexicon);
  if (site === undefined) {
    const office = lexicon.services.find((s) => s.label === "office")?.regex.source;
    site = office
      ? {
          after: new RegExp(`^(?:\\S+\\s+){0,2}?(?:${office})`, "u"),
          before: new RegExp(`(?:${office})(?:\\s+\\S+)?\\s+$|(?:${office})\\s+\\p{L}{1,2}'$`, "u"),
        }
      : null;
    sites.set(lexicon, site);
  }
  return site;
}
