import { describe, expect, it } from "vitest";
import { planFocusMove, type FocusMoveInput } from "../../../src/app/timeline/planFocusMove.ts";
import { spanOf, type EventSpan } from "../../../src/timeline/layout/eventSpan.ts";
import type { TimelinePlan } from "../../../src/timeline/layout/layoutTimeline.ts";
import { makeEvent } from "../../support/makeEvent.ts";

const DAY = 86_400_000;
const span = (id: string, company: string, date: string) =>
  spanOf(makeEvent(id, { companies: [company], date })) as EventSpan;
const ordered = [
  span("zoom-1", "zoom", "2018-01-10"),
  span("amazon-1", "amazon", "2018-02-10"),
  span("zoom-2", "zoom", "2018-03-10"),
];
const lanes = [{ key: "zoom" }, { key: "amazon" }];
const plan = (amazonY: number, clusters: TimelinePlan["clusters"] = []): TimelinePlan => ({
  lanes: [
    { key: "zoom", label: "Zoom", y: 0, height: 30 },
    { key: "amazon", label: "Amazon", y: amazonY, height: 30 },
  ],
  marks: [],
  clusters,
  height: amazonY + 30,
});
// Where the Amazon event's day is centred.
const amazonDay = ((ordered[1] as EventSpan).main.start + (ordered[1] as EventSpan).main.end) / 2;
const year2018: [number, number] = [Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)];
const move = (fromId: string, step: number, more: Partial<FocusMoveInput> = {}) =>
  planFocusMove({
    ordered,
    fromId,
    step,
    lanes,
    laneMode: "company",
    plan: plan(30),
    scrollTop: 0,
    viewport: 640,
    window: year2018,
    ...more,
  });

describe("planFocusMove", () => {
  it("steps to the next event in time, whichever lane it is in", () => {
    expect(move("zoom-1", 1)).toEqual({ id: "amazon-1", scrollTo: null, window: null });
    expect(move("amazon-1", 1)?.id).toBe("zoom-2");
    expect(move("zoom-2", -1)?.id).toBe("amazon-1");
  });

  it("Home and End reach the first and the last event", () => {
    expect(move("zoom-2", -Infinity)?.id).toBe("zoom-1");
    expect(move("zoom-1", Infinity)?.id).toBe("zoom-2");
  });

  it("goes nowhere past either end", () => {
    expect(move("zoom-2", 1)).toBeNull();
    expect(move("zoom-1", -Infinity)).toBeNull();
  });

  it("pans to an event outside the window, keeping the window's length", () => {
    const spring: [number, number] = [Date.UTC(2017, 0, 1), Date.UTC(2017, 6, 1)];
    const { window } = move("zoom-1", 1, { window: spring }) ?? {};
    const half = (spring[1] - spring[0]) / 2;
    expect(window).toEqual([amazonDay - half, amazonDay + half]);
  });

  it("zooms to 40 days around an event folded into a cluster, so it is drawn apart", () => {
    const cluster = {
      key: "amazon:bin",
      lane: 1,
      y: 35,
      x1: 0,
      x2: 20,
      count: 9,
      start: Date.UTC(2018, 1, 1),
      end: Date.UTC(2018, 2, 1),
    };
    const far: [number, number] = [Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1)];
    const { window } = move("zoom-1", 1, { window: far, plan: plan(30, [cluster]) }) ?? {};
    expect(window).toEqual([amazonDay - 20 * DAY, amazonDay + 20 * DAY]);
  });

  it("scrolls the lanes to the event's lane when it is below the viewport", () => {
    expect(move("zoom-1", 1, { plan: plan(900) })?.scrollTo).toBe(900);
    expect(move("zoom-1", 1, { plan: plan(900), scrollTop: 800 })?.scrollTo).toBeNull();
  });

  it("scrolls back up to a lane above the viewport", () => {
    expect(move("amazon-1", 1, { plan: plan(900), scrollTop: 800 })?.scrollTo).toBe(0);
  });
});
