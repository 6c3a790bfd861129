import { scaleUtc } from "d3-scale";
import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../../src/model/dataset.ts";
import { decade, SIZE } from "../../support/layoutFixtures.ts";
import { makeEvent } from "../../support/makeEvent.ts";
import { extentOf, spanOf, type EventSpan } from "../../../src/timeline/layout/eventSpan.ts";
import { groupLanes, lanesOf } from "../../../src/timeline/layout/groupLanes.ts";
import { layoutTimeline } from "../../../src/timeline/layout/layoutTimeline.ts";
import { EVENT_TYPE_LABELS, type EventType } from "../../../src/model/eventType.ts";

const typeLabel = (type: EventType) => EVENT_TYPE_LABELS[type];

const event = (id: string, date: string | null, fields: Parameters<typeof makeEvent>[1] = {}) =>
  makeEvent(id, { ...fields, date });
const spans = (...events: TimelineEvent[]) =>
  events.map(spanOf).filter((s): s is EventSpan => s !== null);

describe("spanOf", () => {
  it("places a day as an instant and a month or year as the whole stretch", () => {
    const [day, month, year] = spans(
      event("d", "2020-08-03"),
      event("m", "2021-06"),
      event("y", "2021"),
    );
    expect(day?.main).toMatchObject({ precision: "day", start: Date.UTC(2020, 7, 3) });
    expect(month?.main.end).toBe(Date.UTC(2021, 6, 1) - 1);
    expect(year?.main.end).toBe(Date.UTC(2022, 0, 1) - 1);
  });

  it("leaves undated events off the timeline", () => expect(spanOf(event("u", null))).toBeNull());

  it("uses the effective date when no announcement date is known", () => {
    expect(spanOf(event("e", null, { effective: "2020-08-23" }))?.main.start).toBe(
      Date.UTC(2020, 7, 23),
    );
  });

  it("covers effective dates in the extent", () => {
    expect(extentOf(spans(event("k", "2022-06-02", { effective: "2023-06-30" })))?.[1]).toBe(
      Date.UTC(2023, 5, 30, 23, 59, 59, 999),
    );
  });
});

describe("groupLanes", () => {
  const all = spans(
    event("kindle", "2022-06-02", { companies: ["amazon"], type: "shutdown" }),
    event("jd", "2013-09", { companies: ["jd-com"], type: "partnership-cut" }),
    event("zoom", "2020-08-03", { type: "sales-halt" }),
    event("youkeshu", "2021", { companies: ["amazon"], type: "seller-ban" }),
  );
  const names: Record<string, string> = { amazon: "Amazon", "jd-com": "JD.com", zoom: "Zoom" };

  it("remembers a grouping for the same spans, and regroups when the mode or names change", () => {
    const labels = { company: (id: string) => names[id] ?? id, type: typeLabel };
    const byCompany = lanesOf(all, "company", labels);
    expect(lanesOf(all, "company", labels)).toBe(byCompany);
    expect(lanesOf(all, "type", labels).map((l) => l.label)).toEqual([
      "Shutdown",
      "Sales halt",
      "Seller ban",
      "Partnership cut",
    ]);
    const upper = { company: (id: string) => id.toUpperCase(), type: typeLabel };
    expect(lanesOf(all, "company", upper).map((l) => l.label)).toEqual([
      "JD-COM",
      "ZOOM",
      "AMAZON",
    ]);
  });

  it("makes one lane per company, ordered by first event", () => {
    expect(
      groupLanes(all, "company", { company: (id) => names[id] ?? id, type: typeLabel }).map((l) => [
        l.label,
        l.spans.map((s) => s.event.id),
      ]),
    ).toEqual([
      ["JD.com", ["jd"]],
      ["Zoom", ["zoom"]],
      ["Amazon", ["youkeshu", "kindle"]],
    ]);
  });

  it("regroups by event type in legend order", () => {
    expect(
      groupLanes(all, "type", { company: (id) => id, type: typeLabel }).map((l) => l.label),
    ).toEqual(["Shutdown", "Sales halt", "Seller ban", "Partnership cut"]);
  });
});

