import type { TimelineEvent } from "../../model/dataset.ts";

/** Events the sources give no date for: listed, never placed at a guessed date. */
export function UndatedList(props: {
  readonly events: readonly TimelineEvent[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}) {
  if (props.events.length === 0) return null;
  return (
    <aside className="undated" aria-label="Undated events">
      <h3>Undated ({props.events.length})</h3>
      <ul>
        {props.events.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              className="link"
              aria-pressed={e.id === props.selectedId}
              onClick={() => props.onSelect(e.id)}
            >
              {e.title}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
