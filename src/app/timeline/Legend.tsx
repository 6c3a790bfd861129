import { memo } from "react";
import { EVENT_TYPES, type EventType } from "../../model/eventType.ts";
import { useI18n } from "../i18n/useI18n.ts";
import { TypeDot } from "./TypeDot.tsx";

/** Colour of each event type, and how date precision is drawn. */
export const Legend = memo(function Legend({ types }: { readonly types: readonly EventType[] }) {
  const { messages } = useI18n();
  return (
    <div className="legend" aria-label={messages.timeline.legend}>
      <ul>
        {EVENT_TYPES.filter((t) => types.includes(t)).map((t) => (
          <li key={t}>
            <TypeDot type={t} />
            {messages.types[t]}
          </li>
        ))}
      </ul>
      <ul className="shapes">
        <li>
          <span className="shape point" aria-hidden="true" /> {messages.timeline.day}
        </li>
        <li>
          <span className="shape band" aria-hidden="true" /> {messages.timeline.band}
        </li>
        <li>
          <span className="shape band approximate" aria-hidden="true" />{" "}
          {messages.timeline.approximate}
        </li>
        <li>
          <span className="shape effective" aria-hidden="true" /> {messages.timeline.effectiveDate}
        </li>
      </ul>
    </div>
  );
});
