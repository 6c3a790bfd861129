import { memo } from "react";
import type { EventHead } from "../../model/timelineFile.ts";

// Beyond this many, the list view (virtualised) is the place to read them all.
const SHOWN = 50;

/** Events the sources give no date for: listed, never placed at a guessed date. */
export const UndatedList = memo(function UndatedList(props: {
  readonly events: readonly EventHead[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onShowAll: () => void;
}) {
  if (props.events.length === 0) return null;
  return (
    <aside className="undated" aria-label="Undated events">
      <h3>Undated ({props.events.length})</h3>
      <ul>
        {props.events.slice(0, SHOWN).map((e) => (
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
      {props.events.length > SHOWN && (
        <button type="button" className="link" onClick={props.onShowAll}>
          {props.events.length - SHOWN} more: show all in the list view
        </button>
      )}
    </aside>
  );
});
