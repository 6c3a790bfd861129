import { useEffect, useState } from "react";

/**
 * Whether to draw yet. A prerendered page is taken over with its fallback in place, and drawn
 * in the next render: the work of hydrating and the work of drawing are two tasks, not one long
 * one. The drawing and the fallback's removal are one commit, so no frame shows neither.
 */
export function useDeferredDrawing(prerendered: boolean): boolean {
  const [drawing, setDrawing] = useState(!prerendered);
  useEffect(() => {
    const next = requestAnimationFrame(() => setDrawing(true));
    return () => cancelAnimationFrame(next);
  }, []);
  return drawing;
}
