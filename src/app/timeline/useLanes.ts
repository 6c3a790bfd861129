import { useMemo } from "react";
import type { EventSpan } from "../../timeline/layout/eventSpan.ts";
import { lanesOf, type Lane, type LaneLabels } from "../../timeline/layout/groupLanes.ts";
import { useI18n } from "../i18n/useI18n.ts";
import type { LaneMode } from "../state/viewState.ts";

/**
 * The timeline's lanes for `ordered` (dated events in time order), grouped by `mode` and named
 * in the interface language, with every event's start for finding the first in view.
 */
export function useLanes(
  ordered: readonly EventSpan[],
  mode: LaneMode,
  companyName: (id: string) => string,
): { readonly lanes: readonly Lane[]; readonly starts: Float64Array } {
  const localizer = useI18n();
  const labels = useMemo<LaneLabels>(
    () => ({ company: companyName, type: (type) => localizer.messages.types[type] }),
    [companyName, localizer],
  );
  const lanes = useMemo(() => lanesOf(ordered, mode, labels), [ordered, mode, labels]);
  const starts = useMemo(() => Float64Array.from(ordered, (s) => s.main.start), [ordered]);
  return { lanes, starts };
}
