import type { Company } from "../../src/model/company.ts";
import {
  DatasetSchema,
  type Dataset,
  type SourceArticle,
  type TimelineEvent,
} from "../../src/model/dataset.ts";
import { DATASET_VERSION } from "../../src/model/datasetVersion.ts";
import { formatEdtf } from "../../src/model/edtf.ts";
import { EVENT_TYPES, EVENT_TYPE_LABELS } from "../../src/model/eventType.ts";
import { mulberry32 } from "./random.ts";

const COUNTRIES = [
  "US",
  "CN",
  "JP",
  "KR",
  "DE",
  "GB",
  "FR",
  "NL",
  "SE",
  "FI",
  "IN",
  "SG",
  "TW",
  "HK",
  "CA",
  "IL",
  "AU",
  "CH",
  "IE",
  "IT",
  "ES",
  "BR",
  "RU",
  "VN",
  "ID",
  "TH",
  "MY",
  "PH",
  "AE",
  "SA",
  "TR",
  "PL",
  "AT",
  "BE",
  "DK",
  "NO",
  "NZ",
  "MX",
  "ZA",
  "EG",
];
const LANGUAGES = [
  "en",
  "fr",
  "de",
  "es",
  "pt",
  "it",
  "ru",
  "zh",
  "ja",
  "ko",
  "vi",
  "ar",
  "hi",
  "tr",
  "nl",
];
const DAY = 86_400_000;
const START = Date.UTC(1995, 0, 1);
const SPAN = 30 * 365 * DAY;

/**
 * A realistic synthetic dataset for benchmarks and tests only, flagged `synthetic` so the app
 * labels it as not real: N events over 30 years, hundreds of companies (a few with many events,
 * most with few), dozens of countries, every type and date precision, a few sources each.
 */
export function syntheticDataset(count: number, seed = 7): Dataset {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const companyCount = Math.min(600, Math.max(30, Math.round(Math.sqrt(count) * 2)));
  const companies: Company[] = Array.from({ length: companyCount }, (_, i) => ({
    id: `synthetic-${String(i + 1).padStart(3, "0")}`,
    name: `Synthetic Co ${String(i + 1).padStart(3, "0")}`,
    country: i % 5 === 0 ? "CN" : pick(COUNTRIES),
    parent: null,
  }));
  const sources: SourceArticle[] = Array.from(
    { length: Math.max(1, Math.round(count * 0.6)) },
    (_, i) => ({
      id: `synthetic-source-${i + 1}`,
      file: `synthetic-${i + 1}.txt`,
      language: pick(LANGUAGES),
      title: `Synthetic article ${i + 1}`,
      published: null,
      outlet: "Synthetic Wire",
      url: null,
      text: `texts/${String(Math.floor(i / 32)).padStart(4, "0")}.json`,
      curated: [],
      metadata: [],
    }),
  );
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    // Skewed like real coverage: a few companies appear in many articles.
    const actor = companies[Math.floor(companyCount * random() ** 2.2)] as Company;
    const type = pick(EVENT_TYPES);
    const at = START + random() * SPAN;
    const date = new Date(at);
    const kind = random();
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    const value =
      kind < 0.03
        ? null
        : kind < 0.5
          ? formatEdtf(y, m, d)
          : kind < 0.75
            ? formatEdtf(y, m)
            : kind < 0.88
              ? formatEdtf(y)
              : formatEdtf(y, m, undefined, true);
    const later = new Date(at + (10 + random() * 120) * DAY);
    const effective =
      value && random() < 0.2
        ? formatEdtf(later.getUTCFullYear(), later.getUTCMonth() + 1, later.getUTCDate())
        : null;
    const counterparty = random() < 0.2 ? pick(companies) : null;
    const support = 1 + Math.floor(random() * 3);
    const ids = new Set<string>();
    while (ids.size < support) ids.add(pick(sources).id);
    events.push({
      id: `synthetic-event-${i + 1}`,
      title: `${actor.name}: ${EVENT_TYPE_LABELS[type].toLowerCase()} in China (synthetic ${i + 1})`,
      summary: `Synthetic benchmark event ${i + 1}, not a real event.`,
      type,
      date: value,
      effective,
      companies:
        counterparty && counterparty.id !== actor.id ? [actor.id, counterparty.id] : [actor.id],
      counterparty: counterparty && counterparty.id !== actor.id ? counterparty.name : null,
      what: null,
      mainland: false,
      countries: [...new Set(["CN", actor.country ?? "CN"])].sort(),
      sources: [...ids].map((id, k) => ({
        id,
        evidence: `Synthetic evidence sentence ${i + 1}.${k + 1}.`,
        primary: k === 0,
      })),
      primary: true,
      confidence: Math.round((0.5 + random() * 0.49) * 100) / 100,
      basis: value ? { date: `'${value}' in the text` } : {},
      origin: "extracted",
      curated: {},
    });
  }
  return DatasetSchema.parse({
    version: DATASET_VERSION,
    synthetic: true,
    events,
    sources,
    companies,
    unplaced: [],
    warnings: [],
  });
}
