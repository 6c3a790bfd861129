import type { EventHead } from "../../model/timelineFile.ts";
import { sharePath } from "../../model/sharePath.ts";
import { when } from "../list/EventTable.tsx";

// Enough to read and to crawl; the count in the toolbar says how many there are in all.
const SHOWN = 100;

/**
 * The events in time order, as links to their share pages: what the timeline's place holds in
 * the page the build prerenders, for a reader before the scripts run (or without them) and for
 * crawlers. The drawing replaces it before the browser first paints the running app.
 */
export function TimelineFallback(props: {
  readonly events: readonly EventHead[];
  readonly companyName: (id: string) => string;
}) {
  return (
    <ol className="timeline-fallback">
      {props.events.slice(0, SHOWN).map((event) => (
        <li key={event.id}>
          <span className="when">{when(event)}</span>{" "}
          <a href={sharePath(event.id)}>{event.title}</a>{" "}
          <span className="companies">{event.companies.map(props.companyName).join(", ")}</span>
        </li>
      ))}
    </ol>
  );
}
