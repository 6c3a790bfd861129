import type { ClusterPlan, MarkPlan } from "../layout/layoutTimeline.ts";
import { TYPE_COLORS } from "../typeColors.ts";

/** Colours the canvas needs from the page's theme. */
export interface CanvasTheme {
  readonly background: string;
  readonly muted: string;
}

/**
 * Draws marks and clusters on a canvas, for views with more marks than SVG nodes can carry:
 * the same shapes as the SVG marks (dots, bands, dashed when approximate, effective diamonds).
 */
export function drawMarks(
  context: CanvasRenderingContext2D,
  marks: readonly MarkPlan[],
  clusters: readonly ClusterPlan[],
  offsetY: number,
  theme: CanvasTheme,
): void {
  context.lineWidth = 1.5;
  for (const m of marks) {
    const color = TYPE_COLORS[m.type];
    const mid = m.y + 8 + offsetY;
    if (m.effective) {
      context.strokeStyle = color;
      context.setLineDash([1, 3]);
      context.beginPath();
      context.moveTo(m.x2, mid);
      context.lineTo(m.effective.x1, mid);
      context.stroke();
      context.setLineDash([]);
      const cx = (m.effective.x1 + m.effective.x2) / 2;
      context.fillStyle = theme.background;
      context.beginPath();
      context.moveTo(cx, mid - 6);
      context.lineTo(cx + 6, mid);
      context.lineTo(cx, mid + 6);
      context.lineTo(cx - 6, mid);
      context.closePath();
      context.fill();
      context.stroke();
    }
    context.beginPath();
    if (m.shape === "point") context.arc(m.x1, mid, 6, 0, 2 * Math.PI);
    else context.roundRect(m.x1, mid - 6, Math.max(2, m.x2 - m.x1), 12, 2);
    if (m.approximate) {
      context.globalAlpha = 0.35;
      context.fillStyle = color;
      context.fill();
      context.globalAlpha = 1;
      context.setLineDash([3, 2]);
      context.strokeStyle = color;
      context.stroke();
      context.setLineDash([]);
    } else {
      context.fillStyle = color;
      context.fill();
    }
  }
  const peak = Math.max(1, ...clusters.map((c) => c.count));
  context.font = "bold 11px system-ui, sans-serif";
  context.textAlign = "center";
  context.textBaseline = "middle";
  for (const c of clusters) {
    const w = Math.max(20, c.x2 - c.x1);
    const left = (c.x1 + c.x2) / 2 - w / 2;
    // Denser bins are darker: the strip reads as a density chart before any number is read.
    context.globalAlpha = 0.35 + 0.65 * Math.sqrt(c.count / peak);
    context.fillStyle = theme.muted;
    context.beginPath();
    context.roundRect(left, c.y + offsetY, w, 16, 8);
    context.fill();
    context.globalAlpha = 1;
    if (w >= 18) {
      context.fillStyle = theme.background;
      context.fillText(
        c.count > 999 ? `${Math.round(c.count / 100) / 10}k` : String(c.count),
        left + w / 2,
        c.y + offsetY + 8.5,
      );
    }
  }
}
