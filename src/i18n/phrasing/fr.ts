import { phrase, type Isolated, type Phrase } from "../phrase.ts";
import { plural } from "../plural.ts";
import { dateFormats } from "./dateFormats.ts";
import type { DateFacts, Phrasing } from "./types.ts";

/** A French noun: its determiner (le, la, l’, son, sa, ses, un, une, des) follows from these. */
interface Noun {
  readonly noun: string;
  readonly gender: "m" | "f";
  readonly plural?: boolean;
  /** The preposition before the other party, when not "avec". */
  readonly to?: string;
}

// `what` is the English of the lexicons. A term listed here is said in French; any other
// falls back to the generic noun of its event type ("un service", "ses ventes", "l’accès"):
// a vaguer title, but a French one, never an English word inside a French sentence.
const TERMS: Readonly<Record<string, Noun>> = {
  "its store": { noun: "boutique", gender: "f" },
  "its website": { noun: "site web", gender: "m" },
  "its service": { noun: "service", gender: "m" },
  "its app": { noun: "application", gender: "f" },
  "its office": { noun: "bureau", gender: "m" },
  "its business": { noun: "activités", gender: "f", plural: true },
  "its product": { noun: "produit", gender: "m" },
  "direct sales": { noun: "ventes directes", gender: "f", plural: true },
  "export licence": { noun: "licences d’exportation", gender: "f", plural: true },
  access: { noun: "accès", gender: "m" },
  "sign-ups": { noun: "inscriptions", gender: "f", plural: true },
  "free accounts": { noun: "comptes gratuits", gender: "m", plural: true },
  accounts: { noun: "comptes", gender: "m", plural: true },
  apps: { noun: "applications", gender: "f", plural: true },
  "apps from its store": { noun: "applications de sa boutique", gender: "f", plural: true },
  "app store listings": {
    noun: "référencements dans les boutiques d’applications",
    gender: "m",
    plural: true,
  },
  "log-in integration": { noun: "partenariat de connexion", gender: "m" },
  supply: { noun: "livraisons", gender: "f", plural: true, to: "à" },
  "supply plan": { noun: "plan d’approvisionnement", gender: "m" },
};

const SERVICE: Noun = { noun: "service", gender: "m" };
const SALES: Noun = { noun: "ventes", gender: "f", plural: true };
const ACCESS: Noun = { noun: "accès", gender: "m" };
const PARTNERSHIP: Noun = { noun: "partenariat", gender: "m" };

// Moves of type "other" are verb phrases in the lexicons: each is its own French predicate.
const OTHER: Readonly<Record<string, (actor: Isolated, party: Isolated) => Phrase>> = {
  "buys a stake in": (a, p) => phrase`${a} prend une participation dans ${p}`,
  "invests in": (a, p) => phrase`${a} investit dans ${p}`,
  "abandons a takeover": (a, p) => phrase`${a} renonce au rachat ${de(p)}${p}`,
  "abandons a deal": (a, p) => phrase`${a} renonce à un accord avec ${p}`,
  "abandons acquisition of": (a, p) => phrase`${a} renonce à l’acquisition ${de(p)}${p}`,
};

const VOWEL = /^[aeiouâàéèêëîïôûù]/i;

/** "son service", "sa boutique", "son application" (son before a vowel), "ses ventes". */
function its(n: Noun): string {
  return `${n.plural ? "ses" : n.gender === "m" || VOWEL.test(n.noun) ? "son" : "sa"} ${n.noun}`;
}

/** "le service", "la boutique", "l’accès", "les inscriptions". */
function the(n: Noun): string {
  if (n.plural) return `les ${n.noun}`;
  if (VOWEL.test(n.noun)) return `l’${n.noun}`;
  return `${n.gender === "m" ? "le" : "la"} ${n.noun}`;
}

/** "un partenariat", "une boutique", "des livraisons". */
function a(n: Noun): string {
  return `${n.plural ? "des" : n.gender === "m" ? "un" : "une"} ${n.noun}`;
}

