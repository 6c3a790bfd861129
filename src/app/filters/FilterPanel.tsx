import { memo, useMemo } from "react";
import type { Timeline } from "../../model/timelineFile.ts";
import type { Localizer } from "../../i18n/localizer.ts";
import { EVENT_TYPES } from "../../model/eventType.ts";
import type { Facets } from "../filtering/filterEvents.ts";
import { useI18n } from "../i18n/useI18n.ts";
import type { ViewState } from "../state/viewState.ts";
import { CheckboxGroup } from "./CheckboxGroup.tsx";

/**
 * The choices each filter offers: what occurs in the dataset, named in the interface language;
 * computed once per dataset and language.
 */
function useChoices(timeline: Timeline, localizer: Localizer) {
  return useMemo(() => {
    // Choices are ordered once, by how often they occur in the whole dataset: ticking a box
    // changes the counts beside the others, but never moves them.
    const tally = (keys: Iterable<string>, into: Map<string, number>) => {
      for (const key of keys) into.set(key, (into.get(key) ?? 0) + 1);
    };
    const companies = new Map<string, number>();
    const countries = new Map<string, number>();
    const types = new Set<string>();
    for (const e of timeline.events) {
      tally(e.companies, companies);
      tally(e.countries, countries);
      types.add(e.type);
    }
    const languages = new Map<string, number>();
    const { names, codes } = timeline.facets.languages;
    for (const code of codes) {
      const language = names[code] ?? "und";
      languages.set(language, (languages.get(language) ?? 0) + 1);
    }
    const ranked = (choices: { value: string; label: string }[], frequency: Map<string, number>) =>
      choices.sort(
        (a, b) =>
          (frequency.get(b.value) ?? 0) - (frequency.get(a.value) ?? 0) ||
          a.label.localeCompare(b.label),
      );
    return {
      companies: ranked(
        timeline.companies
          .filter((c) => companies.has(c.id))
          .map((c) => ({ value: c.id, label: c.name })),
        companies,
      ),
      countries: ranked(
        [...countries.keys()].map((code) => ({
          value: code,
          label: localizer.countryName(code),
        })),
        countries,
      ),
      types: EVENT_TYPES.filter((t) => types.has(t)).map((t) => ({
        value: t,
        label: localizer.messages.types[t],
      })),
      languages: ranked(
        [...languages.keys()].map((code) => ({
          value: code,
          label: localizer.languageLabel(code),
        })),
        languages,
      ),
    };
  }, [timeline, localizer]);
}

const counted = (
  choices: readonly { value: string; label: string }[],
  counts: ReadonlyMap<string, number>,
) => choices.map((c) => ({ ...c, count: counts.get(c.value) ?? 0 }));

/** Every filter, with counts that follow the other filters. */
export const FilterPanel = memo(function FilterPanel(props: {
  readonly timeline: Timeline;
  readonly view: ViewState;
  /** Counts per choice; null while they are being computed. */
  readonly facets: Facets | null;
  readonly visibleWindow: readonly [number, number] | null;
  readonly onChange: (patch: Partial<ViewState>) => void;
}) {
  const { timeline, view, facets, visibleWindow, onChange } = props;
  const localizer = useI18n();
  const words = localizer.messages.filters;
  const choices = useChoices(timeline, localizer);
  if (!facets) {
    return (
      <div className="filter-panel" aria-busy="true">
        <p role="status" className="counting">
          {words.counting}
        </p>
      </div>
    );
  }
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return (
    <div className="filter-panel">
      <CheckboxGroup
        legend={words.company}
        choices={counted(choices.companies, facets.companies)}
        selected={view.companies}
        onChange={(companies) => onChange({ companies })}
        search={{ label: words.findCompany, noMatch: words.noCompanyMatches }}
      />
      <CheckboxGroup
        legend={words.country}
        choices={counted(choices.countries, facets.countries)}
        selected={view.countries}
        onChange={(countries) => onChange({ countries })}
      />
      <CheckboxGroup
        legend={words.type}
        choices={counted(choices.types, facets.types)}
        selected={view.types}
        onChange={(t) => onChange({ types: t as ViewState["types"] })}
      />
      <CheckboxGroup
        legend={words.language}
        choices={counted(choices.languages, facets.languages)}
        selected={view.languages}
        onChange={(languages) => onChange({ languages })}
      />
      <fieldset className="filter-group dates">
        <legend>{words.date}</legend>
        <label>
          {words.from}{" "}
          <input
            type="date"
            value={view.from ?? ""}
            max={view.to ?? undefined}
            onChange={(e) => onChange({ from: e.target.value || null })}
          />
        </label>
        <label>
          {words.to}{" "}
          <input
            type="date"
            value={view.to ?? ""}
            min={view.from ?? undefined}
            onChange={(e) => onChange({ to: e.target.value || null })}
          />
        </label>
        <button
          type="button"
          disabled={!visibleWindow}
          onClick={() =>
            visibleWindow && onChange({ from: day(visibleWindow[0]), to: day(visibleWindow[1]) })
          }
        >
          {words.useVisibleWindow}
        </button>
      </fieldset>
    </div>
  );
});
