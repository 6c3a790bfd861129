import { describe, expect, it } from "vitest";
import {
  AXIS_HEIGHT,
  LABEL_WIDTH,
  lanesTop,
  MAX_VIEWPORT,
  plotScale,
  viewportFor,
  widthOf,
} from "../../../src/app/timeline/timelineMeasures.ts";

describe("widthOf", () => {
  it("draws in whole pixels, and never narrower than a phone's 320", () => {
    expect(widthOf(1234.7)).toBe(1234);
    expect(widthOf(200)).toBe(320);
  });
});

describe("viewportFor", () => {
  it("fits a few lanes exactly, axis included", () => {
    expect(viewportFor(300)).toBe(300 + AXIS_HEIGHT);
  });

  it("stops growing at the viewport's limit: taller lanes scroll inside it", () => {
    expect(viewportFor(5000)).toBe(MAX_VIEWPORT);
  });

  it("keeps room for a lane when there is none", () => {
    expect(viewportFor(0)).toBe(AXIS_HEIGHT + 40);
  });
});

describe("lanesTop", () => {
  it("follows the scroll box", () => {
    expect(lanesTop(100, 2000, 640)).toBe(100);
  });

  it("never scrolls past the last lane, even when the lanes shrank as the view zoomed", () => {
    expect(lanesTop(1500, 1000, 640)).toBe(360);
    expect(lanesTop(200, 300, 640)).toBe(0);
  });
});

describe("plotScale", () => {
  it("puts the window between the lane labels and the right margin", () => {
    const x = plotScale([Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)], 1000);
    expect(x(Date.UTC(2020, 0, 1))).toBe(LABEL_WIDTH);
    expect(x(Date.UTC(2021, 0, 1))).toBeLessThan(1000);
    expect(x(Date.UTC(2021, 0, 1))).toBeGreaterThan(950);
  });
});
