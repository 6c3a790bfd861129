import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatEdtf, isEdtf } from "../../src/model/edtf.ts";
import { foldText } from "../../src/model/fold.ts";
import { LEXICONS } from "../../src/pipeline/lexicon/index.ts";
import { lexiconFor } from "../../src/pipeline/mentions/lexiconFor.ts";
import { findDates } from "../../src/pipeline/time/findDates.ts";
import { resolveMention, toParts } from "../../src/pipeline/time/resolveDate.ts";
import { multiScriptText } from "./arbitraries.ts";

// Every language with a lexicon, and some that get only CLDR's date words.
const LANGUAGES = [...Object.keys(LEXICONS), "sv", "fa", "bn", "te", "und"];

/** The date expressions of a text, resolved against the anchors given. */
function resolveAll(
  language: string,
  text: string,
  published: string | null,
  previous: string | null,
) {
  const { lexicon } = lexiconFor(language);
  const folded = foldText(text);
  const mentions = findDates(folded, text, lexicon.dates, lexicon.monthFirst);
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(folded.text.length);
  }
  return mentions.map((m) => resolveMention(m, toParts(published), toParts(previous)));
}

/** Anchors of every precision the profile allows, across the whole four-digit range. */
const anchor = fc.option(
  fc
    .record({
      year: fc.oneof(
        fc.integer({ min: 1950, max: 2049 }),
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom(0, 1, 9998, 9999),
      ),
      month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
      approximate: fc.boolean(),
    })
    .map(({ year, month, day, approximate }) => formatEdtf(year, month, day, approximate)),
  { nil: null },
);

/** Words the date finder looks for in a language, and the glue between them. */
function dateWords(language: string): string[] {
  const { vocabulary } = lexiconFor(language).lexicon.dates;
  const w = vocabulary.words;
  return [
    ...vocabulary.months.keys(),
    ...vocabulary.weekdays.keys(),
    ...vocabulary.fixed.keys(),
    ...vocabulary.connectors,
    ...Object.keys(w.numbers),
    ...Object.keys(w.units),
    ...Object.keys(w.ordinals ?? {}),
    ...w.few,
    ...w.recent,
    ...w.lastMonth,
    ...w.approximate,
    ...w.thatSuffix,
    ...(w.sameYear ?? []),
    "年",
    "月",
    "日",
    "년",
    "월",
    "일",
  ];
}

/** Text built from a language's date words, numbers and CLDR's own date and relative phrases. */
function datePhrase(language: string): fc.Arbitrary<string> {
  const locale = language === "und" ? "en" : language;
  const token = fc.oneof(
    fc.constantFrom(...dateWords(language)),
    fc.integer({ min: 0, max: 40 }).map(String),
    fc.integer({ min: 1900, max: 2100 }).map(String),
    fc.integer({ min: 2480, max: 2620 }).map(String),
    fc.constantFrom(" ", ", ", ".", "/", "-", " de ", "\n", "(", ")"),
    fc
      .tuple(fc.integer({ min: -40, max: 40 }), fc.constantFrom("day", "week", "month", "year"))
      .map(([n, unit]) =>
        new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(
          n,
          unit as Intl.RelativeTimeFormatUnit,
        ),
      ),
    fc
      .tuple(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
        fc.record({
          weekday: fc.constantFrom(undefined, "long", "short"),
          day: fc.constantFrom(undefined, "numeric", "2-digit"),
          month: fc.constantFrom(undefined, "long", "short", "numeric"),
          year: fc.constantFrom(undefined, "numeric", "2-digit"),
        }),
      )
      .map(([date, options]) =>
        new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(date),
      ),
  );
  return fc.array(token, { maxLength: 12 }).map((tokens) => tokens.join(" "));
}

const language = fc.constantFrom(...LANGUAGES);
// The first sentence in each language compiles its lexicon: about 25 of them here.
const COMPILES = 20_000;

