import { describeDate } from "../model/describeDate.ts";
import type { Dataset } from "../model/dataset.ts";
import { EVENT_TYPE_LABELS } from "../model/eventType.ts";
import { sortByDate } from "../model/sortByDate.ts";

/** The events in date order: title, date, company, type. Undated events come last. */
export function EventList({ dataset }: { dataset: Dataset }) {
  const companies = new Map(dataset.companies.map((c) => [c.id, c.name]));
  return (
    <table className="events">
      <caption>{dataset.events.length} events from {dataset.sources.length} articles</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Company</th>
          <th scope="col">Type</th>
          <th scope="col">Event</th>
        </tr>
      </thead>
      <tbody>
        {sortByDate(dataset.events).map((event) => (
          <tr key={event.id}>
            <td>{event.date ? describeDate(event.date) : event.effective ? `effective ${describeDate(event.effective)}` : "undated"}</td>
            <td>{event.companies.map((id) => companies.get(id) ?? id).join(", ")}</td>
            <td>{EVENT_TYPE_LABELS[event.type]}</td>
            <td>{event.title}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
