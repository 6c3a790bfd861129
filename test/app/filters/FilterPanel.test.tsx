// @vitest-environment jsdom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { buildEventIndex } from "../../../src/app/filtering/eventIndex.ts";
import { filterEvents } from "../../../src/app/filtering/filterEvents.ts";
import { FilterPanel } from "../../../src/app/filters/FilterPanel.tsx";
import { DEFAULT_VIEW, type ViewState } from "../../../src/app/state/viewState.ts";
import { SAMPLE } from "../../support/sampleDataset.ts";
import { timelineOf } from "../../support/timelineOf.ts";

const timeline = timelineOf(SAMPLE);

function renderPanel(view: Partial<ViewState> = {}) {
  const state = { ...DEFAULT_VIEW, ...view };
  const onChange = vi.fn();
  const { facets } = filterEvents(buildEventIndex(timeline), state);
  render(
    <FilterPanel
      timeline={timeline}
      view={state}
      facets={facets}
      visibleWindow={[Date.UTC(2019, 0, 1), Date.UTC(2021, 0, 1)]}
      onChange={onChange}
    />,
  );
  return onChange;
}

describe("FilterPanel", () => {
  it("offers groups named Company, Country, Type and Language, with checkboxes named after each choice", () => {
    renderPanel();
    expect(
      within(screen.getByRole("group", { name: "Company" })).getByRole("checkbox", {
        name: "JD.com",
      }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole("group", { name: "Country" })).getByRole("checkbox", {
        name: "United States",
      }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole("group", { name: "Type" })).getByRole("checkbox", {
        name: "Sales halt",
      }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole("group", { name: "Language" })).getByRole("checkbox", {
        name: "Arabic",
      }),
    ).toBeInTheDocument();
  });

  it("shows each choice's count under the other filters", () => {
    renderPanel({ types: ["restriction"] });
    const company = within(screen.getByRole("group", { name: "Company" }));
    expect(company.getByRole("checkbox", { name: "Zoom" })).toHaveAccessibleDescription("1 event");
    expect(company.getByRole("checkbox", { name: "JD.com" })).toHaveAccessibleDescription(
      "0 events",
    );
    // The type group's own counts ignore the type filter.
    expect(
      within(screen.getByRole("group", { name: "Type" })).getByRole("checkbox", {
        name: "Sales halt",
      }),
    ).toHaveAccessibleDescription("1 event");
  });

  it("narrows the company list with its search box, ignoring accents and case", () => {
    renderPanel();
    const company = within(screen.getByRole("group", { name: "Company" }));
    fireEvent.change(company.getByRole("searchbox", { name: "Find a company" }), {
      target: { value: "WÉI" },
    });
    expect(company.getAllByRole("checkbox")).toHaveLength(1);
    expect(company.getByRole("checkbox", { name: "Weibo" })).toBeInTheDocument();
  });

  it("reports ticked and unticked choices", () => {
    const onChange = renderPanel({ companies: ["zoom"] });
    fireEvent.click(screen.getByRole("checkbox", { name: "JD.com" }));
    expect(onChange).toHaveBeenLastCalledWith({ companies: ["zoom", "jd-com"] });
    fireEvent.click(screen.getByRole("checkbox", { name: "Zoom" }));
    expect(onChange).toHaveBeenLastCalledWith({ companies: [] });
  });

  it("sets the date range from inputs or from the visible window", () => {
    const onChange = renderPanel();
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "2015-01-01" } });
    expect(onChange).toHaveBeenLastCalledWith({ from: "2015-01-01" });
    fireEvent.click(screen.getByRole("button", { name: "Use the visible window" }));
    expect(onChange).toHaveBeenLastCalledWith({ from: "2019-01-01", to: "2021-01-01" });
  });
});
