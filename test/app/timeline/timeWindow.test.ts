import { describe, expect, it } from "vitest";
import { ENGLISH_LOCALIZER } from "../../../src/app/i18n/useI18n.ts";
import { clampWindow, formatWindow, padWindow } from "../../../src/app/timeline/timeWindow.ts";

const DAY = 86_400_000;
const extent: [number, number] = [Date.UTC(2013, 0, 1), Date.UTC(2023, 0, 1)];

describe("clampWindow", () => {
  it("slides a window that runs past the end back inside, keeping its length", () => {
    const window: [number, number] = [Date.UTC(2022, 6, 1), Date.UTC(2023, 6, 1)];
    const [from, to] = clampWindow(window, extent);
    expect(to).toBe(extent[1]);
    expect(to - from).toBe(window[1] - window[0]);
  });

  it("slides a window that starts before the beginning forward", () => {
    expect(clampWindow([extent[0] - 10 * DAY, extent[0] + 20 * DAY], extent)).toEqual([
      extent[0],
      extent[0] + 30 * DAY,
    ]);
  });

  it("shrinks a window wider than everything to everything", () => {
    expect(clampWindow([extent[0] - 400 * DAY, extent[1] + 400 * DAY], extent)).toEqual(extent);
  });
});

describe("padWindow", () => {
  it("gives a single day at least 15 days either side", () => {
    const day = Date.UTC(2020, 7, 3);
    expect(padWindow([day, day])).toEqual([day - 15 * DAY, day + 15 * DAY]);
  });

  it("gives a long stretch 15% of its length either side", () => {
    const [from, to] = padWindow([0, 1000 * DAY]);
    expect([from / DAY, to / DAY]).toEqual([-150, 1150]);
  });
});

describe("formatWindow", () => {
  it("reads as two UTC days, whatever the machine's time zone", () => {
    expect(
      formatWindow([Date.UTC(2020, 7, 3, 23, 30), Date.UTC(2021, 0, 1)], ENGLISH_LOCALIZER.day),
    ).toBe("3 Aug 2020 – 1 Jan 2021");
  });
});
