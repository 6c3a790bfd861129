// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import { SAMPLE } from "../support/sampleDataset.ts";

function renderApp(...responses: (() => Promise<Response>)[]) {
  const queue = [...responses];
  vi.stubGlobal(
    "fetch",
    vi.fn(() => (queue.length > 1 ? queue.shift() : queue[0])?.() ?? new Promise(() => {})),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}
const ok = () => Promise.resolve(new Response(JSON.stringify(SAMPLE)));

beforeEach(() => window.history.replaceState(null, "", "/"));
afterEach(() => vi.unstubAllGlobals());

describe("the app", () => {
  it("shows a skeleton while the data loads", () => {
    renderApp(() => new Promise(() => {}));
    expect(screen.getByRole("status")).toHaveTextContent("Loading events…");
  });

  it("says why the data did not load, and retries", async () => {
    renderApp(
      () => Promise.resolve(new Response("", { status: 500, statusText: "Server Error" })),
      ok,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Could not load the dataset (500 Server Error)",
    );
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByText(/of 4 events/)).toBeInTheDocument();
  });

  it("refuses a dataset that does not match the schema", async () => {
    renderApp(() => Promise.resolve(new Response(JSON.stringify({ version: 1, events: "nope" }))));
    expect(await screen.findByRole("alert")).toHaveTextContent("The dataset is malformed");
  });

  it("lists the events in date order in the list view, undated last", async () => {
    window.history.replaceState(null, "", "/?view=list&v=1");
    renderApp(ok);
    const rows = within(await screen.findByRole("table"))
      .getAllByRole("row")
      .slice(1);
    expect(rows.map((r) => r.querySelector("td:first-child")?.textContent)).toEqual([
      "about September 2013",
      "May 2020",
      "3 Aug 2020",
      "undated",
    ]);
  });

  it("shows markup from articles as text", async () => {
    window.history.replaceState(null, "", "/?view=list&e=x-undated&v=1");
    const { container } = renderApp(ok);
    expect(
      await screen.findByRole("region", { name: "<img src=x onerror=alert(1)> exits" }),
    ).toBeInTheDocument();
    expect(container.querySelector("img, script")).toBeNull();
    expect(screen.getByText("<script>alert(1)</script> Tiêu đề")).toBeInTheDocument();
  });

  it("offers to clear the filters when nothing matches", async () => {
    window.history.replaceState(null, "", "/?q=nothing-like-this&v=1");
    renderApp(ok, () => Promise.resolve(new Response("{}")));
    expect(await screen.findByText("No events match these filters.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(await screen.findByText(/of 4 events/)).toHaveTextContent("4 of 4 events");
    expect(window.location.search).toBe("");
  });
});
