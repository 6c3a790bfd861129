// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SourceCard } from "../../../src/app/detail/SourceCard.tsx";
import { makeSource } from "../../support/makeSource.ts";

const TITLE = "Zoom cesse ses ventes directes en Chine";

function renderCard(url: string | null, fields: Parameters<typeof makeSource>[1] = {}) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <SourceCard
        source={makeSource("fr", { language: "fr", title: TITLE, url, ...fields })}
        support={{ id: "fr", evidence: "Zoom cesse ses ventes directes.", primary: true }}
      />
    </QueryClientProvider>,
  );
  return screen.getByRole("article", { name: "Source in French" });
}

describe("SourceCard", () => {
  it("links the headline to the article's http(s) URL, in a new tab", () => {
    const card = renderCard("https://example.org/zoom");
    const link = within(card).getByRole("link", { name: TITLE });
    expect(link).toHaveAttribute("href", "https://example.org/zoom");
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noreferrer noopener");
  });

  it("never makes a javascript: URL from the data a link, and shows it as plain text", () => {
    const card = renderCard("javascript:alert(1)");
    expect(within(card).queryByRole("link")).toBeNull();
    expect(card.querySelector("[href]")).toBeNull();
    expect(within(card).getByRole("heading", { name: TITLE })).toBeInTheDocument();
    expect(card).toHaveTextContent("javascript:alert(1)");
  });

  it.each([
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "ftp://example.org/a",
  ])("shows %s as text, not a link", (url) => {
    const card = renderCard(url);
    expect(within(card).queryByRole("link")).toBeNull();
    expect(card).toHaveTextContent(url);
  });

  it("shows the headline alone when the source has no URL", () => {
    const card = renderCard(null);
    expect(within(card).queryByRole("link")).toBeNull();
    expect(within(card).getByRole("heading", { name: TITLE })).toBeInTheDocument();
  });

  it("says where the publication date came from: the page's metadata or a curator", () => {
    const fromPage = renderCard(null, { published: "2020-08-03", metadata: ["published"] });
    expect(fromPage).toHaveTextContent("published 3 Aug 2020 (in the page's metadata)");
  });

  it("says nothing of the date's origin when the text itself gave it", () => {
    const fromText = renderCard(null, { published: "2020-08-03" });
    expect(fromText).toHaveTextContent(/published 3 Aug 2020 · main story/);
  });
});
