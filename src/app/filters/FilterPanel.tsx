import type { Dataset } from "../../model/dataset.ts";
import { EVENT_TYPES, EVENT_TYPE_LABELS } from "../../model/eventType.ts";
import type { Facets } from "../filtering/filterEvents.ts";
import type { ViewState } from "../state/viewState.ts";
import { countryName, languageName } from "../text/direction.ts";
import { CheckboxGroup, type Choice } from "./CheckboxGroup.tsx";

/** Every filter, with counts that follow the other filters. */
export function FilterPanel(props: {
  readonly dataset: Dataset;
  readonly view: ViewState;
  readonly facets: Facets;
  readonly visibleWindow: readonly [number, number] | null;
  readonly onChange: (patch: Partial<ViewState>) => void;
}) {
  const { dataset, view, facets, visibleWindow, onChange } = props;
  const byCount = (a: Choice, b: Choice) => b.count - a.count || a.label.localeCompare(b.label);
  const companies = dataset.companies
    .filter((c) => dataset.events.some((e) => e.companies.includes(c.id)))
    .map((c) => ({ value: c.id, label: c.name, count: facets.companies.get(c.id) ?? 0 }))
    .sort(byCount);
  const countries = [...new Set(dataset.events.flatMap((e) => e.countries))]
    .map((code) => ({
      value: code,
      label: countryName(code),
      count: facets.countries.get(code) ?? 0,
    }))
    .sort(byCount);
  const types = EVENT_TYPES.filter((t) => dataset.events.some((e) => e.type === t)).map((t) => ({
    value: t,
    label: EVENT_TYPE_LABELS[t],
    count: facets.types.get(t) ?? 0,
  }));
  const languages = [...new Set(dataset.sources.map((s) => s.language))]
    .map((code) => ({
      value: code,
      label: languageName(code),
      count: facets.languages.get(code) ?? 0,
    }))
    .sort(byCount);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return (
    <div className="filter-panel">
      <CheckboxGroup
        legend="Company"
        choices={companies}
        selected={view.companies}
        onChange={(companies) => onChange({ companies })}
        searchable
      />
      <CheckboxGroup
        legend="Country"
        choices={countries}
        selected={view.countries}
        onChange={(countries) => onChange({ countries })}
      />
      <CheckboxGroup
        legend="Type"
        choices={types}
        selected={view.types}
        onChange={(t) => onChange({ types: t as ViewState["types"] })}
      />
      <CheckboxGroup
        legend="Language"
        choices={languages}
        selected={view.languages}
        onChange={(languages) => onChange({ languages })}
      />
      <fieldset className="filter-group dates">
        <legend>Date</legend>
        <label>
          From{" "}
          <input
            type="date"
            value={view.from ?? ""}
            max={view.to ?? undefined}
            onChange={(e) => onChange({ from: e.target.value || null })}
          />
        </label>
        <label>
          To{" "}
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
          Use the visible window
        </button>
      </fieldset>
    </div>
  );
}
