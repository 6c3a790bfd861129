import type { Dataset, TimelineEvent } from "../../model/dataset.ts";
import { toCsv, toJson } from "./exportEvents.ts";

/** Downloads the filtered events as CSV or JSON. */
export function ExportButtons(props: {
  readonly events: readonly TimelineEvent[];
  readonly dataset: Dataset;
}) {
  const download = (content: string, type: string, extension: string) => {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `exitline-events.${extension}`;
    link.click();
    // The download has started from the object URL; it can go.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <div className="export" role="group" aria-label="Export">
      <button
        type="button"
        onClick={() =>
          download(toCsv(props.events, props.dataset), "text/csv;charset=utf-8", "csv")
        }
      >
        Export CSV
      </button>
      <button
        type="button"
        onClick={() =>
          download(
            toJson(props.events, props.dataset, window.location.search),
            "application/json",
            "json",
          )
        }
      >
        Export JSON
      </button>
    </div>
  );
}
