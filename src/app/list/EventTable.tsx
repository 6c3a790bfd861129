import { describeDate } from "../../model/describeDate.ts";
import type { Dataset, TimelineEvent } from "../../model/dataset.ts";
import { EVENT_TYPE_LABELS } from "../../model/eventType.ts";

/** The filtered events as a table: the whole product for someone using a screen reader. */
export function EventTable(props: {
  readonly events: readonly TimelineEvent[];
  readonly dataset: Dataset;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}) {
  const names = new Map(props.dataset.companies.map((c) => [c.id, c.name]));
  return (
    <table className="event-table">
      <caption>{props.events.length} events, oldest first</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Company</th>
          <th scope="col">Type</th>
          <th scope="col">Event</th>
        </tr>
      </thead>
      <tbody>
        {props.events.map((event) => (
          <tr
            key={event.id}
            aria-current={event.id === props.selectedId ? "true" : undefined}
            className={event.id === props.selectedId ? "selected" : undefined}
          >
            <td>{when(event)}</td>
            <td>{event.companies.map((id) => names.get(id) ?? id).join(", ")}</td>
            <td>{EVENT_TYPE_LABELS[event.type]}</td>
            <td>
              <button type="button" className="link" onClick={() => props.onSelect(event.id)}>
                {event.title}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An event's date in words, for lists and labels. */
export function when(event: TimelineEvent): string {
  if (event.date) return describeDate(event.date);
  if (event.effective) return `effective ${describeDate(event.effective)}`;
  return "undated";
}
