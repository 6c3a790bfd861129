// @vitest-environment jsdom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { EventTable } from "../../../src/app/list/EventTable.tsx";
import { makeEvent } from "../../support/makeEvent.ts";
import { SAMPLE } from "../../support/sampleDataset.ts";

const names = new Map(SAMPLE.companies.map((c) => [c.id, c.name]));
const companyName = (id: string) => names.get(id) ?? id;
const many = Array.from({ length: 5000 }, (_, i) =>
  makeEvent(`e${i}`, { title: `Event ${i}`, date: "2020-01-01" }),
);

describe("EventTable", () => {
  it("renders a short list whole", () => {
    render(
      <EventTable
        events={SAMPLE.events}
        companyName={companyName}
        selectedId={null}
        onSelect={() => {}}
      />,
    );
    expect(within(screen.getByRole("table")).getAllByRole("row")).toHaveLength(
      SAMPLE.events.length + 1,
    );
  });

  it("renders only the rows in view of a long list, and says how many there are", () => {
    render(
      <EventTable events={many} companyName={companyName} selectedId={null} onSelect={() => {}} />,
    );
    const table = screen.getByRole("table");
    expect(table).toHaveAttribute("aria-rowcount", "5001");
    const rows = within(table).getAllByRole("row");
    expect(rows.length).toBeLessThan(100);
    expect(rows[1]).toHaveAttribute("aria-rowindex", "2");
  });

  it("renders the rows scrolled to", () => {
    render(
      <EventTable events={many} companyName={companyName} selectedId={null} onSelect={() => {}} />,
    );
    const box = screen.getByRole("group", { name: "Events list" });
    box.scrollTop = 40 * 3000;
    fireEvent.scroll(box);
    expect(screen.getByRole("button", { name: "Event 3000" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Event 0" })).toBeNull();
  });

  it("selects an event from its title", () => {
    const onSelect = vi.fn();
    render(
      <EventTable events={many} companyName={companyName} selectedId={null} onSelect={onSelect} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Event 1" }));
    expect(onSelect).toHaveBeenCalledWith("e1");
  });
});
