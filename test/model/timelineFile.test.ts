import { describe, expect, it } from "vitest";
import {
  decodeTimeline,
  TimelineFileSchema,
  toTimelineFile,
  type TimelineFile,
} from "../../src/model/timelineFile.ts";
import { SAMPLE } from "../support/sampleDataset.ts";

const file = toTimelineFile(SAMPLE);
const problem = (changed: Partial<TimelineFile>) => {
  const result = TimelineFileSchema.safeParse({ ...file, ...changed });
  return result.success
    ? null
    : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
};

describe("the timeline file", () => {
  it("holds every event's head, with the fields its title is worded from, in time order, undated last", () => {
    const timeline = decodeTimeline(TimelineFileSchema.parse(JSON.parse(JSON.stringify(file))));
    expect(timeline.events.map((e) => e.id)).toEqual([
      "jd-com-partnership-cut-2013-09",
      "zoom-restriction-2020-05",
      "zoom-sales-halt-2020-08-03",
      "x-undated",
    ]);
    for (const head of timeline.events) {
      const event = SAMPLE.events.find((e) => e.id === head.id);
      expect(head).toEqual({
        id: event?.id,
        title: event?.title,
        type: event?.type,
        date: event?.date,
        effective: event?.effective,
        companies: event?.companies,
        countries: event?.countries,
        counterparty: event?.counterparty,
        what: event?.what,
        mainland: event?.mainland,
      });
    }
    expect(timeline.companies).toEqual(SAMPLE.companies);
  });

  it("lists each event's source languages once", () => {
    const { names, offsets, codes } = decodeTimeline(file).facets.languages;
    const zoom = file.id.indexOf("zoom-sales-halt-2020-08-03");
    const values = Array.from(codes.slice(offsets[zoom], offsets[zoom + 1]), (c) => names[c]);
    expect(values.sort()).toEqual(["ar", "fr"]);
  });

  it("refuses columns that disagree, naming the field", () => {
    expect(problem({})).toBeNull();
    expect(problem({ date: file.date.slice(1) })).toBe("date: has 3 entries for 4 events");
    expect(problem({ companies: { ...file.companies, codes: [...file.companies.codes, 0] } })).toBe(
      "companies: offsets must start at 0 and end at the number of codes",
    );
    expect(
      problem({ countries: { ...file.countries, codes: file.countries.codes.map(() => 9) } }),
    ).toMatch(/^countries: code 9 at 0 is not the index of one of its \d names$/);
    expect(problem({ languages: { ...file.languages, offsets: [0, 2, 1, 3, 5] } })).toMatch(
      /^languages: offset 2 of event 1 is not a whole number no greater than the next/,
    );
    expect(
      problem({ date: ["2020-13-45", null, null, null] as unknown as TimelineFile["date"] }),
    ).toBe("date.0: is not an EDTF date");
  });
});
