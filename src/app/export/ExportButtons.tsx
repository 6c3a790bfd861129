import type { TimelineEvent } from "../../model/dataset.ts";
import type { EventHead } from "../../model/timelineFile.ts";
import type { Details } from "../data/details.ts";
import { useI18n } from "../i18n/useI18n.ts";
import { toCsv, toJson } from "./exportEvents.ts";

/** Downloads the filtered events as CSV or JSON, once events.json has loaded. */
export function ExportButtons(props: {
  readonly events: readonly EventHead[];
  readonly details: Details | undefined;
}) {
  const { details } = props;
  const words = useI18n().messages.export;
  const full = () =>
    props.events
      .map((head) => details?.events.get(head.id))
      .filter((e): e is TimelineEvent => e !== undefined);
  const download = (content: string, type: string, extension: string) => {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `exitline-events.${extension}`;
    link.click();
    // The download has started from the object URL; it can go.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  const waiting = details ? undefined : words.waiting;
  return (
    <div className="export" role="group" aria-label={words.label}>
      <button
        type="button"
        disabled={!details}
        title={waiting}
        onClick={() =>
          details && download(toCsv(full(), details.dataset), "text/csv;charset=utf-8", "csv")
        }
      >
        {words.csv}
      </button>
      <button
        type="button"
        disabled={!details}
        title={waiting}
        onClick={() =>
          details &&
          download(
            toJson(full(), details.dataset, window.location.search),
            "application/json",
            "json",
          )
        }
      >
        {words.json}
      </button>
    </div>
  );
}
