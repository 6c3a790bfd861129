import { useCallback, useRef, useState, type RefObject } from "react";

/**
 * The event the keyboard moved to. Its mark may not be drawn yet (the window pans to it first),
 * so the element is focused by the frame that draws it: `pendingFocusRef` holds it until then.
 */
export function useKeyboardFocus(): {
  readonly focusId: string | null;
  readonly pendingFocusRef: RefObject<string | null>;
  readonly focus: (id: string) => void;
} {
  const [focusId, setFocusId] = useState<string | null>(null);
  const pendingFocusRef = useRef<string | null>(null);
  const focus = useCallback((id: string) => {
    setFocusId(id);
    pendingFocusRef.current = id;
  }, []);
  return { focusId, pendingFocusRef, focus };
}
