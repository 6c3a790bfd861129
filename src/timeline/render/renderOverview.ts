import { brushX, type BrushBehavior, type D3BrushEvent } from "d3-brush";
import type { ScaleTime } from "d3-scale";
import { select } from "d3-selection";

/** The overview strip: the whole extent, event density, and a brush over the visible window. */
export interface OverviewOptions {
  readonly x: ScaleTime<number, number>;
  readonly width: number;
  readonly height: number;
  /** Starts of every dated event, for the density bars. */
  readonly starts: readonly number[];
  readonly window: readonly [number, number];
  /** Called when the user moves the brush (never for programmatic moves). */
  readonly onBrush: (window: [number, number], final: boolean) => void;
}

const BIN_PX = 3;
// One brush per overview, and the extent it was last bound with.
const brushes = new WeakMap<SVGSVGElement, { brush: BrushBehavior<null>; extent: string }>();

/** Draws the density bars of the overview: once per dataset, filter or size, not per frame. */
export function renderDensity(
  svg: SVGSVGElement,
  options: Omit<OverviewOptions, "window" | "onBrush">,
): void {
  const { x, width, height } = options;
  const root = select(svg).attr("width", width).attr("height", height);
  const [r0, r1] = x.range() as [number, number];
  const bins = Math.max(1, Math.floor((r1 - r0) / BIN_PX));
  const counts = new Array<number>(bins).fill(0);
  for (const start of options.starts) {
    const i = Math.floor(((x(start) - r0) / (r1 - r0)) * bins);
    if (i >= 0 && i < bins) counts[i] = (counts[i] ?? 0) + 1;
  }
  const peak = Math.max(1, ...counts);
  // Only bins with events get a bar: a strip of empty bars is hundreds of nodes to lay out for
  // nothing on a wide screen.
  const bars = counts.flatMap((count, bin) => (count ? [{ bin, count }] : []));
  const barHeight = (count: number) => 3 + (count / peak) * (height - 10);
  root
    .selectAll<SVGGElement, null>("g.density")
    .data([null])
    .join("g")
    .attr("class", "density")
    .attr("aria-hidden", "true")
    .selectAll<SVGRectElement, { bin: number; count: number }>("rect")
    .data(bars, (d) => d.bin)
    .join("rect")
    .attr("x", (d) => r0 + d.bin * BIN_PX)
    .attr("width", BIN_PX - 0.5)
    .attr("y", (d) => height - 4 - barHeight(d.count))
    .attr("height", (d) => barHeight(d.count));
}

/** Keeps one brush per element in sync with the visible window. */
export function renderBrush(svg: SVGSVGElement, options: Omit<OverviewOptions, "starts">): void {
  const { x, height } = options;
  const [r0, r1] = x.range() as [number, number];
  // Its class is written once: rewriting it on every frame would restyle the brush each time.
  const layer = select(svg)
    .selectAll<SVGGElement, null>("g.brush")
    .data([null])
    .join((enter) => enter.append("g").attr("class", "brush"));
  const extent = `${r0},${r1},${height}`;
  let bound = brushes.get(svg);
  // Binding rebuilds the overlay, handles and their listeners: on every zoom frame that cost
  // more than moving the selection, so it is done only when the brush is new or resized.
  if (!bound || bound.extent !== extent) {
    const brush = bound?.brush ?? brushX<null>();
    brush.extent([
      [r0, 0],
      [r1, height],
    ]);
    layer.call(brush);
    layer.select(".selection").attr("aria-hidden", "true");
    bound = { brush, extent };
    brushes.set(svg, bound);
  }
  // The listener is replaced, not rebound: it must see this frame's scale and callback.
  bound.brush.on("brush end", (event: D3BrushEvent<null>) => {
    if (!event.sourceEvent || !event.selection) return;
    const [a, b] = event.selection as [number, number];
    options.onBrush([x.invert(a).getTime(), x.invert(b).getTime()], event.type === "end");
  });
  layer.call(bound.brush.move, [
    Math.max(r0, x(options.window[0])),
    Math.min(r1, x(options.window[1])),
  ]);
}
