import type { ClusterPlan, MarkPlan } from "./layoutTimeline.ts";

/** What is under a point of a canvas-drawn timeline: a mark, a cluster, or nothing. */
export type Hit =
  | { readonly mark: MarkPlan; readonly cluster: null }
  | { readonly mark: null; readonly cluster: ClusterPlan }
  | null;

// Marks and clusters answer a little beyond their drawn edges, as their SVG hit areas do.
const SLOP = 8;
const MARK_HEIGHT = 18;
const CLUSTER_HEIGHT = 16;
const CLUSTER_MIN_HALF = 10;

/**
 * Finds the mark (its dot or band, connector and effective date included) or cluster at a
 * point in plan coordinates. Marks win over clusters, as they are drawn above them.
 */
export function hitTest(
  marks: readonly MarkPlan[],
  clusters: readonly ClusterPlan[],
  x: number,
  y: number,
): Hit {
  const mark = marks.find(
    (m) =>
      y >= m.y &&
      y <= m.y + MARK_HEIGHT &&
      x >= m.x1 - SLOP &&
      x <= (m.effective?.x2 ?? m.x2) + SLOP,
  );
  if (mark) return { mark, cluster: null };
  const cluster = clusters.find((c) => {
    const mid = (c.x1 + c.x2) / 2;
    return (
      y >= c.y &&
      y <= c.y + CLUSTER_HEIGHT &&
      x >= Math.min(c.x1, mid - CLUSTER_MIN_HALF) &&
      x <= Math.max(c.x2, mid + CLUSTER_MIN_HALF)
    );
  });
  return cluster ? { mark: null, cluster } : null;
}
