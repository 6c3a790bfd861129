// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DetailPane } from "../../../src/app/detail/DetailPane.tsx";
import { indexDetails } from "../../../src/app/data/details.ts";
import { SAMPLE } from "../../support/sampleDataset.ts";
import { timelineOf } from "../../support/timelineOf.ts";

const details = indexDetails(SAMPLE);
const heads = timelineOf(SAMPLE).events;

function renderPane(
  id = "zoom-sales-halt-2020-08-03",
  loaded: { event?: boolean; problem?: string } = { event: true },
) {
  const handlers = {
    onSelect: vi.fn(),
    onClose: vi.fn(),
    onFilterCompany: vi.fn(),
    onFilterCountry: vi.fn(),
  };
  const head = heads.find((e) => e.id === id);
  if (!head) throw new Error(id);
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <DetailPane
        head={head}
        event={loaded.event ? details.events.get(id) : undefined}
        problem={loaded.problem ?? null}
        sources={details.sources}
        companies={new Map(SAMPLE.companies.map((c) => [c.id, c]))}
        events={heads}
        ordered={heads}
        {...handlers}
      />
    </QueryClientProvider>,
  );
  return handlers;
}

afterEach(() => vi.unstubAllGlobals());

describe("DetailPane", () => {
  it("is a region named after the event, with its dates in words", () => {
    renderPane();
    const pane = screen.getByRole("region", { name: "Zoom stops direct sales in mainland China" });
    expect(within(pane).getByText("Announced").nextElementSibling).toHaveTextContent("3 Aug 2020");
    expect(within(pane).getByText("Effective").nextElementSibling).toHaveTextContent("23 Aug 2020");
  });

  it("says under each date how it was found", () => {
    renderPane();
    const pane = screen.getByRole("region", { name: "Zoom stops direct sales in mainland China" });
    expect(within(pane).getByText("Announced").nextElementSibling).toHaveTextContent(
      "3 Aug 2020'يوم الاثنين' in the lead; published 2020-08-04",
    );
    expect(
      within(pane).getByText("'23 août' in the lead; published 2020-08-04"),
    ).toBeInTheDocument();
  });

  it("filters by a company or country when one is clicked", () => {
    const { onFilterCompany, onFilterCountry } = renderPane();
    fireEvent.click(screen.getByRole("button", { name: "Zoom" }));
    expect(onFilterCompany).toHaveBeenCalledWith("zoom");
    fireEvent.click(screen.getByRole("button", { name: "United States" }));
    expect(onFilterCountry).toHaveBeenCalledWith("US");
  });

  it("steps to the previous and next event in time, and lists related events", () => {
    const { onSelect } = renderPane();
    fireEvent.click(screen.getByRole("button", { name: "← Previous" }));
    expect(onSelect).toHaveBeenLastCalledWith("zoom-restriction-2020-05");
    fireEvent.click(screen.getByRole("button", { name: "Next →" }));
    expect(onSelect).toHaveBeenLastCalledWith("x-undated");
    fireEvent.click(screen.getByRole("button", { name: "Zoom restricts sign-ups in China" }));
    expect(onSelect).toHaveBeenLastCalledWith("zoom-restriction-2020-05");
  });

  it("shows every source in its own language and direction", () => {
    renderPane();
    const arabic = screen.getByRole("article", { name: "Source in Arabic" });
    expect(within(arabic).getByText(/قالت Zoom/)).toHaveAttribute("dir", "rtl");
    expect(within(arabic).getByText(/قالت Zoom/)).toHaveAttribute("lang", "ar");
    const french = screen.getByRole("article", { name: "Source in French" });
    expect(within(french).getByRole("heading", { level: 4 })).toHaveAttribute("dir", "ltr");
    expect(french).toHaveTextContent("ZDNet France · published August 2020 (curated) · main story");
  });

  it("loads the full article on demand and marks the evidence", async () => {
    const fetch = vi.fn(
      async () =>
        new Response(
          JSON.stringify([
            { id: "ar", language: "ar", text: "نص آخر" },
            {
              id: "fr",
              language: "fr",
              text: "Titre <b>gras</b>\nZoom va cesser de vendre directement aux clients chinois. Fin.",
            },
          ]),
        ),
    );
    vi.stubGlobal("fetch", fetch);
    renderPane();
    expect(fetch).not.toHaveBeenCalled();
    const french = screen.getByRole("article", { name: "Source in French" });
    fireEvent.click(within(french).getByRole("button", { name: "Show full article" }));
    const mark = await within(french).findByText(
      "Zoom va cesser de vendre directement aux clients chinois",
      { selector: "mark" },
    );
    expect(mark).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith("/data/texts/0000.json");
    expect(within(french).getByLabelText("Full article")).toHaveTextContent("Titre <b>gras</b>");
    expect(french.querySelector("b")).toBeNull();
  });

  it("closes from its close button", () => {
    const { onClose } = renderPane();
    fireEvent.click(screen.getByRole("button", { name: "Close details" }));
    expect(onClose).toHaveBeenCalled();
  });

  it("shows what the timeline knows while the summary and sources load", () => {
    renderPane("zoom-sales-halt-2020-08-03", { event: false });
    const pane = screen.getByRole("region", { name: "Zoom stops direct sales in mainland China" });
    expect(within(pane).getByText("Loading the event’s summary and sources…")).toHaveAttribute(
      "role",
      "status",
    );
    expect(within(pane).getByText("Announced").nextElementSibling).toHaveTextContent("3 Aug 2020");
    expect(within(pane).getByRole("button", { name: "Zoom" })).toBeInTheDocument();
    expect(within(pane).queryByRole("article")).toBeNull();
  });

  it("says why the sources are missing when they cannot be shown", () => {
    renderPane("zoom-sales-halt-2020-08-03", {
      event: false,
      problem: "The summary and sources could not be loaded.",
    });
    expect(screen.getByText("The summary and sources could not be loaded.")).toHaveAttribute(
      "role",
      "status",
    );
    expect(screen.queryByText(/Loading/)).toBeNull();
  });
});
