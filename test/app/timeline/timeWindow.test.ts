import { describe, expect, it } from "vitest";
import { ENGLISH_LOCALIZER } from "../../../src/app/i18n/useI18n.ts";
import {
  clampWindow,
  formatWindow,
  paddedExtent,
  padWindow,
  panWindow,
  settleWindow,
  zoomWindow,
} from "../../../src/app/timeline/timeWindow.ts";

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

describe("settleWindow", () => {
  it("shows a window inside the extent and records it in the link", () => {
    const window: [number, number] = [Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)];
    expect(settleWindow(window, extent)).toEqual({ shown: window, linked: window });
  });

  it("slides a window past the end back inside before recording it", () => {
    const { shown, linked } = settleWindow([Date.UTC(2022, 6, 1), Date.UTC(2023, 6, 1)], extent);
    expect(shown).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)]);
    expect(linked).toEqual(shown);
  });

  it("leaves the link without a window when everything is shown", () => {
    expect(settleWindow(null, extent)).toEqual({ shown: extent, linked: null });
    expect(settleWindow([extent[0] - DAY, extent[1] + DAY], extent)).toEqual({
      shown: extent,
      linked: null,
    });
  });

  it("gives a new window each time, so setting the same one again still redraws", () => {
    expect(settleWindow(null, extent).shown).not.toBe(settleWindow(null, extent).shown);
  });
});

describe("zoomWindow", () => {
  it("zooms in and out around the window's middle", () => {
    expect(zoomWindow([0, 100 * DAY], 2)).toEqual([25 * DAY, 75 * DAY]);
    expect(zoomWindow([25 * DAY, 75 * DAY], 1 / 2)).toEqual([0, 100 * DAY]);
  });

  it("stops zooming in at four days", () => {
    expect(zoomWindow([0, 6 * DAY], 4)).toEqual([DAY, 5 * DAY]);
  });
});

describe("panWindow", () => {
  it("moves the window by a share of its length, later or earlier", () => {
    expect(panWindow([0, 100 * DAY], 1 / 4)).toEqual([25 * DAY, 125 * DAY]);
    expect(panWindow([0, 100 * DAY], -1 / 4)).toEqual([-25 * DAY, 75 * DAY]);
  });
});

describe("paddedExtent", () => {
  it("leaves 4% of a long span either side", () => {
    const [from, to] = paddedExtent([0, 100 * 365 * DAY]);
    expect([from / (365 * DAY), to / (365 * DAY)]).toEqual([-4, 104]);
  });

  it("leaves at least a quarter of a year either side of a short span", () => {
    const day = Date.UTC(2020, 7, 3);
    expect(paddedExtent([day, day])).toEqual([day - 91.25 * DAY, day + 91.25 * DAY]);
  });

  it("without dated events, shows 2000 to 2025", () => {
    expect(paddedExtent(null)).toEqual([Date.UTC(2000, 0, 1), Date.UTC(2025, 0, 1)]);
  });
});
