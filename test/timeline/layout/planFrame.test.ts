import { scaleUtc } from "d3-scale";
import { describe, expect, it } from "vitest";
import { spanOf, type EventSpan } from "../../../src/timeline/layout/eventSpan.ts";
import { groupLanes } from "../../../src/timeline/layout/groupLanes.ts";
import { planFrame } from "../../../src/timeline/layout/planFrame.ts";
import { decade, SIZE } from "../../support/layoutFixtures.ts";
import { makeEvent } from "../../support/makeEvent.ts";

// Ten events of one company in the same week: at a decade's zoom, a cluster.
const crowd = Array.from({ length: 10 }, (_, i) =>
  spanOf(makeEvent(`e${i}`, { date: `2018-03-0${i < 9 ? i + 1 : 9}` })),
).filter((s): s is EventSpan => s !== null);
const alone = spanOf(makeEvent("alone", { date: "2020-08-03" })) as EventSpan;
const ordered = [...crowd, alone];
const frame = (selectedId: string | null, focusId: string | null, x = decade) =>
  planFrame({
    lanes: groupLanes(ordered, "company", { company: (id) => id, type: (type) => type }),
    ordered,
    starts: Float64Array.from(ordered, (s) => s.main.start),
    x,
    size: SIZE,
    selectedId,
    focusId,
  });
const markIds = (f: ReturnType<typeof frame>) => f.plan.marks.map((m) => m.id).sort();

describe("planFrame", () => {
  it("draws a selected event inside a crowd as its own mark, and makes it the Tab stop", () => {
    const f = frame("e4", null);
    expect(markIds(f)).toContain("e4");
    expect(f.tabStopId).toBe("e4");
  });

  it("without a selection, the Tab stop is the keyboard focus", () => {
    expect(frame(null, "e7").tabStopId).toBe("e7");
  });

  it("with neither, the first event in view is drawn and is the Tab stop", () => {
    const f = frame(null, null);
    // Unpinned, the crowd would be one cluster and e0 no mark at all.
    expect(markIds(f)).toEqual(expect.arrayContaining(["alone", "e0"]));
    expect(f.tabStopId).toBe("e0");
  });

  it("the first event in view follows the window", () => {
    const later = scaleUtc()
      .domain([Date.UTC(2019, 0, 1), Date.UTC(2023, 0, 1)])
      .range([0, 1000]);
    const f = frame(null, null, later);
    expect(markIds(f)).toEqual(["alone"]);
    expect(f.tabStopId).toBe("alone");
  });
});
