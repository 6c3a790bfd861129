import { memo, useLayoutEffect, useRef, useState } from "react";
import { eventTitle } from "../../i18n/eventText.ts";
import type { EventHead } from "../../model/timelineFile.ts";
import { NameList } from "../i18n/NameList.tsx";
import { PhraseText } from "../i18n/PhraseText.tsx";
import { useI18n } from "../i18n/useI18n.ts";

// Up to this many rows the table is plain; past it, only the rows in view exist in the DOM.
const PLAIN = 200;
const ROW = 40;
const OVERSCAN = 10;

/**
 * The filtered events as a table: the whole product for someone using a screen reader. Long
 * lists are virtualised (rows of fixed height, with aria-rowcount and aria-rowindex so the
 * table's size is still announced), and the selected row is kept in view.
 */
export const EventTable = memo(function EventTable(props: {
  readonly events: readonly EventHead[];
  readonly companyName: (id: string) => string;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}) {
  const { events, companyName, selectedId, onSelect } = props;
  const localizer = useI18n();
  const { list, types } = localizer.messages;
  const box = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 640 });
  const virtual = events.length > PLAIN;

  useLayoutEffect(() => {
    const element = box.current;
    if (!virtual || !element || !selectedId) return;
    const index = events.findIndex((e) => e.id === selectedId);
    if (index === -1) return;
    const top = index * ROW;
    if (top < element.scrollTop || top + ROW > element.scrollTop + element.clientHeight)
      element.scrollTop = Math.max(0, top - element.clientHeight / 2);
  }, [virtual, events, selectedId]);

  const first = virtual ? Math.max(0, Math.floor(scroll.top / ROW) - OVERSCAN) : 0;
  const last = virtual
    ? Math.min(events.length, Math.ceil((scroll.top + scroll.height) / ROW) + OVERSCAN)
    : events.length;
  const rows = events.slice(first, last);
  return (
    <div
      ref={box}
      className={virtual ? "event-table-box virtual" : "event-table-box"}
      onScroll={
        virtual
          ? (e) =>
              setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })
          : undefined
      }
      tabIndex={virtual ? 0 : undefined}
      role={virtual ? "group" : undefined}
      aria-label={virtual ? list.label : undefined}
    >
      <table className="event-table" aria-rowcount={events.length + 1}>
        <caption>{list.caption(events.length)}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{list.date}</th>
            <th scope="col">{list.company}</th>
            <th scope="col">{list.type}</th>
            <th scope="col">{list.event}</th>
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW }} />}
          {rows.map((event, i) => (
            <tr
              key={event.id}
              aria-rowindex={first + i + 2}
              aria-current={event.id === selectedId ? "true" : undefined}
              className={event.id === selectedId ? "selected" : undefined}
              style={virtual ? { height: ROW } : undefined}
            >
              <td>{localizer.when(event)}</td>
              <td>
                <NameList names={event.companies.map(companyName)} />
              </td>
              <td>{types[event.type]}</td>
              <td>
                <button type="button" className="link" onClick={() => onSelect(event.id)}>
                  <PhraseText words={eventTitle(event, companyName, localizer)} />
                </button>
              </td>
            </tr>
          ))}
          {last < events.length && (
            <tr aria-hidden="true" style={{ height: (events.length - last) * ROW }} />
          )}
        </tbody>
      </table>
    </div>
  );
});
