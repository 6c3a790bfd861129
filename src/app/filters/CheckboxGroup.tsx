import { useId, useState } from "react";
import { useI18n } from "../i18n/useI18n.ts";

// Past this many choices, the rest wait for a search or "Show all".
const LONG = 80;

/** One choice of a filter. */
export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

/**
 * A filter as a group of checkboxes named after their choices, each with its count under the
 * other filters. `search` adds a box that narrows a long list.
 */
export function CheckboxGroup(props: {
  readonly legend: string;
  readonly choices: readonly Choice[];
  readonly selected: readonly string[];
  readonly onChange: (selected: string[]) => void;
  /** The search box's name, and what it says when nothing matches. */
  readonly search?: { readonly label: string; readonly noMatch: (needle: string) => string };
}) {
  const { legend, choices, selected, onChange, search } = props;
  const localizer = useI18n();
  const words = localizer.messages.filters;
  const [needle, setNeedle] = useState("");
  const [all, setAll] = useState(false);
  const id = useId();
  const chosen = new Set(selected);
  const folded = needle.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const shown = folded
    ? choices.filter(
        (c) =>
          c.label.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().includes(folded) ||
          chosen.has(c.value),
      )
    : choices;
  // A long list shows its largest choices (and every ticked one) until asked for all or searched.
  const listed =
    all || folded || shown.length <= LONG
      ? shown
      : shown.filter((c, i) => i < LONG || chosen.has(c.value));
  const toggle = (value: string) =>
    onChange(chosen.has(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {search && (
        <input
          type="search"
          className="filter-search"
          placeholder={search.label}
          aria-label={search.label}
          value={needle}
          onChange={(e) => setNeedle(e.target.value)}
        />
      )}
      <ul className="choices">
        {listed.map((choice) => {
          const inputId = `${id}-${choice.value}`;
          return (
            <li
              key={choice.value}
              className={choice.count === 0 && !chosen.has(choice.value) ? "zero" : undefined}
            >
              <input
                id={inputId}
                type="checkbox"
                checked={chosen.has(choice.value)}
                onChange={() => toggle(choice.value)}
                aria-describedby={`${inputId}-count`}
              />
              <label htmlFor={inputId}>
                <bdi>{choice.label}</bdi>
              </label>
              <span className="count" aria-hidden="true">
                {localizer.number(choice.count)}
              </span>
              <span id={`${inputId}-count`} className="visually-hidden">
                {words.events(choice.count)}
              </span>
            </li>
          );
        })}
        {shown.length === 0 && search && <li className="none">{search.noMatch(needle)}</li>}
      </ul>
      {listed.length < shown.length && (
        <button type="button" className="link" onClick={() => setAll(true)}>
          {words.showAll(shown.length, shown.length - listed.length)}
        </button>
      )}
    </fieldset>
  );
}
