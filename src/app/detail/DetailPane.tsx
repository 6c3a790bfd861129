import { useEffect, useRef } from "react";
import { describeDate } from "../../model/describeDate.ts";
import type { Company, SourceArticle, TimelineEvent } from "../../model/dataset.ts";
import type { EventHead } from "../../model/timelineFile.ts";
import { EVENT_TYPE_LABELS } from "../../model/eventType.ts";
import { TypeDot } from "../timeline/TypeDot.tsx";
import { countryName } from "../text/direction.ts";
import { sharePath } from "../../model/sharePath.ts";
import { CopyLinkButton } from "../share/CopyLinkButton.tsx";
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
    <section className="detail" role="region" aria-label={head.title}>
      <header>
        <p className="type">
          <TypeDot type={head.type} />
          {EVENT_TYPE_LABELS[head.type]}
        </p>
        <h2 ref={heading} tabIndex={-1}>
          {head.title}
        </h2>
        <button
          type="button"
          className="close"
          onClick={onClose}
          aria-label="Close details"
          title="Close (Esc)"
        >
          ×
        </button>
      </header>
      {event ? (
        <p className="summary">{event.summary}</p>
      ) : (
        <p className={problem ? "problem" : "summary"} role="status">
          {problem ?? "Loading the event’s summary and sources…"}
        </p>
      )}
      <dl className="facts">
        <dt>Announced</dt>
        <dd>
          {head.date ? describeDate(head.date) : "not stated"}
          {event?.basis.date && <span className="basis">{event.basis.date}</span>}
        </dd>
        <dt>Effective</dt>
        <dd>
          {head.effective ? describeDate(head.effective) : "not stated"}
          {event?.basis.effective && <span className="basis">{event.basis.effective}</span>}
        </dd>
        <dt>Companies</dt>
        <dd>
          <FilterChips
            values={head.companies}
            label={(id) => company.get(id)?.name ?? id}
            title="Show only this company"
            onPick={onFilterCompany}
          />
        </dd>
        {event?.counterparty && (
          <>
            <dt>Counterparty</dt>
            <dd>{event.counterparty}</dd>
          </>
        )}
        <dt>Countries</dt>
        <dd>
          <FilterChips
            values={head.countries}
            label={countryName}
            title="Show only this country"
            onPick={onFilterCountry}
          />
        </dd>
        {event && (
          <>
            <dt>Confidence</dt>
            <dd>
              {Math.round(event.confidence * 100)}%
              {Object.keys(event.curated).length > 0 &&
                ` · curated: ${Object.keys(event.curated).join(", ")}`}
            </dd>
          </>
        )}
      </dl>
      <p className="share">
        {/* The share page has this event's title and preview image for link previews. */}
        <CopyLinkButton
          label="Copy link to this event"
          link={() => new URL(sharePath(head.id), document.baseURI).href}
        />
      </p>
      <nav className="step" aria-label="Previous and next event">
        <button
          type="button"
          disabled={!previous}
          onClick={() => previous && onSelect(previous.id)}
        >
          ← Previous
        </button>
        <button type="button" disabled={!next} onClick={() => next && onSelect(next.id)}>
          Next →
        </button>
      </nav>
      {event && (
        <>
          <h3>Sources ({event.sources.length})</h3>
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
          <h3>More from {company.get(head.companies[0] ?? "")?.name ?? "this company"}</h3>
          <ul className="related">
            {related.map((e) => (
              <li key={e.id}>
                <button type="button" className="link" onClick={() => onSelect(e.id)}>
                  {e.title}
                </button>{" "}
                <span className="when">
                  {e.date
                    ? describeDate(e.date)
                    : e.effective
                      ? describeDate(e.effective)
                      : "undated"}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
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
      {props.label(value)}
    </button>
  ));
}
