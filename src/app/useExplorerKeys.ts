import { useEffect, type RefObject } from "react";

/** What the explorer's keys act on. */
export interface ExplorerKeys {
  readonly searchRef: RefObject<HTMLInputElement | null>;
  /** Whether the filters' drawer is open (on a narrow screen), and how to close it. */
  readonly drawer: boolean;
  readonly closeDrawer: () => void;
  /** Whether an event's detail is open, and how to close it. */
  readonly detail: boolean;
  readonly closeDetail: () => void;
}

/**
 * The explorer's keys, anywhere on the page: "/" goes to the search (unless typing in a field);
 * Escape closes the filters' drawer, else the event's detail.
 */
export function useExplorerKeys({
  searchRef,
  drawer,
  closeDrawer,
  detail,
  closeDetail,
}: ExplorerKeys): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing =
        event.target instanceof HTMLElement && event.target.closest("input, textarea, select");
      if (event.key === "/" && !typing) {
        event.preventDefault();
        searchRef.current?.focus();
      } else if (event.key === "Escape") {
        if (drawer) closeDrawer();
        else if (detail) closeDetail();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [searchRef, drawer, closeDrawer, detail, closeDetail]);
}
