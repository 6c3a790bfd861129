import { memo } from "react";
import { EVENT_TYPES, EVENT_TYPE_LABELS, type EventType } from "../../model/eventType.ts";
import { TypeDot } from "./TypeDot.tsx";

/** Colour of each event type, and how date precision is drawn. */
export const Legend = memo(function Legend({ types }: { readonly types: readonly EventType[] }) {
  return (
    <div className="legend" aria-label="Legend">
      <ul>
        {EVENT_TYPES.filter((t) => types.includes(t)).map((t) => (
          <li key={t}>
            <TypeDot type={t} />
            {EVENT_TYPE_LABELS[t]}
          </li>
        ))}
      </ul>
      <ul className="shapes">
        <li>
          <span className="shape point" aria-hidden="true" /> day
        </li>
        <li>
          <span className="shape band" aria-hidden="true" /> month or year
        </li>
        <li>
          <span className="shape band approximate" aria-hidden="true" /> approximate
        </li>
        <li>
          <span className="shape effective" aria-hidden="true" /> effective date
        </li>
      </ul>
    </div>
  );
});
