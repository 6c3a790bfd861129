import type { CompiledLexicon } from "../mentions/compileLexicon.ts";

export interface StoreNouns {
  readonly app: RegExp;
  readonly store: RegExp;
}
const cache = new WeakMap<CompiledLexicon, StoreNouns>();

// Stores are named in English in most languages' reporting: "中国のApp Storeから".
const STORE_NAMES = "app ?store|play ?store|google play|appstore|앱 ?스토어|앱 ?마켓";

/** The lexicon's nouns for an app and for a store, with the stores' own names, compiled once. */
export function storeNouns(lexicon: CompiledLexicon): StoreNouns {
  let found = cache.get(lexicon);
  if (!found) {
    const source = (label: string) => lexicon.services.find((s) => s.label === label)?.regex.source;
    const app = source("app");
    const store = source("store");
    found = {
      app: new RegExp(app ?? "(?!)", "gu"),
      store: new RegExp(`${store ? `${store}|` : ""}${STORE_NAMES}`, "gu"),
    };
    cache.set(lexicon, found);
  }
  return found;
}