describe("date expressions on any text", () => {
  it(
    "never throw on random text in any script, and resolve only to EDTF",
    () => {
      fc.assert(
        fc.property(language, multiScriptText(120), anchor, anchor, (lang, text, pub, prev) => {
          for (const date of resolveAll(lang, text, pub, prev)) {
            if (date !== null)
              expect(isEdtf(date), `${date} from ${JSON.stringify(text)}`).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    },
    COMPILES,
  );

  it(
    "never throw on phrases made of date words, and resolve only to EDTF",
    () => {
      fc.assert(
        fc.property(
          language.chain((lang) => fc.tuple(fc.constant(lang), datePhrase(lang))),
          anchor,
          anchor,
          ([lang, text], pub, prev) => {
            for (const date of resolveAll(lang, text, pub, prev)) {
              if (date !== null)
                expect(isEdtf(date), `${date} from ${JSON.stringify(text)} (${lang})`).toBe(true);
            }
          },
        ),
        { numRuns: 500 },
      );
    },
    COMPILES,
  );
});

const pad = (n: number) => String(n).padStart(2, "0");

const EN =
  "January February March April May June July August September October November December".split(
    " ",
  );
const FR =
  "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(" ");
const DE =
  "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(" ");
const ES =
  "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(
    " ",
  );
const IT =
  "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(
    " ",
  );
const PT =
  "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(
    " ",
  );
const RU =
  "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(" ");

/** How a newspaper writes a full date, by hand rather than from CLDR, so the check is independent. */
const WRITTEN: Record<string, (y: number, m: number, d: number) => string[]> = {
  en: (y, m, d) => {
    const month = EN[m - 1];
    return [`${d} ${month} ${y}`, `${month} ${d}, ${y}`, `on ${month} ${d} ${y},`];
  },
  fr: (y, m, d) => [`${d === 1 ? "1er" : d} ${FR[m - 1]} ${y}`, `le ${d} ${FR[m - 1]} ${y}.`],
  de: (y, m, d) => [`${d}. ${DE[m - 1]} ${y}`, `am ${d}. ${DE[m - 1]} ${y}`],
  es: (y, m, d) => [`${d} de ${ES[m - 1]} de ${y}`],
  it: (y, m, d) => [`${d} ${IT[m - 1]} ${y}`],
  pt: (y, m, d) => [`${d} de ${PT[m - 1]} de ${y}`],
  ru: (y, m, d) => [`${d} ${RU[m - 1]} ${y} года`, `${d} ${RU[m - 1]} ${y}`],
  zh: (y, m, d) => [`${y}年${m}月${d}日`, `${y}年${pad(m)}月${pad(d)}日`],
  ja: (y, m, d) => [`${y}年${m}月${d}日`],
  ko: (y, m, d) => [`${y}년 ${m}월 ${d}일`, `${y}년 ${pad(m)}월 ${pad(d)}일`],
  vi: (y, m, d) => [`ngày ${d} tháng ${m} năm ${y}`],
};
/** A calendar day in the years the date finder reads (a lone year is 1950–2049). */
const day = fc
  .record({
    year: fc.integer({ min: 1950, max: 2049 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day);

describe("explicit dates resolve to themselves", () => {
  it("as a newspaper writes them (en, fr, de, es, it, pt, ru, zh, ja, ko, vi)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(WRITTEN)),
        day,
        fc.nat(),
        anchor,
        anchor,
        (lang, { year, month, day }, pick, pub, prev) => {
          const forms = WRITTEN[lang]?.(year, month, day) ?? [];
          const text = forms[pick % forms.length] ?? "";
          expect(resolveAll(lang, text, pub, prev), `${text} (${lang})`).toEqual([
            formatEdtf(year, month, day),
          ]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("as CLDR writes them in every language with a lexicon", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(LEXICONS)), day, anchor, (lang, date, pub) => {
        // Thai writes Buddhist-era years, read from 2500 (1957) on.
        fc.pre(lang !== "th" || date.year >= 1957);
        const text = new Intl.DateTimeFormat(lang, {
          day: "numeric",
          month: "long",
          year: "numeric",
          timeZone: "UTC",
        }).format(new Date(Date.UTC(date.year, date.month - 1, date.day)));
        expect(resolveAll(lang, text, pub, null), `${text} (${lang})`).toEqual([
          formatEdtf(date.year, date.month, date.day),
        ]);
      }),
      { numRuns: 400 },
    );
  });

  it("as ISO 8601 in any language", () => {
    fc.assert(
      fc.property(language, day, anchor, (lang, { year, month, day }, pub) => {
        const text = `${year}-${pad(month)}-${pad(day)}`;
        expect(resolveAll(lang, text, pub, null)).toEqual([formatEdtf(year, month, day)]);
      }),
      { numRuns: 200 },
    );
  });
});
