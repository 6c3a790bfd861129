import { memo } from "react";
import { eventTitle } from "../../i18n/eventText.ts";
import type { EventHead } from "../../model/timelineFile.ts";
import { PhraseText } from "../i18n/PhraseText.tsx";
import { useI18n } from "../i18n/useI18n.ts";

// Beyond this many, the list view (virtualised) is the place to read them all.
const SHOWN = 50;

/** Events the sources give no date for: listed, never placed at a guessed date. */
export const UndatedList = memo(function UndatedList(props: {
  readonly events: readonly EventHead[];
  readonly companyName: (id: string) => string;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onShowAll: () => void;
}) {
  const localizer = useI18n();
  const { timeline } = localizer.messages;
  if (props.events.length === 0) return null;
  return (
    <aside className="undated" aria-label={timeline.undatedLabel}>
      <h3>{timeline.undated(props.events.length)}</h3>
      <ul>
        {props.events.slice(0, SHOWN).map((e) => (
          <li key={e.id}>
            <button
              type="button"
              className="link"
              aria-pressed={e.id === props.selectedId}
              onClick={() => props.onSelect(e.id)}
            >
              <PhraseText words={eventTitle(e, props.companyName, localizer)} />
            </button>
          </li>
        ))}
      </ul>
      {props.events.length > SHOWN && (
        <button type="button" className="link" onClick={props.onShowAll}>
          {timeline.undatedMore(props.events.length - SHOWN)}
        </button>
      )}
    </aside>
  );
});