describe("layoutTimeline", () => {
  const lane = (...events: TimelineEvent[]) =>
    groupLanes(spans(...events), "company", { company: () => "Zoom", type: typeLabel });

  it("draws a day as a point and a month or year as a band spanning it", () => {
    const plan = layoutTimeline(lane(event("d", "2015-03-10"), event("y", "2019")), decade, SIZE);
    const [point, band] = plan.marks;
    expect(point).toMatchObject({ id: "d", shape: "point" });
    expect(point?.x1).toBe(point?.x2);
    expect(band).toMatchObject({ id: "y", shape: "band" });
    expect(band?.x1).toBeCloseTo(decade(Date.UTC(2019, 0, 1)), 5);
    expect(band?.x2).toBeCloseTo(decade(Date.UTC(2020, 0, 1)), 0);
  });

  it("keeps a narrow band wide enough to see and click", () => {
    const [mark] = layoutTimeline(lane(event("m", "2021-06")), decade, SIZE).marks;
    expect((mark?.x2 ?? 0) - (mark?.x1 ?? 0)).toBeGreaterThanOrEqual(SIZE.minBand);
  });

  it("marks approximate dates and joins announcement to effective date", () => {
    const [mark] = layoutTimeline(
      lane(event("k", "2022-06~", { effective: "2023-06-30" })),
      decade,
      SIZE,
    ).marks;
    expect(mark?.approximate).toBe(true);
    expect(mark?.effective?.x1).toBeCloseTo(decade(Date.UTC(2023, 5, 30, 12)), 0);
  });

  it("stacks overlapping marks in rows and grows the lane", () => {
    const plan = layoutTimeline(
      lane(event("a", "2020-08-03"), event("b", "2020-08-05"), event("c", "2018-01-01")),
      decade,
      SIZE,
    );
    const rows = Object.fromEntries(plan.marks.map((m) => [m.id, m.y]));
    expect(rows.a).not.toBe(rows.b);
    expect(rows.c).toBe(rows.a);
    expect(plan.lanes[0]?.height).toBe(2 * SIZE.rowHeight + 2 * SIZE.lanePadding);
  });

  it("clusters a pile taller than maxRows, and splits it when zoomed in", () => {
    const many = [1, 2, 3, 4, 5].map((d) => event(`e${d}`, `2020-08-0${d}`));
    const far = layoutTimeline(lane(...many), decade, SIZE);
    expect(far.marks).toEqual([]);
    expect(far.clusters).toHaveLength(1);
    expect(far.clusters[0]?.count).toBe(5);
    const week = scaleUtc()
      .domain([Date.UTC(2020, 7, 1), Date.UTC(2020, 7, 8)])
      .range([0, 1000]);
    const near = layoutTimeline(lane(...many), week, SIZE);
    expect(near.clusters).toEqual([]);
    expect(near.marks).toHaveLength(5);
  });

  it("keeps the selected event as a mark even inside a pile", () => {
    const many = [1, 2, 3, 4, 5].map((d) => event(`e${d}`, `2020-08-0${d}`));
    const plan = layoutTimeline(
      lane(...many),
      decade,
      SIZE,
      spans(...many.filter((e) => e.id === "e3")),
    );
    expect(plan.clusters).toEqual([]);
    expect(plan.marks.map((m) => m.id)).toContain("e3");
  });

  it("turns a lane too crowded to draw into density bins with counts", () => {
    const crowded = Array.from({ length: 5000 }, (_, i) =>
      event(
        `c${i}`,
        new Date(Date.UTC(2014, 0, 1) + i * 86_400_000 * 0.5).toISOString().slice(0, 10),
      ),
    );
    const plan = layoutTimeline(
      lane(...crowded),
      decade,
      SIZE,
      spans(...crowded.filter((e) => e.id === "c10")),
    );
    expect(plan.marks.map((m) => m.id)).toEqual(["c10"]);
    expect(plan.clusters.reduce((n, c) => n + c.count, 0)).toBe(5000);
    expect(plan.clusters.every((c) => c.x2 - c.x1 <= SIZE.binWidth)).toBe(true);
  });

  it("in a crowded lane, draws a pinned event that shares its day with others", () => {
    const crowded = Array.from({ length: 5000 }, (_, i) =>
      event(
        `c${i}`,
        new Date(Date.UTC(2014, 0, 1) + Math.floor(i / 4) * 86_400_000).toISOString().slice(0, 10),
      ),
    );
    const pinned = spans(...crowded.filter((e) => e.id === "c7" || e.id === "c4001"));
    const plan = layoutTimeline(lane(...crowded), decade, SIZE, pinned);
    expect(plan.marks.map((m) => m.id)).toEqual(["c7", "c4001"]);
  });

  it("leaves out marks outside the visible width", () => {
    const zoomed = scaleUtc()
      .domain([Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)])
      .range([0, 1000]);
    const plan = layoutTimeline(
      lane(event("in", "2020-06-01"), event("out", "2015-06-01")),
      zoomed,
      SIZE,
    );
    expect(plan.marks.map((m) => m.id)).toEqual(["in"]);
  });
});
