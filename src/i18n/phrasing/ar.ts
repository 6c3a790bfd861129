import { phrase, type Isolated, type Phrase } from "../phrase.ts";
import { plural } from "../plural.ts";
import { dateFormats } from "./dateFormats.ts";
import type { DateFacts, Phrasing } from "./types.ts";

/** An Arabic object phrase, and the preposition before the other party when not "مع". */
interface Term {
  readonly text: string;
  readonly to?: string;
}

// `what` is the English of the lexicons. A term listed here is said in Arabic; any other falls
// back to the generic noun of its event type ("خدمة", "مبيعاتها", "الوصول إلى خدماتها"): a vaguer
// title, but an Arabic one, never an English word inside the sentence.
// The lexicons' "its website" takes the feminine suffix ـها ("موقعها"): a company is feminine
// in Arabic (شركة), and so are the verbs it governs ("تغلق شركة", "تنسحب شركة").
const TERMS: Readonly<Record<string, Term>> = {
  "its store": { text: "متجرها" },
  "its website": { text: "موقعها الإلكتروني" },
  "its service": { text: "خدمتها" },
  "its app": { text: "تطبيقها" },
  "its office": { text: "مكتبها" },
  "its business": { text: "أعمالها" },
  "its product": { text: "منتجها" },
  "direct sales": { text: "مبيعاتها المباشرة" },
  "export licence": { text: "تراخيص التصدير" },
  access: { text: "الوصول إلى خدماتها" },
  "sign-ups": { text: "التسجيل الجديد" },
  "free accounts": { text: "الحسابات المجانية" },
  accounts: { text: "الحسابات" },
  apps: { text: "التطبيقات" },
  "apps from its store": { text: "التطبيقات في متجرها" },
  "app store listings": { text: "إدراج التطبيقات في متاجر التطبيقات" },
  "log-in integration": { text: "ربط تسجيل الدخول" },
  supply: { text: "إمداداتها", to: "إلى" },
  "supply plan": { text: "خطة الإمداد" },
};

// Moves of type "other" are verb phrases in the lexicons. Arabic puts the verb first, then the
// company, then the object: each is its own predicate around the company's name.
const OTHER: Readonly<Record<string, (actor: Isolated, party: Isolated) => Phrase>> = {
  "buys a stake in": (a, p) => phrase`تشتري شركة ${a} حصة في ${p}`,
  "invests in": (a, p) => phrase`تستثمر شركة ${a} في ${p}`,
  "abandons a takeover": (a, p) => phrase`تتخلى شركة ${a} عن الاستحواذ على ${p}`,
  "abandons a deal": (a, p) => phrase`تتخلى شركة ${a} عن صفقة مع ${p}`,
  "abandons acquisition of": (a, p) => phrase`تتخلى شركة ${a} عن شراء ${p}`,
};

function china(mainland: boolean): string {
  return mainland ? "البر الرئيسي الصيني" : "الصين";
}

function term(what: string | null): Term | undefined {
  return what === null ? undefined : TERMS[what];
}

const core = dateFormats("ar-u-nu-latn");

/** A date inside a sentence: "في 3 أغسطس 2020", "في يونيو 2021", "نحو مايو 2021". */
export function dateInSentence(date: DateFacts): string {
  return date.approximate ? date.text : `في ${date.text}`;
}

const LIST = new Intl.ListFormat("ar", { type: "conjunction" });

/**
 * Arabic: verb first, in the feminine for a company ("تنسحب شركة Zoom"), in the masculine for
 * "البر الرئيسي" ("يحجب البر الرئيسي الصيني"). Counted sources follow Arabic number agreement
 * through the plural rules: مصدر واحد، مصدرين، 3 مصادر، 11 مصدرًا، 100 مصدر.
 */
export const ar: Phrasing = {
  locale: "ar",
  title: {
    exit: ({ actor, mainland }) =>
      phrase`تنسحب شركة ${actor} من ${mainland ? "سوق البر الرئيسي الصيني" : "السوق الصينية"}`,
    shutdown: ({ actor, what, mainland }) =>
      phrase`تغلق شركة ${actor} ${term(what)?.text ?? "خدمة"} في ${china(mainland)}`,
    // The kasra marks "توقِف" as "stops (something)", not "stopped".
    "sales-halt": ({ actor, what, mainland }) =>
      phrase`توقِف شركة ${actor} ${term(what)?.text ?? "مبيعاتها"} في ${china(mainland)}`,
    restriction: ({ actor, what, mainland }) =>
      phrase`تقيّد شركة ${actor} ${term(what)?.text ?? "الوصول إلى خدماتها"} في ${china(mainland)}`,
    "seller-ban": ({ actor, party }) =>
      party
        ? phrase`تحظر شركة ${actor} البائع الصيني ${party}`
        : phrase`تحظر شركة ${actor} بائعين صينيين`,
    "partnership-cut": ({ actor, party, what, mainland }) => {
      const cut = term(what);
      return party
        ? phrase`تنهي شركة ${actor} ${cut?.text ?? "شراكتها"} ${cut?.to ?? "مع"} ${party}`
        : phrase`تنهي شركة ${actor} ${cut?.text ?? "شراكة"} في ${china(mainland)}`;
    },
    divestment: ({ actor, party, mainland }) =>
      party
        ? phrase`تبيع شركة ${actor} حصتها في ${party}`
        : phrase`تبيع شركة ${actor} أعمالها في ${china(mainland)}`,
    blocked: ({ actor, mainland }) =>
      mainland ? phrase`يحجب البر الرئيسي الصيني شركة ${actor}` : phrase`تحجب الصين شركة ${actor}`,
    other: ({ actor, party, what, mainland }) => {
      if (!party) return phrase`تتخذ شركة ${actor} خطوة ذات صلة في ${china(mainland)}`;
      const move = what === null ? undefined : OTHER[what];
      return move ? move(actor, party) : phrase`تتخذ شركة ${actor} خطوة تخص ${party}`;
    },
  },
  summary: ({ title, date, effective, sources, languages }) => {
    const dates =
      date && effective
        ? `أُعلن ${dateInSentence(date)}، ويسري اعتبارًا من ${effective.text}.`
        : date
          ? `وقع ${dateInSentence(date)}.`
          : effective
            ? `يسري اعتبارًا من ${effective.text}.`
            : "لا تذكر المصادر تاريخًا.";
    // After "في" the count is in the genitive: "مصدرين", not "مصدران".
    const count = plural("ar-u-nu-latn", sources, {
      one: "مصدر واحد",
      two: "مصدرين",
      few: "# مصادر",
      many: "# مصدرًا",
      other: "# مصدر",
    });
    // "ب" joins the first name ("بالفرنسية والعربية"), as it would a single word.
    const named = languages.length ? `ب${LIST.format(languages)}` : "بلغة غير معروفة";
    return phrase`${title}. ${dates} ورد الخبر في ${count} ${named}.`;
  },
  dates: {
    core,
    approximate: (text) => `نحو ${text}`,
    yearOnly: (text) => `${text} (السنة فقط)`,
  },
};
