import { describe, expect, it } from "vitest";
import { timelineDigest } from "../../../src/app/data/timelineDigest.ts";
import { SAMPLE } from "../../support/sampleDataset.ts";
import { timelineOf } from "../../support/timelineOf.ts";

const timeline = timelineOf(SAMPLE);

describe("timelineDigest", () => {
  it("is the same for the same timeline read twice, and starts with its number of events", () => {
    expect(timelineDigest(timelineOf(SAMPLE))).toBe(timelineDigest(timeline));
    expect(timelineDigest(timeline)).toMatch(new RegExp(`^${timeline.events.length}-[0-9a-f]{8}$`));
  });

  it("changes when anything the first view shows changes", () => {
    const [first, ...rest] = timeline.events;
    if (!first) throw new Error("no events");
    const variants = [
      { ...timeline, events: [{ ...first, title: `${first.title}.` }, ...rest] },
      { ...timeline, events: [{ ...first, date: first.effective }, ...rest] },
      { ...timeline, events: [{ ...first, countries: ["FR"] }, ...rest] },
      { ...timeline, companies: timeline.companies.map((c) => ({ ...c, name: `${c.name}!` })) },
      {
        ...timeline,
        facets: {
          ...timeline.facets,
          languages: { ...timeline.facets.languages, names: ["xx", "yy", "zz"] },
        },
      },
    ];
    for (const variant of variants)
      expect(timelineDigest(variant)).not.toBe(timelineDigest(timeline));
  });
});
