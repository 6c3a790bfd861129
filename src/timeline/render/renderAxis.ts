import type { ScaleTime } from "d3-scale";
import { updateAttributes } from "./updateAttributes.ts";

/** The time axis's scale, its ticks, and their words. */
export interface AxisOptions {
  readonly x: ScaleTime<number, number>;
  /** The ticks to draw, in time order (`x.ticks`). */
  readonly ticks: readonly Date[];
  readonly tickFormat: (date: Date) => string;
}

const SVG = "http://www.w3.org/2000/svg";
// Each tick's time, and the words each axis's labels were written in.
const tickTimes = new WeakMap<Element, number>();
const formats = new WeakMap<SVGGElement, (date: Date) => string>();

/**
 * Draws a time axis along the top of `group`, as d3-axis's `axisTop` with no outer ticks draws
 * it (the same elements and attributes), but keyed by each tick's time and writing only what
 * changed. While zooming, ticks move and keep their labels: a frame neither formats a label
 * again nor makes the browser lay out its text again, as rewriting every label would.
 */
export function renderAxis(group: SVGGElement, { x, ticks, tickFormat }: AxisOptions): void {
  // On a screen of one pixel per unit, lines half a pixel off the grid stay sharp.
  const offset = window.devicePixelRatio > 1 ? 0 : 0.5;
  const relabel = formats.get(group) !== tickFormat;
  formats.set(group, tickFormat);
  if (!group.hasAttribute("text-anchor"))
    updateAttributes(group, {
      fill: "none",
      "font-size": 10,
      "font-family": "sans-serif",
      "text-anchor": "middle",
    });
  let domain = group.querySelector<SVGPathElement>(":scope > path.domain");
  if (!domain) {
    domain = document.createElementNS(SVG, "path");
    domain.setAttribute("class", "domain");
    domain.setAttribute("stroke", "currentColor");
    group.prepend(domain);
  }
  const [r0, r1] = x.range() as [number, number];
  updateAttributes(domain, { d: `M${r0 + offset},${offset}H${r1 + offset}` });

  const shown = new Map<number, SVGGElement>();
  for (const tick of group.querySelectorAll<SVGGElement>(":scope > g.tick")) {
    const time = tickTimes.get(tick);
    if (time === undefined || shown.has(time)) tick.remove();
    else shown.set(time, tick);
  }
  const wanted = new Set(ticks.map((d) => d.getTime()));
  for (const [time, tick] of shown)
    if (!wanted.has(time)) {
      tick.remove();
      shown.delete(time);
    }
  // In time order after the domain line, as the axis's own join orders them.
  let previous: Element = domain;
  for (const date of ticks) {
    const time = date.getTime();
    let tick = shown.get(time);
    if (!tick) {
      tick = makeTick();
      tickTimes.set(tick, time);
    }
    if (tick.previousElementSibling !== previous) previous.after(tick);
    updateAttributes(tick, { opacity: 1, transform: `translate(${x(date) + offset},0)` });
    const label = tick.lastElementChild;
    if (label && (relabel || !shown.has(time))) {
      const text = tickFormat(date);
      if (label.textContent !== text) label.textContent = text;
    }
    previous = tick;
  }
}

/** A tick as `axisTop` makes one: a mark 6 px up and its label above it. */
function makeTick(): SVGGElement {
  const tick = document.createElementNS(SVG, "g");
  tick.setAttribute("class", "tick");
  const line = document.createElementNS(SVG, "line");
  line.setAttribute("stroke", "currentColor");
  line.setAttribute("y2", "-6");
  const text = document.createElementNS(SVG, "text");
  text.setAttribute("fill", "currentColor");
  text.setAttribute("y", "-9");
  text.setAttribute("dy", "0em");
  tick.append(line, text);
  return tick;
}
