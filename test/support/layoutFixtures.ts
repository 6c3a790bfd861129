import { scaleUtc } from "d3-scale";
import type { LayoutSize } from "../../src/timeline/layout/layoutTimeline.ts";

/** The pixel sizes layout tests work in. */
export const SIZE: LayoutSize = {
  width: 1000,
  rowHeight: 20,
  maxRows: 3,
  minBand: 6,
  radius: 6,
  lanePadding: 4,
  binWidth: 25,
};

/** 2013–2022 across 1,000 px: a week is about 2 px. */
export const decade = scaleUtc()
  .domain([Date.UTC(2013, 0, 1), Date.UTC(2023, 0, 1)])
  .range([0, 1000]);
