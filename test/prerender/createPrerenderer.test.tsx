// @vitest-environment jsdom
import { QueryClient } from "@tanstack/react-query";
import { act } from "@testing-library/react";
import { hydrateRoot, type Root as ReactRoot } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { timelineDigest } from "../../src/app/data/timelineDigest.ts";
import { timelineQuery } from "../../src/app/data/useTimeline.ts";
import { Explorer } from "../../src/app/Explorer.tsx";
import { Root } from "../../src/app/Root.tsx";
import { createPrerenderer } from "../../src/prerender/createPrerenderer.tsx";
import { SAMPLE } from "../support/sampleDataset.ts";
import { timelineOf } from "../support/timelineOf.ts";

const prerenderer = await createPrerenderer(SAMPLE);
let root: ReactRoot | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = "";
  vi.unstubAllGlobals();
});

describe("the explorer's prerendered first view", () => {
  const view = prerenderer.explorer();

  it("lists every event as a link to its share page, as text, never markup", () => {
    const page = new DOMParser().parseFromString(view.html, "text/html");
    const links = [...page.querySelectorAll<HTMLAnchorElement>(".timeline-fallback a")];
    expect(links.map((a) => [a.textContent, a.getAttribute("href")])).toEqual(
      timelineOf(SAMPLE).events.map((e) => [e.title, `e/${e.id}/`]),
    );
    expect(page.querySelector("img")).toBeNull();
    expect(page.querySelector(".toolbar .count")?.textContent).toBe(
      `${SAMPLE.events.length} of ${SAMPLE.events.length} events`,
    );
  });

  it("carries no style attribute, which the page's Content-Security-Policy would refuse", () => {
    expect(view.html).not.toMatch(/\sstyle=/);
  });

  it("is the digest of the timeline the browser reads", () => {
    expect(view.digest).toBe(timelineDigest(timelineOf(SAMPLE)));
  });

  it("is taken over in place by the app: same elements, no hydration error", async () => {
    // The timeline is drawn in the frame after hydration; jsdom has no canvas to draw on.
    vi.stubGlobal("requestAnimationFrame", () => 0);
    const container = document.createElement("div");
    container.innerHTML = view.html;
    document.body.append(container);
    const heading = container.querySelector("h1");
    const client = new QueryClient();
    client.setQueryData(timelineQuery.queryKey, timelineOf(SAMPLE));
    const errors: unknown[] = [];
    await act(async () => {
      root = hydrateRoot(
        container,
        <Root client={client} locale="en" explorer={Explorer} prerendered />,
        {
          onRecoverableError: (error) => errors.push(error),
        },
      );
    });
    expect(errors).toEqual([]);
    expect(container.querySelector("h1")).toBe(heading);
    expect(container.querySelectorAll(".timeline-fallback a")).toHaveLength(SAMPLE.events.length);
  });
});

describe("an event's prerendered detail", () => {
  it("shows its title, summary and every source's evidence in the source's direction", () => {
    const html = prerenderer.eventDetail("zoom-sales-halt-2020-08-03", "en");
    const page = new DOMParser().parseFromString(html, "text/html");
    expect(page.querySelector("h2")?.textContent).toBe("Zoom stops direct sales in mainland China");
    const arabic = page.querySelector('[aria-label="Source in Arabic"] blockquote');
    expect(arabic?.getAttribute("dir")).toBe("rtl");
    expect(arabic?.textContent).toContain("قالت Zoom يوم الاثنين");
    expect(page.querySelector('[aria-label="Source in French"]')).not.toBeNull();
  });

  it("is worded in the page's language, its sources still in theirs", () => {
    const html = prerenderer.eventDetail("zoom-sales-halt-2020-08-03", "ar");
    const page = new DOMParser().parseFromString(html, "text/html");
    expect(page.querySelector("h2")?.textContent).toBe(
      "توقِف شركة Zoom مبيعاتها المباشرة في البر الرئيسي الصيني",
    );
    expect(page.querySelector("h2 bdi")?.textContent).toBe("Zoom");
    const evidence = [...page.querySelectorAll("article.source blockquote")];
    expect(evidence.map((b) => [b.getAttribute("lang"), b.getAttribute("dir")])).toContainEqual([
      "fr",
      "ltr",
    ]);
    expect(evidence.map((b) => b.getAttribute("lang"))).toContain("ar");
    expect(html).not.toMatch(/\sstyle=/);
  });

  it("refuses an event the timeline does not have", () => {
    expect(() => prerenderer.eventDetail("no-such-event", "fr")).toThrow(/no-such-event/);
  });
});
