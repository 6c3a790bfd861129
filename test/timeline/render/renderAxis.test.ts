// @vitest-environment jsdom
import { axisTop } from "d3-axis";
import { scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import { describe, expect, it, vi } from "vitest";
import { ENGLISH_LOCALIZER } from "../../../src/app/i18n/useI18n.ts";
import { renderAxis } from "../../../src/timeline/render/renderAxis.ts";

const SVG = "http://www.w3.org/2000/svg";
const group = () => document.createElementNS(SVG, "g");
const scale = (from: number, to: number) => scaleUtc().domain([from, to]).range([150, 1000]);
const decade = scale(Date.UTC(2013, 0, 1), Date.UTC(2023, 0, 1));
const years = scale(Date.UTC(2019, 0, 1), Date.UTC(2021, 0, 1));
const { tick } = ENGLISH_LOCALIZER;

/** The axis as d3-axis draws it, for comparison. */
function d3Axis(x: ReturnType<typeof scale>, ticks = x.ticks(8)): string {
  const g = group();
  select(g).call(
    axisTop(x)
      .tickValues(ticks)
      .tickFormat((d) => tick(d as Date))
      .tickSizeOuter(0),
  );
  return g.outerHTML;
}

describe("renderAxis", () => {
  it("draws the axis d3's axisTop draws: the same ticks, labels and lines", () => {
    const g = group();
    renderAxis(g, { x: decade, ticks: decade.ticks(8), tickFormat: tick });
    expect(g.outerHTML).toBe(d3Axis(decade));
  });

  it("after zooming, shows what axisTop would show for the new window", () => {
    const g = group();
    renderAxis(g, { x: decade, ticks: decade.ticks(8), tickFormat: tick });
    renderAxis(g, { x: years, ticks: years.ticks(8), tickFormat: tick });
    expect(g.outerHTML).toBe(d3Axis(years));
    expect([...g.querySelectorAll("text")].map((t) => t.textContent)).toContain("2020");
  });

  it("writes a tick's label once, while zooming only moves it", () => {
    const g = group();
    const format = vi.fn(tick);
    renderAxis(g, { x: decade, ticks: decade.ticks(8), tickFormat: format });
    const labels = format.mock.calls.length;
    const wider = scale(Date.UTC(2012, 11, 1), Date.UTC(2023, 1, 1));
    renderAxis(g, { x: wider, ticks: decade.ticks(8), tickFormat: format });
    expect(format.mock.calls.length).toBe(labels);
    expect(g.outerHTML).toBe(d3Axis(wider, decade.ticks(8)));
  });

  it("rewrites every label in another language", () => {
    const g = group();
    renderAxis(g, { x: decade, ticks: decade.ticks(8), tickFormat: tick });
    const upper = (d: Date) => tick(d).toUpperCase();
    renderAxis(g, { x: decade, ticks: decade.ticks(8), tickFormat: upper });
    expect([...g.querySelectorAll("text")].map((t) => t.textContent)).toEqual(
      decade.ticks(8).map(upper),
    );
  });
});
