import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVENT_TYPES } from "../../src/model/eventType.ts";
import { CurationSchema, parseCuration } from "../../src/pipeline/curation/curationSchema.ts";
import { multiScriptText } from "./arbitraries.ts";

const fileName = fc.oneof(
  fc.stringMatching(/^[a-z0-9_]{1,12}\.meta\.json$/),
  multiScriptText(12).map((stem) => `${stem}.meta.json`),
);

/** A value for any field: valid-looking, wrong-typed or arbitrary JSON. */
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    "2021-11-02",
    "2021-13",
    "2021-05~",
    "2020/2021",
    "0000",
    "https://example.org/a",
    "not a url",
    "amazon",
    "Amazon",
    "CN",
    "exit",
    "",
    "   ",
    "dateline in the text",
  ),
  fc.constantFrom(...EVENT_TYPES),
  fc.array(fc.constantFrom("amazon", "CN", "US", "", "Z"), { maxLength: 3 }),
);

const FIELDS = ["type", "date", "effective", "companies", "counterparty", "countries", "title"];
const fields = fc.dictionary(fc.constantFrom(...FIELDS, "summary", "evidence", "bogus"), anyValue, {
  maxKeys: 4,
});

/** Curation-shaped objects, so that validation reaches every nested rule, not just the top. */
const curationLike = fc.record(
  {
    published: anyValue,
    url: anyValue,
    outlet: anyValue,
    events: fc.oneof(
      anyValue,
      fc.array(
        fc.record(
          {
            match: fc.oneof(fields, anyValue),
            set: fc.oneof(fields, anyValue),
            add: fc.oneof(fields, anyValue),
            drop: fc.oneof(fc.constant(true), anyValue),
            basis: anyValue,
            extra: anyValue,
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
    ),
    unknown: anyValue,
  },
  { requiredKeys: [] },
);

const text = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v) ?? "null"),
  curationLike.map((v) => JSON.stringify(v)),
  fc.string(),
  multiScriptText(60),
  // A valid file cut short: the error is about JSON, still naming the file.
  fc
    .tuple(curationLike, fc.nat())
    .map(([v, cut]) => JSON.stringify(v).slice(0, cut % (JSON.stringify(v).length + 1))),
);

describe("parseCuration on any input", () => {
  it("never throws; returns a curation or errors that each start with the file name", () => {
    fc.assert(
      fc.property(fileName, text, (file, json) => {
        const { curation, errors } = parseCuration(file, json);
        if (curation) {
          expect(errors).toEqual([]);
          // What it returns passes its own schema again: the app and merge can trust it.
          expect(CurationSchema.safeParse(curation).success).toBe(true);
        } else {
          expect(errors.length).toBeGreaterThan(0);
          for (const error of errors) {
            expect(error.startsWith(`${file}: `), error).toBe(true);
            expect(error.length).toBeGreaterThan(file.length + 2);
          }
        }
      }),
      { numRuns: 600 },
    );
  });

  it("accepts every well-formed curation of the documented shape", () => {
    const edtf = fc.constantFrom("2021-11-02", "2021-06", "2021", "2021-05~", "2019-01-01/2019-06");
    const valid = fc.record(
      {
        published: edtf,
        url: fc.webUrl(),
        outlet: fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0),
        events: fc.array(
          fc.oneof(
            fc.record({
              match: fc.record({ type: fc.constantFrom(...EVENT_TYPES) }),
              set: fc.record({ date: fc.option(edtf, { nil: null }) }),
              basis: fc.constant("company statement of 2021-11-02"),
            }),
            fc.record({
              match: fc.record({ company: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/) }),
              drop: fc.constant(true as const),
              basis: fc.constant("not about China"),
            }),
            fc.record({
              add: fc.record({
                type: fc.constantFrom(...EVENT_TYPES),
                companies: fc.array(fc.constantFrom("amazon", "yahoo"), { minLength: 1 }),
                evidence: fc.string({ minLength: 1 }),
              }),
              basis: fc.constant("dateline in the text"),
            }),
          ),
          { maxLength: 3 },
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(valid, (curation) => {
        expect(parseCuration("a.meta.json", JSON.stringify(curation)).errors).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
