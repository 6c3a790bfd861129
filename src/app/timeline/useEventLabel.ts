import { useCallback } from "react";
import { eventTitle } from "../../i18n/eventText.ts";
import type { EventHead } from "../../model/timelineFile.ts";
import { useI18n } from "../i18n/useI18n.ts";

/**
 * An event's name on the timeline, for its mark's accessible name and its tooltip: its title
 * and its date in the interface language. Empty for an id `heads` does not know.
 */
export function useEventLabel(
  heads: ReadonlyMap<string, { readonly event: EventHead }>,
  companyName: (id: string) => string,
): (id: string) => string {
  const localizer = useI18n();
  return useCallback(
    (id: string) => {
      const head = heads.get(id)?.event;
      return head
        ? localizer.messages.timeline.label(
            localizer.text(eventTitle(head, companyName, localizer)),
            localizer.when(head),
          )
        : "";
    },
    [heads, companyName, localizer],
  );
}
