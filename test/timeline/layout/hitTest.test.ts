import { describe, expect, it } from "vitest";
import { hitTest } from "../../../src/timeline/layout/hitTest.ts";
import type { ClusterPlan, MarkPlan } from "../../../src/timeline/layout/layoutTimeline.ts";

const point: MarkPlan = {
  id: "p",
  type: "exit",
  lane: 0,
  y: 10,
  x1: 100,
  x2: 100,
  shape: "point",
  approximate: false,
  effective: null,
};
const joined: MarkPlan = {
  ...point,
  id: "j",
  y: 40,
  effective: { x1: 300, x2: 300, shape: "point", approximate: false },
};
const cluster: ClusterPlan = {
  key: "c",
  lane: 1,
  y: 70,
  x1: 500,
  x2: 504,
  count: 12,
  start: 0,
  end: 1,
};

describe("hitTest", () => {
  it("finds a dot under the pointer, with a little slop", () => {
    expect(hitTest([point], [], 100, 18)?.mark?.id).toBe("p");
    expect(hitTest([point], [], 107, 18)?.mark?.id).toBe("p");
    expect(hitTest([point], [], 120, 18)).toBeNull();
  });

  it("counts the connector and the effective date as part of the mark", () => {
    expect(hitTest([joined], [], 200, 48)?.mark?.id).toBe("j");
    expect(hitTest([joined], [], 305, 48)?.mark?.id).toBe("j");
  });

  it("gives a narrow cluster a clickable width", () => {
    expect(hitTest([], [cluster], 511, 78)?.cluster?.key).toBe("c");
    expect(hitTest([], [cluster], 520, 78)).toBeNull();
  });

  it("prefers a mark drawn over a cluster", () => {
    expect(hitTest([{ ...point, y: 70, x1: 502, x2: 502 }], [cluster], 502, 78)?.mark?.id).toBe(
      "p",
    );
  });
});
