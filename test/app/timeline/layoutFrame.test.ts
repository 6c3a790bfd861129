import { describe, expect, it } from "vitest";
import { firstFrameHeight, layoutFrame } from "../../../src/app/timeline/layoutFrame.ts";
import { LABEL_WIDTH, SIZE } from "../../../src/app/timeline/timelineMeasures.ts";
import { spanOf, type EventSpan } from "../../../src/timeline/layout/eventSpan.ts";
import { groupLanes } from "../../../src/timeline/layout/groupLanes.ts";
import { makeEvent } from "../../support/makeEvent.ts";

const ordered = ["zoom", "amazon", "apple"].map(
  (company, i) =>
    spanOf(
      makeEvent(`${company}-1`, { companies: [company], date: `2018-0${i + 1}-10` }),
    ) as EventSpan,
);
const input = {
  lanes: groupLanes(ordered, "company", { company: (id) => id, type: (type) => type }),
  ordered,
  starts: Float64Array.from(ordered, (s) => s.main.start),
  shown: [Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)] as [number, number],
  selectedId: null,
};
const laneHeight = SIZE.rowHeight + 2 * SIZE.lanePadding;

describe("layoutFrame", () => {
  it("lays the window out right of the lane labels, one lane per company", () => {
    const frame = layoutFrame({
      ...input,
      width: 1000,
      scrollTop: 0,
      rows: new Map(),
      focusId: null,
    });
    expect(frame.x(input.shown[0])).toBe(LABEL_WIDTH);
    expect(frame.plan.lanes.map((l) => l.key)).toEqual(["zoom", "amazon", "apple"]);
    expect(frame.plan.marks.map((m) => m.id).sort()).toEqual(["amazon-1", "apple-1", "zoom-1"]);
  });

  it("remembers each lane's rows, so a lane scrolled out of view keeps its height", () => {
    const rows = new Map<string, number>();
    layoutFrame({ ...input, width: 1000, scrollTop: 0, rows, focusId: null });
    expect([...rows.keys()].sort()).toEqual(["amazon", "apple", "zoom"]);
  });
});

describe("firstFrameHeight", () => {
  it("is the height of the first frame's lanes, before anything is measured", () => {
    expect(firstFrameHeight(input)).toBe(3 * laneHeight);
  });
});
