import type { FoldedText } from "../../model/fold.ts";
import { slug } from "../../model/slug.ts";
import type { CompiledLexicon } from "../mentions/compileLexicon.ts";
import type { CompanyMention } from "../mentions/gazetteer.ts";
import { detach } from "../detach.ts";
import { storeNouns } from "./storeNouns.ts";
import type { NamedCompany } from "./eventDraft.ts";

/** The apps a store removal takes away: their makers the gazetteer knows, and the others by name. */
export interface RemovedApps {
  readonly known: readonly string[];
  readonly named: readonly NamedCompany[];
}

// Between an owner and its store: a possessive ending and at most one word ("Apple's China
// App Store", "애플의 중국 앱스토어"), never a quote or a parenthesis closing an app's name.
const OWNER_GAP = /^(?:['’]s?|[^\s'"“”«»「」()（）]{0,3})\s*(?:[^\s'"“”«»「」()（）]+\s+)?$/u;
// How far from "app" its maker may be named, in characters.
const APP_REACH = 32;

export const NO_APPS: RemovedApps = { known: [], named: [] };

// Platforms an app runs on or is sold through, which a sentence names beside "app" as a maker
// is named: "the Android app", "l'application iOS".
const PLATFORMS = new Set([
  "android",
  "ios",
  "iphone",
  "ipad",
  "mac",
  "macos",
  "windows",
  "app store",
  "play store",
  "google play",
  "web",
  "internet",
  "store",
]);

// A quoted name and what may follow it: «القرآن المجيد» (Quran Majeed), 「Plague Inc.（伝染病株式会社）」.
const QUOTED =
  /["“«「『'‘„《〈]\s*([^"“”«»「」『』'‘’„《》〈〉]{2,60}?)\s*["”»」』'’“》〉](\s*[(（][^)）]{2,40}[)）])?/gu;
// A name as a title is written: every word capitalised, as "Plague Inc." or "Pocket Casts" is,
// where quoted speech ("We will comply") is not.
const TITLE =
  /^\p{Lu}[\p{Script=Latin}\p{N}&+'’.-]*(?:\s+[\p{Lu}\p{N}][\p{Script=Latin}\p{N}&+'’.-]*){0,3}$/u;
const LATIN_TEXT = /^[^\p{L}]*\p{Script=Latin}/u;
const IN_PARENTHESES = /[(（]([^)）]+)[)）]/u;
const WORDS =
  "\\p{Lu}[\\p{Script=Latin}\\p{N}&+'’.-]*(?:\\s+\\p{Lu}[\\p{Script=Latin}\\p{N}&+'’.-]*){0,3}";
// "l'application de podcasts Pocket Casts", "o aplicativo do site de notícias Quartz".
const NAME_AFTER = new RegExp(`^\\s+(?:[\\p{Ll}'’]+\\s+){0,5}?(${WORDS})`, "u");
// "the Pocket Casts app", "the 'Quartz' app".
const NAME_BEFORE = new RegExp(`(${WORDS})["”»'’]?\\s*$`, "u");

/**
 * The apps a store removal takes away, as a reader finds them named: "Apple pulled the Quartz
 * app", "l'application « Plague Inc. »", "تطبيق «القرآن المجيد» (Quran Majeed)". The store's
 * owner, named by its store ("from Apple's store"), is not one of them. Names are Latin-script,
 * as app names are in most reporting; a name written only in another script is left out rather
 * than given an id that no other outlet's report would share.
 */
