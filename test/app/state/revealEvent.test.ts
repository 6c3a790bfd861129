import { describe, expect, it } from "vitest";
import { revealEvent } from "../../../src/app/state/revealEvent.ts";

const Y2020: [number, number] = [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)];

describe("revealEvent", () => {
  it("keeps a window that already shows the event", () => {
    expect(revealEvent(Y2020, { start: Date.UTC(2020, 7, 3), end: Date.UTC(2020, 7, 4) })).toBe(
      Y2020,
    );
  });

  it("keeps fitting everything when nothing is zoomed", () => {
    expect(revealEvent(null, { start: 0, end: 1 })).toBeNull();
  });

  it("recentres a window of the same width on an event outside it", () => {
    const [start, end] = revealEvent(Y2020, {
      start: Date.UTC(2013, 8, 1),
      end: Date.UTC(2013, 8, 2),
    }) ?? [0, 0];
    expect(end - start).toBe(Y2020[1] - Y2020[0]);
    expect(start).toBeLessThan(Date.UTC(2013, 8, 1));
    expect(end).toBeGreaterThan(Date.UTC(2013, 8, 2));
  });

  it("widens the window for an event longer than it", () => {
    const [start, end] = revealEvent([Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 8)], {
      start: Date.UTC(2015, 0, 1),
      end: Date.UTC(2016, 0, 1),
    }) ?? [0, 0];
    expect(start).toBeLessThanOrEqual(Date.UTC(2015, 0, 1));
    expect(end).toBeGreaterThanOrEqual(Date.UTC(2016, 0, 1));
  });
});
