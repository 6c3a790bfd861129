import { useEffect, useRef } from "react";
import { eventSummary, eventTitle } from "../../i18n/eventText.ts";
import { phraseText } from "../../i18n/phrase.ts";
import type { Company } from "../../model/company.ts";
import type { SourceArticle, TimelineEvent } from "../../model/dataset.ts";
import { CURATABLE_EVENT_FIELDS } from "../../model/dataset.ts";
import type { EventHead } from "../../model/timelineFile.ts";
import { PhraseText } from "../i18n/PhraseText.tsx";
import { useI18n } from "../i18n/useI18n.ts";
import { TypeDot } from "../timeline/TypeDot.tsx";
import { CopyLinkButton } from "../share/CopyLinkButton.tsx";
import { shareLink } from "../share/shareLink.ts";
import { SourceCard } from "./SourceCard.tsx";

/** What the pane shows and what its links do. */
export interface DetailPaneProps {
  /** What the timeline knows of the event. */
  readonly head: EventHead;
  /** Its record from events.json, which loads after the timeline; undefined until then. */
  readonly event: TimelineEvent | undefined;
  /** Why the record is missing, when it is not merely loading. */
  readonly problem: string | null;
  readonly sources: ReadonlyMap<string, SourceArticle>;
  readonly companies: ReadonlyMap<string, Company>;
  /** Every event, in time order, for "More from". */
  readonly events: readonly EventHead[];
  /** The filtered events in time order, for previous and next. */
  readonly ordered: readonly EventHead[];
  readonly onSelect: (id: string) => void;
  readonly onClose: () => void;
  readonly onFilterCompany: (id: string) => void;
  readonly onFilterCountry: (code: string) => void;
}

/** The selected event: what happened, when, who, and every source in its own language. */
export function DetailPane({
  head,
  event,
  problem,
  sources,
  companies: company,
  events,
  ordered,
  onSelect,
  onClose,
  onFilterCompany,
  onFilterCountry,
}: DetailPaneProps) {
  const localizer = useI18n();
  const { detail, types } = localizer.messages;
  const companyName = (id: string) => company.get(id)?.name ?? id;
  const title = eventTitle(head, companyName, localizer);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [head.id]);
  const index = ordered.findIndex((e) => e.id === head.id);
  const previous = index > 0 ? ordered[index - 1] : undefined;
  const next = index >= 0 ? ordered[index + 1] : undefined;
  const related: EventHead[] = [];
  for (const e of events) {
    if (related.length === 8) break;
    if (e.id !== head.id && e.companies.some((c) => head.companies.includes(c))) related.push(e);
  }
  return (
    // An accessible name is spoken, never laid out: it needs no bidi isolates.
    <section className="detail" role="region" aria-label={phraseText(title)}>
      <header>
        <p className="type">
          <TypeDot type={head.type} />
          {types[head.type]}
        </p>
        <h2 ref={heading} tabIndex={-1}>
          <PhraseText words={title} />
        </h2>
        <button
          type="button"
          className="close"
          onClick={onClose}
          aria-label={detail.close}
          title={detail.closeTitle}
        >
          ×
        </button>
      </header>
      {event ? (
        <p className="summary">
          <PhraseText words={eventSummary(event, title, sources, localizer)} />
        </p>
      ) : (
        <p className={problem ? "problem" : "summary"} role="status">
          {problem ?? detail.loading}
        </p>
      )}
      <dl className="facts">
        <dt>{detail.announced}</dt>
        <dd>
          {head.date ? localizer.date(head.date) : detail.notStated}
          {event?.basis.date && <Basis label={detail.basis} text={event.basis.date} />}
        </dd>
        <dt>{detail.effective}</dt>
        <dd>
          {head.effective ? localizer.date(head.effective) : detail.notStated}
          {event?.basis.effective && <Basis label={detail.basis} text={event.basis.effective} />}
        </dd>
        <dt>{detail.companies}</dt>
        <dd>
          <FilterChips
            values={head.companies}
            label={companyName}
            title={detail.onlyCompany}
            onPick={onFilterCompany}
          />
        </dd>
        {event?.counterparty && (
          <>
            <dt>{detail.counterparty}</dt>
            <dd>
              <bdi>{event.counterparty}</bdi>
            </dd>
          </>
        )}
        <dt>{detail.countries}</dt>
        <dd>
          <FilterChips
            values={head.countries}
            label={localizer.countryName}
            title={detail.onlyCountry}
            onPick={onFilterCountry}
          />
        </dd>
        {event && (
          <>
            <dt>{detail.confidence}</dt>
            <dd>
              {localizer.percent(event.confidence)}
              {Object.keys(event.curated).length > 0 &&
                detail.curated(
                  CURATABLE_EVENT_FIELDS.filter((f) => f in event.curated).map(
                    (f) => detail.fields[f],
                  ),
                )}
            </dd>
          </>
        )}
      </dl>
      <p className="share">
        {/* The share page has this event's title and preview image for link previews. */}
        <CopyLinkButton
          label={detail.copyLink}
          link={() => shareLink(head.id, document.baseURI, localizer.locale)}
        />
      </p>
      <nav className="step" aria-label={detail.steps}>
        <button
          type="button"
          disabled={!previous}
          onClick={() => previous && onSelect(previous.id)}
        >
          {detail.previous}
        </button>
        <button type="button" disabled={!next} onClick={() => next && onSelect(next.id)}>
          {detail.next}
        </button>
      </nav>
      {event && (
        <>
          <h3>{detail.sources(event.sources.length)}</h3>
          {event.sources.map((support) => {
            const source = sources.get(support.id);
            return source ? (
              <SourceCard key={support.id} source={source} support={support} />
            ) : null;
          })}
        </>
      )}
      {related.length > 0 && (
        <>
          <h3>
            {detail.moreFrom(company.get(head.companies[0] ?? "")?.name ?? detail.thisCompany)}
          </h3>
          <ul className="related">
            {related.map((e) => (
              <li key={e.id}>
                <button type="button" className="link" onClick={() => onSelect(e.id)}>
                  <PhraseText words={eventTitle(e, companyName, localizer)} />
                </button>{" "}
                <span className="when">
                  {e.date
                    ? localizer.date(e.date)
                    : e.effective
                      ? localizer.date(e.effective)
                      : localizer.messages.dates.undated}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * How the pipeline found a date, in its own words: English, laid out left to right. The label
 * ("Basis:") is drawn by the style sheet, in the interface language.
 */
function Basis({ label, text }: { readonly label: string; readonly text: string }) {
  return (
    <span className="basis" data-label={label}>
      <span lang="en" dir="ltr">
        {text}
      </span>
    </span>
  );
}

/** Values shown as buttons that filter the view by the one clicked. */
function FilterChips(props: {
  readonly values: readonly string[];
  readonly label: (value: string) => string;
  readonly title: string;
  readonly onPick: (value: string) => void;
}) {
  return props.values.map((value) => (
    <button
      key={value}
      type="button"
      className="chip"
      onClick={() => props.onPick(value)}
      title={props.title}
    >
      <bdi>{props.label(value)}</bdi>
    </button>
  ));
}
