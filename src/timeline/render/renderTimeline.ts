import type { ScaleTime } from "d3-scale";
import { select } from "d3-selection";
import type { ClusterPlan, MarkPlan, TimelinePlan } from "../layout/layoutTimeline.ts";
import { TYPE_COLORS } from "../typeColors.ts";
import { drawMarks } from "./drawMarks.ts";
import { renderAxis } from "./renderAxis.ts";
import { updateAttributes } from "./updateAttributes.ts";

/** What the renderer needs besides the plan: the viewport, labels, selection, and input handlers. */
export interface RenderOptions {
  readonly x: ScaleTime<number, number>;
  readonly width: number;
  /** Height of the drawing surface (the scroll viewport). */
  readonly height: number;
  /** How far the lanes are scrolled. */
  readonly top: number;
  readonly axisHeight: number;
  readonly labelWidth: number;
  readonly selectedId: string | null;
  /** The one mark reachable with Tab (roving tab index); arrows move from it. */
  readonly tabStopId: string | null;
  /** Past this many marks in view, marks are drawn on the canvas. */
  readonly svgLimit: number;
  readonly label: (id: string) => string;
  readonly clusterLabel: (cluster: ClusterPlan) => string;
  /** An axis tick's words in the interface language. */
  readonly tickFormat: (date: Date) => string;
  readonly onActivate: (id: string) => void;
  readonly onCluster: (cluster: ClusterPlan) => void;
  readonly onHover: (id: string | null, x: number, y: number) => void;
}

/** What was drawn, for hit testing and focus. */
export interface RenderResult {
  readonly mode: "svg" | "canvas";
  /** Marks in the viewport (drawn in SVG or on the canvas). */
  readonly marks: readonly MarkPlan[];
  readonly clusters: readonly ClusterPlan[];
}

/** What each cluster's label was written from. */
const clusterLabels = new WeakMap<
  Element,
  { said: string; label: RenderOptions["clusterLabel"] }
>();

/** Each drawn timeline's latest options, read by the listeners bound to its marks. */
const CURRENT = new WeakMap<SVGSVGElement, RenderOptions & { readonly offset: number }>();

/**
 * Draws the lanes in view into `svg` (axis, lane bands, labels, marks as buttons) with d3 joins,
 * or, when more marks are in view than `svgLimit`, draws marks and clusters on `canvas` and keeps
 * only the selected and focused events as SVG buttons.
 */