export function removedApps(
  text: string,
  folded: FoldedText,
  mentions: readonly CompanyMention[],
  lexicon: CompiledLexicon,
  {
    span,
    party,
    excluded,
  }: {
    /** The move's part of the sentence, in folded positions: other moves' apps are theirs. */
    span: { readonly from: number; readonly to: number };
    /** Whether a known company can be a removed app's maker: not the actor or its family. */
    party: (id: string) => boolean;
    /** Names that are no app: places. */
    excluded: (name: string) => boolean;
  },
): RemovedApps {
  const { app, store } = storeNouns(lexicon);
  const within = (m: RegExpMatchArray) => (m.index ?? 0) >= span.from && (m.index ?? 0) < span.to;
  const stores = [...folded.text.matchAll(store)];
  // "App Store" names a store, not an app.
  const apps = [...folded.text.matchAll(app)].filter(
    (a) => within(a) && !stores.some((s) => a.index >= s.index && a.index < s.index + s[0].length),
  );
  if (apps.length === 0 && !stores.some(within)) return NO_APPS;
  const original = (at: number) => folded.origin[at] ?? text.length;
  const from = original(span.from);
  const to = original(span.to);
  // "from Apple's store", "متجر آبل", "애플의 중국 앱스토어": the owner stands close to its store.
  const storeOwner = (m: CompanyMention) =>
    stores.some((s) => {
      const storeStart = original(s.index);
      const storeEnd = original(s.index + s[0].length);
      return (
        (storeStart >= m.end && OWNER_GAP.test(text.slice(m.end, storeStart))) ||
        (m.start >= storeEnd && m.start - storeEnd <= 8)
      );
    });
  // "приложения газеты The New York Times", "ExpressVPN's app": a maker is named by its app;
  // a company named further off is a source or a channel ("said on its Twitter account").
  const byApp = (m: CompanyMention) =>
    apps.some((a) => {
      const appStart = original(a.index);
      const appEnd = original(a.index + a[0].length);
      return m.start - appEnd <= APP_REACH && appStart - m.end <= APP_REACH;
    });
  const known = [
    ...new Set(
      mentions
        .filter((m) => m.start >= from && m.start < to && byApp(m) && !storeOwner(m))
        .map((m) => m.id),
    ),
  ].filter(party);

  const named = new Map<string, string>();
  const take = (candidate: string | undefined, at: number) => {
    // "Lantern Radio'nun", "Lantern Radio's": a case ending or a possessive is not the name's.
    const name = candidate
      ?.replace(/['’]\p{Ll}{0,4}$/u, "")
      .replace(/[\s.,:;!?'’-]+$/u, "")
      .trim();
    if (!name || name.length < 3 || !TITLE.test(name) || PLATFORMS.has(name.toLowerCase())) return;
    if (/^[\p{Lu}\s]{1,4}$/u.test(name) || excluded(name)) return;
    if (mentions.some((m) => m.start < at + name.length && at < m.end)) return;
    const id = slug(name);
    if (id && !named.has(id)) named.set(id, detach(name));
  };
  // Where the text itself is Latin, a quote is read only beside "app": elsewhere it may be
  // speech ("Illegal Content"). A Latin name quoted in other scripts is a name.
  const latinText = lexicon.spaced && LATIN_TEXT.test(text);
  const besideApp = (start: number, end: number) =>
    apps.some((a) => {
      const appStart = original(a.index);
      const appEnd = original(a.index + a[0].length);
      return (start >= appEnd && start - appEnd <= 24) || (appStart >= end && appStart - end <= 4);
    });
  for (const q of text.slice(from, to).matchAll(QUOTED)) {
    const [, inside = "", after = ""] = q;
    const at = from + q.index;
    if (latinText && !besideApp(at, at + q[0].length)) continue;
    const latin = [after, inside].map((s) => s.match(IN_PARENTHESES)?.[1]?.trim() ?? "");
    take(
      [...latin, inside].find((s) => TITLE.test(s.replace(/[\s.,:;!?'’-]+$/u, ""))),
      at,
    );
  }
  if (!lexicon.spaced)
    return { known, named: [...named].map(([id, name]) => ({ id, name, country: null })) };
  for (const m of apps) {
    const start = original(m.index);
    const end = original(m.index + m[0].length);
    // "Lantern-Radio-App": a German compound names the app before its last part.
    const compound = text.slice(start, end).match(/^(\p{Lu}[\p{L}\p{N}-]*)-\p{L}+$/u);
    if (compound?.[1]) take(compound[1].replace(/-/g, " "), start);
    // German capitalises every noun ("die App am Donnerstag").
    if (lexicon.capitalisesNouns) continue;
    const after = text.slice(end, to).match(NAME_AFTER);
    if (after?.[1]) take(after[1], end + (after[0].length - after[1].length));
    const reach = Math.max(from, start - 48);
    const before = text.slice(reach, start).match(NAME_BEFORE);
    // A capitalised word opening the sentence may be any word: "Apps like…".
    if (before?.[1] && reach + (before.index ?? 0) > 0)
      take(before[1], reach + (before.index ?? 0));
  }
  return { known, named: [...named].map(([id, name]) => ({ id, name, country: null })) };
}