/** "de Weibo", "d’Alibaba": "de" elides before a vowel, names included. */
function de(name: Isolated): string {
  return VOWEL.test(name.text) ? "d’" : "de ";
}

function inChina(mainland: boolean): string {
  return mainland ? "en Chine continentale" : "en Chine";
}

const core = dateFormats("fr");

/** A date inside a sentence: "le 3 août 2020", "en juin 2021", "vers mai 2021". */
export function dateInSentence(date: DateFacts): string {
  if (date.approximate) return date.text;
  return `${date.precision === "day" ? "le" : "en"} ${date.text}`;
}

const LIST = new Intl.ListFormat("fr", { type: "conjunction" });

/** French. */
export const fr: Phrasing = {
  locale: "fr",
  title: {
    exit: ({ actor, mainland }) =>
      phrase`${actor} quitte le marché ${mainland ? "de la Chine continentale" : "chinois"}`,
    shutdown: ({ actor, what, mainland }) => {
      // The lexicons' "its website": a known thing is the company's own; else "un service".
      const closed = term(what);
      return phrase`${actor} ferme ${closed ? its(closed) : a(SERVICE)} ${inChina(mainland)}`;
    },
    "sales-halt": ({ actor, what, mainland }) =>
      phrase`${actor} arrête ${its(term(what) ?? SALES)} ${inChina(mainland)}`,
    restriction: ({ actor, what, mainland }) =>
      phrase`${actor} restreint ${the(term(what) ?? ACCESS)} ${inChina(mainland)}`,
    "seller-ban": ({ actor, party }) =>
      party
        ? phrase`${actor} exclut le vendeur chinois ${party}`
        : phrase`${actor} exclut des vendeurs chinois`,
    "partnership-cut": ({ actor, party, what, mainland }) => {
      const cut = term(what) ?? PARTNERSHIP;
      return party
        ? phrase`${actor} met fin à ${its(cut)} ${cut.to ?? "avec"} ${party}`
        : phrase`${actor} met fin à ${a(cut)} ${inChina(mainland)}`;
    },
    divestment: ({ actor, party, mainland }) =>
      party
        ? phrase`${actor} vend sa participation dans ${party}`
        : phrase`${actor} vend ses activités ${inChina(mainland)}`,
    blocked: ({ actor, mainland }) =>
      phrase`${mainland ? "La Chine continentale" : "La Chine"} bloque ${actor}`,
    other: ({ actor, party, what, mainland }) => {
      if (!party)
        return phrase`${actor} prend une mesure visant la Chine${mainland ? " continentale" : ""}`;
      const move = what === null ? undefined : OTHER[what];
      return move ? move(actor, party) : phrase`${actor} prend une mesure visant ${party}`;
    },
  },
  summary: ({ title, date, effective, sources, languages }) => {
    const dates =
      date && effective
        ? `Annoncé ${dateInSentence(date)}, en vigueur ${dateInSentence(effective)}.`
        : date
          ? `Survenu ${dateInSentence(date)}.`
          : effective
            ? `En vigueur ${dateInSentence(effective)}.`
            : "Les sources ne donnent pas de date.";
    const named = languages.length
      ? LIST.format(languages.map((l) => `en ${l}`))
      : "dans une langue inconnue";
    const count = plural("fr", sources, { one: "# source", other: "# sources" });
    return phrase`${title}. ${dates} Rapporté par ${count} ${named}.`;
  },
  dates: {
    // French writes the first of the month as an ordinal: "1er novembre 2021".
    core: (ms, precision) => core(ms, precision).replace(/^1 /, "1er "),
    approximate: (text, precision) => `vers ${precision === "day" ? "le " : ""}${text}`,
    yearOnly: (text) => `${text} (année seulement)`,
  },
};

function term(what: string | null): Noun | undefined {
  return what === null ? undefined : TERMS[what];
}
