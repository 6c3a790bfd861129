// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import { toTimelineFile } from "../../src/model/timelineFile.ts";
import { SAMPLE } from "../support/sampleDataset.ts";

type Reply = () => Promise<Response>;
const json = (body: unknown) => () => Promise.resolve(new Response(JSON.stringify(body)));
const okTimeline = json(toTimelineFile(SAMPLE));
const okEvents = json(SAMPLE);
const pending: Reply = () => new Promise(() => {});

/** Renders the app with each data file answered by its replies, in turn (the last one repeats). */
function renderApp(files: { timeline?: Reply[]; events?: Reply[]; search?: Reply[] } = {}) {
  const queues = {
    timeline: [...(files.timeline ?? [okTimeline])],
    events: [...(files.events ?? [okEvents])],
    search: [...(files.search ?? [pending])],
  };
  vi.stubGlobal(
    "fetch",
    vi.fn((url: string) => {
      const name = /(timeline|events|search)\.json$/.exec(url)?.[1] as keyof typeof queues;
      const queue = queues[name];
      return (queue.length > 1 ? queue.shift() : queue[0])?.() ?? pending();
    }),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App locale="en" explorer={null} prerendered={false} />
    </QueryClientProvider>,
  );
}

beforeEach(() => window.history.replaceState(null, "", "/"));
afterEach(() => vi.unstubAllGlobals());

describe("the app", () => {
  it("shows a skeleton while the data loads", () => {
    renderApp({ timeline: [pending] });
    expect(screen.getByRole("status")).toHaveTextContent("Loading events…");
  });

  it("says why the timeline did not load, and retries", async () => {
    renderApp({
      timeline: [
        () => Promise.resolve(new Response("", { status: 500, statusText: "Server Error" })),
        okTimeline,
      ],
    });
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Could not load the timeline (500 Server Error)",
    );
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByText(/of 4 events/)).toBeInTheDocument();
  });

  it("refuses a timeline that does not match the schema, saying where", async () => {
    const file = toTimelineFile(SAMPLE);
    renderApp({ timeline: [json({ ...file, title: file.title.slice(1) })] });
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The timeline (timeline.json) is malformed: title: has 3 entries for 4 events",
    );
  });

  it("says so when the timeline is not JSON", async () => {
    renderApp({ timeline: [() => Promise.resolve(new Response("{ not json"))] });
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The timeline could not be read: it is not valid JSON",
    );
  });

  it("keeps the view when the event details fail to load, says why, and retries", async () => {
    window.history.replaceState(null, "", "/?e=jd-com-partnership-cut-2013-09&v=1");
    renderApp({
      events: [
        () => Promise.resolve(new Response("", { status: 503, statusText: "Unavailable" })),
        okEvents,
      ],
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Event details could not be loaded: Could not load the event details (events.json) (503 Unavailable)",
    );
    expect(screen.getByText(/of 4 events/)).toHaveTextContent("4 of 4 events");
    expect(screen.getByText("The summary and sources could not be loaded.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Export CSV" })).toBeDisabled();
    fireEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("heading", { name: "Sources (1)" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("button", { name: "Export CSV" })).toBeEnabled();
  });

  it("refuses event details that do not match the schema, saying where", async () => {
    renderApp({ events: [json({ ...SAMPLE, events: [{ ...SAMPLE.events[0], type: "nope" }] })] });
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The event details (events.json) are malformed: events.0.type",
    );
    expect(screen.getByText(/of 4 events/)).toBeInTheDocument();
  });

  it("lists the events in date order in the list view, undated last", async () => {
    window.history.replaceState(null, "", "/?view=list&v=1");
    renderApp();
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
    const { container } = renderApp();
    expect(
      await screen.findByRole("region", { name: "<img src=x onerror=alert(1)> exits" }),
    ).toBeInTheDocument();
    expect(container.querySelector("img, script")).toBeNull();
    expect(await screen.findByText("<script>alert(1)</script> Tiêu đề")).toBeInTheDocument();
  });

  it("offers to clear the filters when nothing matches", async () => {
    window.history.replaceState(null, "", "/?q=nothing-like-this&v=1");
    renderApp({ search: [json({})] });
    expect(await screen.findByText("No events match these filters.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(await screen.findByText(/of 4 events/)).toHaveTextContent("4 of 4 events");
    expect(window.location.search).toBe("");
  });
});
