import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/i18n/locales.ts";
import { EVENT_TYPES } from "../../src/model/eventType.ts";
import {
  DEFAULT_VIEW,
  formatViewState,
  parseViewState,
  type ViewState,
} from "../../src/app/state/viewState.ts";
import { multiScriptChar, multiScriptText } from "./arbitraries.ts";

const ID = /^[a-z0-9][a-z0-9_-]{0,120}$/;
const DAY_MS = 86_400_000;

/** Midnight UTC of a day in the four-digit years a link can write. */
const midnight = fc
  .date({
    min: new Date("0000-01-01T00:00:00Z"),
    max: new Date("9999-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((date) => Math.floor(date.getTime() / DAY_MS) * DAY_MS);
const isoDay = midnight.map((ms) => new Date(ms).toISOString().slice(0, 10));
const sortedSet = (item: fc.Arbitrary<string>) =>
  fc.uniqueArray(item, { maxLength: 4 }).map((values) => [...values].sort());

// A query the user typed: any well-formed text; U+FFFD is what a broken link decodes to.
const query = fc
  .string({ unit: "binary", maxLength: 100 })
  .filter((q) => !/[\uD800-\uDFFF]/u.test(q) && !q.includes("\uFFFD"));

/** Any state the app can be in. */
const viewState: fc.Arbitrary<ViewState> = fc.record({
  event: fc.option(fc.stringMatching(ID), { nil: null }),
  companies: sortedSet(fc.stringMatching(ID)),
  countries: sortedSet(fc.stringMatching(/^[A-Z]{2}$/)),
  types: fc.subarray([...EVENT_TYPES]).map((types) => [...types].sort()),
  languages: sortedSet(fc.stringMatching(/^[a-z]{2,3}$/)),
  from: fc.option(isoDay, { nil: null }),
  to: fc.option(isoDay, { nil: null }),
  query: fc.oneof(
    fc.constant(""),
    query,
    multiScriptText(60).filter((q) => !/[\uD800-\uDFFF]/u.test(q) && !q.includes("\uFFFD")),
  ),
  window: fc.option(
    fc
      .tuple(midnight, midnight)
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
    { nil: null },
  ),
  lanes: fc.constantFrom("company", "type"),
  view: fc.constantFrom("timeline", "list"),
  lang: fc.constantFrom(null, ...LOCALES),
});

const KEYS = ["e", "c", "n", "t", "l", "from", "to", "q", "w", "lanes", "view", "lang", "v"];
/** Values that look almost right: the damage a hand-edited or truncated link carries. */
const nearValue = fc.oneof(
  fc.string(),
  multiScriptText(20),
  // Searches around the 200-unit cap, where a cut can fall inside a character.
  fc.string({ unit: multiScriptChar, minLength: 195, maxLength: 210 }),
  fc.constantFrom(
    "2021-02-30",
    "2021-13-01",
    "0000-00-00",
    "2019-01-01..2018-01-01",
    "2019-01-01..2019-01-01",
    "2019-01-01..9999-99-99",
    "exit,,shutdown",
    "CN,cn,XX",
    "%",
    "%E0%A4",
    "%FF",
    "2",
    "-1",
    "1.5",
    "NaN",
    "Infinity",
    "list",
    "type",
  ),
);
// A long search of emoji after a few ASCII letters: the 200-unit cap falls inside a character.
const longSearch = fc
  .tuple(
    fc.string({ maxLength: 3 }),
    fc.string({
      unit: fc.integer({ min: 0x1f300, max: 0x1faff }).map((c) => String.fromCodePoint(c)),
      minLength: 99,
      maxLength: 105,
    }),
  )
  .map(([ascii, emoji]) => `?q=${encodeURIComponent(ascii + emoji)}`);
const damagedQuery = fc.oneof(
  longSearch,
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.webQueryParameters(),
  fc
    .array(fc.tuple(fc.constantFrom(...KEYS), nearValue), { maxLength: 8 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}`),
  viewState
    .map(formatViewState)
    .chain((link) => fc.nat({ max: link.length }).map((cut) => link.slice(0, cut))),
);

describe("view state in the URL, for any link", () => {
  it("parses any query string without throwing, to a state that writes and reads back the same", () => {
    fc.assert(
      fc.property(damagedQuery, (search) => {
        const state = parseViewState(search);
        expect(parseViewState(formatViewState(state))).toEqual(state);
      }),
      { numRuns: 600 },
    );
  });

  it("gives back any valid view state after writing it to a link and reading it", () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const link = formatViewState(state);
        expect(parseViewState(link)).toEqual(state);
        expect(link === "").toBe(JSON.stringify(state) === JSON.stringify(DEFAULT_VIEW));
      }),
      { numRuns: 400 },
    );
  });
});
