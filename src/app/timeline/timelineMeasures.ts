import { scaleUtc, type ScaleTime } from "d3-scale";
import type { LayoutSize } from "../../timeline/layout/layoutTimeline.ts";

// The timeline's fixed measures, in pixels, and the pure sums the panel does with them.

/** The column of lane labels, left of the plot. */
export const LABEL_WIDTH = 150;
/** The time axis's band, above the lanes. */
export const AXIS_HEIGHT = 26;
/** The overview strip, under the lanes. */
export const OVERVIEW_HEIGHT = 40;
/** The tallest the lanes' viewport gets before they scroll inside it. */
export const MAX_VIEWPORT = 640;
/** Until it is measured (and in the build, where nothing is), the drawing is laid out this wide. */
export const INITIAL_WIDTH = 900;
/** Past this many marks in view, SVG nodes cost more than a canvas redraw. */
export const SVG_LIMIT = 120;
/** The layout's sizes, but for the plot's width, which follows the box. */
export const SIZE: Omit<LayoutSize, "width"> = {
  rowHeight: 20,
  maxRows: 4,
  minBand: 8,
  radius: 7,
  lanePadding: 5,
  binWidth: 28,
};
const RIGHT = 14;

/** The time scale that shows `window` across the plot of a drawing `width` wide. */
export function plotScale(
  window: readonly [number, number],
  width: number,
): ScaleTime<number, number> {
  return scaleUtc()
    .domain([window[0], window[1]])
    .range([LABEL_WIDTH, width - RIGHT]);
}

/** Where the plot ends, for the layout: marks past it are out of view. */
export function plotRight(width: number): number {
  return width - RIGHT;
}

/** The drawing's width for a box `px` wide. */
export function widthOf(px: number): number {
  return Math.max(320, Math.floor(px));
}

/** The scroll viewport's height for lanes `planHeight` tall. */
export function viewportFor(planHeight: number): number {
  return Math.max(AXIS_HEIGHT + 40, Math.min(MAX_VIEWPORT, planHeight + AXIS_HEIGHT));
}

/**
 * How far the lanes are scrolled as drawn: the box's scroll offset, but never past the end of
 * lanes `contentHeight` tall (axis included) seen through a viewport `viewport` tall.
 */
export function lanesTop(scrollTop: number, contentHeight: number, viewport: number): number {
  return Math.min(scrollTop, Math.max(0, contentHeight - viewport));
}
