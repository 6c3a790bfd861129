import { axisTop } from "d3-axis";
import type { ScaleTime } from "d3-scale";
import { select } from "d3-selection";
import type { ClusterPlan, MarkPlan, TimelinePlan } from "../layout/layoutTimeline.ts";
import { TYPE_COLORS } from "../typeColors.ts";

/** What the renderer needs besides the plan: labels, selection, and where to send input. */
export interface RenderOptions {
  readonly x: ScaleTime<number, number>;
  readonly width: number;
  readonly axisHeight: number;
  readonly labelWidth: number;
  readonly selectedId: string | null;
  /** The one mark reachable with Tab (roving tab index); arrows move from it. */
  readonly tabStopId: string | null;
  readonly label: (id: string) => string;
  readonly clusterLabel: (cluster: ClusterPlan) => string;
  readonly onActivate: (id: string) => void;
  readonly onCluster: (cluster: ClusterPlan) => void;
  readonly onHover: (id: string | null, x: number, y: number) => void;
}

/**
 * Draws a laid-out timeline into `svg` with d3 joins: lanes and their labels, the time axis,
 * marks (points for days, bands for months and years, dashed when approximate, joined to their
 * effective date) and clusters. Each mark is a button for assistive technology.
 */
export function renderTimeline(
  svg: SVGSVGElement,
  plan: TimelinePlan,
  options: RenderOptions,
): void {
  const { x, axisHeight, labelWidth, width } = options;
  const root = select(svg)
    .attr("width", width)
    .attr("height", plan.height + axisHeight);

  const axis = root
    .selectAll<SVGGElement, null>("g.axis")
    .data([null])
    .join("g")
    .attr("class", "axis")
    .attr("aria-hidden", "true");
  axis.attr("transform", `translate(0,${axisHeight - 1})`).call(
    axisTop(x)
      .ticks(Math.max(2, Math.floor((width - labelWidth) / 110)))
      .tickSizeOuter(0),
  );
  axis
    .selectAll<SVGLineElement, unknown>(".tick line")
    .attr("y2", plan.height)
    .attr("class", "grid");

  const body = root
    .selectAll<SVGGElement, null>("g.body")
    .data([null])
    .join("g")
    .attr("class", "body")
    .attr("transform", `translate(0,${axisHeight})`);

  const lanes = body
    .selectAll<SVGGElement, null>("g.lanes")
    .data([null])
    .join("g")
    .attr("class", "lanes")
    .attr("aria-hidden", "true");
  lanes
    .selectAll<SVGRectElement, TimelinePlan["lanes"][number]>("rect")
    .data(plan.lanes, (d) => d.key)
    .join("rect")
    .attr("class", (_, i) => (i % 2 ? "lane odd" : "lane"))
    .attr("x", 0)
    .attr("y", (d) => d.y)
    .attr("width", width)
    .attr("height", (d) => d.height);

  const marks = body
    .selectAll<SVGGElement, null>("g.marks")
    .data([null])
    .join("g")
    .attr("class", "marks");
  marks
    .selectAll<SVGGElement, MarkPlan>("g.mark")
    .data(plan.marks, (d) => d.id)
    .join((enter) => {
      const g = enter.append("g").attr("class", "mark").attr("role", "button");
      // The whole mark, connector and effective date included, answers the pointer.
      g.append("rect").attr("class", "hit");
      g.append("line").attr("class", "connector");
      g.append("rect").attr("class", "effective");
      g.append("rect").attr("class", "main");
      g.append("rect").attr("class", "ring");
      return g;
    })
    .attr("data-id", (d) => d.id)
    .attr("aria-label", (d) => options.label(d.id))
    .attr("aria-pressed", (d) => String(d.id === options.selectedId))
    .attr("tabindex", (d) => (d.id === options.tabStopId ? 0 : -1))
    .classed("selected", (d) => d.id === options.selectedId)
    .classed("approximate", (d) => d.approximate)
    .style("--mark-color", (d) => TYPE_COLORS[d.type])
    .each(function (d) {
      const g = select(this);
      const mid = d.y + 8;
      const [mx, mw] = box(d.x1, d.x2, d.shape);
      g.select(".main")
        .attr("x", mx)
        .attr("y", mid - 6)
        .attr("width", mw)
        .attr("height", 12)
        .attr("rx", d.shape === "point" ? 6 : 2);
      g.select(".ring")
        .attr("x", mx - 3)
        .attr("y", mid - 9)
        .attr("width", mw + 6)
        .attr("height", 18)
        .attr("rx", d.shape === "point" ? 9 : 4);
      const e = d.effective;
      const right = e ? Math.max(mx + mw, e.x2 + 6) : mx + mw;
      g.select(".hit")
        .attr("x", mx - 4)
        .attr("y", mid - 9)
        .attr("width", right - mx + 8)
        .attr("height", 18);
      g.select(".connector")
        .attr("display", e ? null : "none")
        .attr("x1", d.x2)
        .attr("x2", e?.x1 ?? 0)
        .attr("y1", mid)
        .attr("y2", mid);
      const [ex, ew] = e ? box(e.x1, e.x2, e.shape) : [0, 0];
      g.select(".effective")
        .attr("display", e ? null : "none")
        .classed("approximate", Boolean(e?.approximate))
        .attr("x", ex)
        .attr("y", mid - 5)
        .attr("width", ew)
        .attr("height", 10)
        .attr("rx", e?.shape === "point" ? 1 : 2)
        .attr("transform", e?.shape === "point" ? `rotate(45 ${ex + ew / 2} ${mid})` : null);
    })
    .on("click", (_, d) => options.onActivate(d.id))
    .on("keydown", (event: KeyboardEvent, d) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        options.onActivate(d.id);
      }
    })
    .on("pointerenter", (_, d) => options.onHover(d.id, d.x1, d.y + axisHeight))
    .on("focus", (_, d) => options.onHover(d.id, d.x1, d.y + axisHeight))
    .on("pointerleave blur", () => options.onHover(null, 0, 0));

  marks
    .selectAll<SVGGElement, ClusterPlan>("g.cluster")
    .data(plan.clusters, (d) => d.key)
    .join((enter) => {
      const g = enter
        .append("g")
        .attr("class", "cluster")
        .attr("role", "button")
        .attr("tabindex", -1);
      g.append("rect").attr("class", "main");
      g.append("text");
      g.append("rect").attr("class", "ring");
      return g;
    })
    .attr("aria-label", (d) => options.clusterLabel(d))
    .each(function (d) {
      const g = select(this);
      const w = Math.max(26, d.x2 - d.x1 + 12);
      const left = (d.x1 + d.x2) / 2 - w / 2;
      g.select(".main")
        .attr("x", left)
        .attr("y", d.y)
        .attr("width", w)
        .attr("height", 16)
        .attr("rx", 8);
      g.select(".ring")
        .attr("x", left - 3)
        .attr("y", d.y - 3)
        .attr("width", w + 6)
        .attr("height", 22)
        .attr("rx", 11);
      g.select("text")
        .attr("x", left + w / 2)
        .attr("y", d.y + 12)
        .text(d.ids.length);
    })
    .on("click", (_, d) => options.onCluster(d))
    .on("keydown", (event: KeyboardEvent, d) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        options.onCluster(d);
      }
    });

  const labels = root
    .selectAll<SVGGElement, null>("g.labels")
    .data([null])
    .join("g")
    .attr("class", "labels")
    .attr("transform", `translate(0,${axisHeight})`);
  labels
    .selectAll<SVGRectElement, null>("rect.gutter")
    .data([null])
    .join("rect")
    .attr("class", "gutter")
    .attr("x", 0)
    .attr("y", -axisHeight)
    .attr("width", labelWidth - 8)
    .attr("height", plan.height + axisHeight);
  labels
    .selectAll<SVGTextElement, TimelinePlan["lanes"][number]>("text")
    .data(plan.lanes, (d) => d.key)
    .join("text")
    .attr("x", 8)
    .attr("y", (d) => d.y + 16)
    .text((d) => d.label)
    .each(function () {
      clip(this, labelWidth - 20);
    });
}

function box(x1: number, x2: number, shape: "point" | "band"): [number, number] {
  return shape === "point" ? [x1 - 6, 12] : [x1, Math.max(2, x2 - x1)];
}

// Long company names are shortened to fit the label column; the full name stays in the title.
function clip(text: SVGTextElement, max: number): void {
  const full = text.textContent ?? "";
  if (typeof text.getComputedTextLength !== "function" || text.getComputedTextLength() <= max)
    return;
  let short = full;
  while (short.length > 3 && text.getComputedTextLength() > max) {
    short = short.slice(0, -1);
    text.textContent = `${short}…`;
  }
  select(text).append("title").text(full);
}
