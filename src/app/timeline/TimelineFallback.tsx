import { eventTitle } from "../../i18n/eventText.ts";
import { localeSharePath } from "../../i18n/sharePaths.ts";
import type { EventHead } from "../../model/timelineFile.ts";
import { NameList } from "../i18n/NameList.tsx";
import { PhraseText } from "../i18n/PhraseText.tsx";
import { useI18n } from "../i18n/useI18n.ts";

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
  const localizer = useI18n();
  return (
    <ol className="timeline-fallback">
      {props.events.slice(0, SHOWN).map((event) => (
        <li key={event.id}>
          <span className="when">{localizer.when(event)}</span>{" "}
          <a href={localeSharePath(event.id, localizer.locale)}>
            <PhraseText words={eventTitle(event, props.companyName, localizer)} />
          </a>{" "}
          <span className="companies">
            <NameList names={event.companies.map(props.companyName)} />
          </span>
        </li>
      ))}
    </ol>
  );
}