export function renderTimeline(
  svg: SVGSVGElement,
  canvas: HTMLCanvasElement,
  plan: TimelinePlan,
  options: RenderOptions,
): RenderResult {
  const { x, axisHeight, labelWidth, width, height, top } = options;
  const bottom = top + height - axisHeight;
  const lanes = plan.lanes.filter((l) => l.y + l.height > top && l.y < bottom);
  const inView = (y: number) => y + 20 > top && y < bottom;
  const marks = plan.marks.filter((m) => inView(m.y));
  const clusters = plan.clusters.filter((c) => inView(c.y));
  const mode = marks.length + clusters.length > options.svgLimit ? "canvas" : "svg";
  const pinned = new Set([options.selectedId, options.tabStopId]);
  const svgMarks = mode === "svg" ? marks : marks.filter((m) => pinned.has(m.id));
  const svgClusters = mode === "svg" ? clusters : [];
  // Listeners are bound once, when a mark appears, and read the latest draw's callbacks and
  // scroll offset from here: rebinding every mark's listeners on every frame is costly.
  const current = { ...options, offset: axisHeight - top };
  CURRENT.set(svg, current);
  const now = () => CURRENT.get(svg) ?? current;

  // Styles are read before anything is written: read after, each would force a style recalc.
  const style = getComputedStyle(svg);
  const color = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const labelFont = color("--label-font", "13px system-ui, sans-serif");
  const theme = { background: color("--bg", "#fff"), muted: color("--muted", "#57606a") };
  const laneColor = color("--lane", "#f1f3f6");
  const lineColor = color("--line", "#d0d7de");

  updateAttributes(svg, { width, height });
  const axis = layer<SVGGElement>(svg, "g", "axis", { "aria-hidden": "true" });
  const body = layer<SVGGElement>(svg, "g", "body");
  const labels = layer<SVGGElement>(svg, "g", "labels");
  for (const group of [body, labels])
    updateAttributes(group, { transform: `translate(0,${axisHeight - top})` });
  // The axis is drawn last so it stays above the lanes scrolling under it.
  if (axis.nextSibling) svg.append(axis);
  updateAttributes(layer(axis, "rect", "axis-bg"), { width, height: axisHeight });
  const ticks = layer<SVGGElement>(axis, "g", "ticks");
  updateAttributes(ticks, { transform: `translate(0,${axisHeight - 1})` });
  const tickDates = x.ticks(Math.max(2, Math.floor((width - labelWidth) / 110)));
  renderAxis(ticks, { x, ticks: tickDates, tickFormat: options.tickFormat });

  const marksLayer = select(layer<SVGGElement>(body, "g", "marks"));
  marksLayer
    .selectAll<SVGGElement, MarkPlan>("g.mark")
    .data(svgMarks, (d) => d.id)
    .join((enter) => {
      // What never changes for an event is written once, when its mark appears.
      const g = enter
        .append("g")
        .attr("class", "mark")
        .attr("role", "button")
        .attr("data-id", (d) => d.id)
        .attr("aria-label", (d) => options.label(d.id))
        .classed("approximate", (d) => d.approximate)
        .style("--mark-color", (d) => TYPE_COLORS[d.type])
        .on("click", (_, d) => now().onActivate(d.id))
        .on("keydown", (event: KeyboardEvent, d) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            now().onActivate(d.id);
          }
        })
        .on("pointerenter focus", (_, d) => now().onHover(d.id, d.x1, d.y + now().offset))
        .on("pointerleave blur", () => now().onHover(null, 0, 0));
      // The whole mark, connector and effective date included, answers the pointer.
      g.append("rect").attr("class", "hit");
      g.append("line").attr("class", "connector");
      g.append("rect").attr("class", "effective");
      g.append("rect").attr("class", "main");
      g.append("rect").attr("class", "ring");
      return g;
    })
    .each(function (d) {
      updateAttributes(this, {
        "aria-pressed": String(d.id === options.selectedId),
        tabindex: d.id === options.tabStopId ? 0 : -1,
      });
      this.classList.toggle("selected", d.id === options.selectedId);
      // In the order the enter step appended them.
      const [hit, connector, effective, main, ring] = this.children;
      const mid = d.y + 8;
      const [mx, mw] = box(d.x1, d.x2, d.shape);
      const point = d.shape === "point";
      updateAttributes(main, { x: mx, y: mid - 6, width: mw, height: 12, rx: point ? 6 : 2 });
      updateAttributes(ring, {
        x: mx - 3,
        y: mid - 9,
        width: mw + 6,
        height: 18,
        rx: point ? 9 : 4,
      });
      const e = d.effective;
      const right = e ? Math.max(mx + mw, e.x2 + 6) : mx + mw;
      updateAttributes(hit, { x: mx - 4, y: mid - 9, width: right - mx + 8, height: 18 });
      updateAttributes(connector, {
        display: e ? null : "none",
        x1: d.x2,
        x2: e?.x1 ?? 0,
        y1: mid,
        y2: mid,
      });
      const [ex, ew] = e ? box(e.x1, e.x2, e.shape) : [0, 0];
      effective?.classList.toggle("approximate", Boolean(e?.approximate));
      updateAttributes(effective, {
        display: e ? null : "none",
        x: ex,
        y: mid - 5,
        width: ew,
        height: 10,
        rx: e?.shape === "point" ? 1 : 2,
        transform: e?.shape === "point" ? `rotate(45 ${ex + ew / 2} ${mid})` : null,
      });
    });

  marksLayer
    .selectAll<SVGGElement, ClusterPlan>("g.cluster")
    .data(svgClusters, (d) => d.key)
    .join((enter) => {
      const g = enter
        .append("g")
        .attr("class", "cluster")
        .attr("role", "button")
        .attr("tabindex", -1)
        .on("click", (_, d) => now().onCluster(d))
        .on("keydown", (event: KeyboardEvent, d) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            now().onCluster(d);
          }
        });
      g.append("rect").attr("class", "main");
      g.append("text");
      g.append("rect").attr("class", "ring");
      return g;
    })
    .each(function (d) {
      const w = Math.max(26, d.x2 - d.x1 + 12);
      const left = (d.x1 + d.x2) / 2 - w / 2;
      // In the order the enter step appended them.
      const [main, text, ring] = this.children;
      updateAttributes(main, { x: left, y: d.y, width: w, height: 16, rx: 8 });
      updateAttributes(ring, { x: left - 3, y: d.y - 3, width: w + 6, height: 22, rx: 11 });
      updateAttributes(text, { x: left + w / 2, y: d.y + 12 });
      const count = String(d.count);
      if (text && text.textContent !== count) text.textContent = count;
      // A cluster's label says its dates in words: they are formatted again only when the
      // cluster's count or time changed, or the words did.
      const said = `${d.count} ${d.start} ${d.end}`;
      const known = clusterLabels.get(this);
      if (known?.said !== said || known.label !== options.clusterLabel) {
        this.setAttribute("aria-label", options.clusterLabel(d));
        clusterLabels.set(this, { said, label: options.clusterLabel });
      }
    });

  updateAttributes(layer(labels, "rect", "gutter"), {
    x: 0,
    y: top,
    width: labelWidth - 8,
    height,
  });
  select(labels)
    .selectAll<SVGTextElement, TimelinePlan["lanes"][number]>("text")
    .data(lanes, (d) => d.key)
    .join("text")
    .each(function (d) {
      updateAttributes(this, { x: 8, y: d.y + 16 });
      // Measuring text is a layout: do it only when a label first appears or changes.
      if (this.getAttribute("data-label") === d.label) return;
      this.setAttribute("data-label", d.label);
      this.textContent = d.label;
      clip(this, labelWidth - 20, labelFont);
    });

  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  const context = canvas.getContext("2d");
  if (context) {
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    // Lane bands and grid lines sit under the marks, on the canvas in both modes.
    for (const lane of lanes) {
      context.fillStyle = plan.lanes.indexOf(lane) % 2 ? laneColor : theme.background;
      context.fillRect(0, lane.y + axisHeight - top, width, lane.height);
    }
    context.strokeStyle = lineColor;
    context.setLineDash([2, 3]);
    context.beginPath();
    for (const tick of tickDates) {
      const at = Math.round(x(tick)) + 0.5;
      context.moveTo(at, axisHeight);
      context.lineTo(at, height);
    }
    context.stroke();
    context.setLineDash([]);
    if (mode === "canvas") {
      context.save();
      context.beginPath();
      context.rect(labelWidth - 8, axisHeight, width, height - axisHeight);
      context.clip();
      drawMarks(
        context,
        marks.filter((m) => !pinned.has(m.id)),
        clusters,
        axisHeight - top,
        theme,
      );
      context.restore();
    }
  }
  return { mode, marks, clusters };
}

