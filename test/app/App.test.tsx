// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import type { Dataset } from "../../src/model/dataset.ts";

const dataset: Dataset = {
  version: 1,
  events: [
    event("zoom-sales-halt-2020-08-03", "Zoom stops direct sales in mainland China", "2020-08-03", "zoom", "sales-halt"),
    event("jd-com-partnership-cut-2013-09", "JD.com ends its log-in integration with Weibo", "2013-09~", "jd-com", "partnership-cut"),
    event("x-exit-undated", "<img src=x onerror=alert(1)> exits", null, "zoom", "exit"),
  ],
  sources: [],
  companies: [
    { id: "zoom", name: "Zoom", country: "US", parent: null },
    { id: "jd-com", name: "JD.com", country: "CN", parent: null },
  ],
  unplaced: [],
  warnings: [],
};

function event(id: string, title: string, date: string | null, company: string, type: Dataset["events"][number]["type"]) {
  return {
    id, title, summary: `${title}.`, type, date, effective: null, companies: [company], counterparty: null, countries: ["CN"],
    sources: [{ id: "s", evidence: "e", primary: true }], primary: true, confidence: 0.9, origin: "extracted" as const, curated: {},
  } as Dataset["events"][number];
}

function renderApp(response: () => Promise<Response>) {
  vi.stubGlobal("fetch", vi.fn(response));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("the event list page", () => {
  it("lists events oldest first, undated last, with date in words, company and type", async () => {
    renderApp(async () => new Response(JSON.stringify(dataset)));
    const rows = within(await screen.findByRole("table")).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      "about September 2013JD.comPartnership cutJD.com ends its log-in integration with Weibo",
      "3 Aug 2020ZoomSales haltZoom stops direct sales in mainland China",
      "undatedZoomMarket exit<img src=x onerror=alert(1)> exits",
    ]);
  });

  it("shows markup in article-derived text as text", async () => {
    const { container } = renderApp(async () => new Response(JSON.stringify(dataset)));
    await screen.findByRole("table");
    expect(container.querySelector("img")).toBeNull();
  });

  it("says why the data did not load and offers a retry", async () => {
    renderApp(async () => new Response("not found", { status: 404, statusText: "Not Found" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not load the dataset (404 Not Found)");
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });

  it("refuses a dataset that does not match the schema", async () => {
    renderApp(async () => new Response(JSON.stringify({ version: 1, events: "nope" })));
    expect(await screen.findByRole("alert")).toHaveTextContent("The dataset is malformed");
  });
});