/** The one `tag.name` child of `parent`, made with `attributes` when it is missing. */
function layer<E extends SVGElement>(
  parent: Element,
  tag: string,
  name: string,
  attributes: Readonly<Record<string, string>> = {},
): E {
  const found = parent.querySelector<E>(`:scope > ${tag}.${name}`);
  if (found) return found;
  const made = document.createElementNS("http://www.w3.org/2000/svg", tag) as E;
  made.setAttribute("class", name);
  for (const [key, value] of Object.entries(attributes)) made.setAttribute(key, value);
  parent.append(made);
  return made;
}

function box(x1: number, x2: number, shape: "point" | "band"): [number, number] {
  return shape === "point" ? [x1 - 6, 12] : [x1, Math.max(2, x2 - x1)];
}

// Long company names are shortened to fit the label column; the full name stays in a title.
// Text is measured on a canvas: asking the SVG would lay out the whole page once per label. It is
// made on first use: the build loads this module to prerender the page, where there is no document.
let measure: CanvasRenderingContext2D | null | undefined;

function clip(text: SVGTextElement, max: number, font: string): void {
  const full = text.textContent ?? "";
  measure ??= document.createElement("canvas").getContext("2d");
  if (!measure) return;
  measure.font = font;
  if (measure.measureText(full).width <= max) return;
  let short = full;
  while (short.length > 3 && measure.measureText(`${short}…`).width > max)
    short = short.slice(0, -1);
  text.textContent = `${short}…`;
  select(text).append("title").text(full);
}
