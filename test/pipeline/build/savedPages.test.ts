import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/buildDataset.ts";

const PAGES = new URL("../../fixtures/pages/", import.meta.url);
const names = readdirSync(PAGES)
  .filter((n) => n.endsWith(".html"))
  .map((n) => n.replace(/\.html$/, ""));
const build = (file: string, published?: string | null) =>
  buildDataset([
    { name: file, bytes: readFileSync(new URL(file, PAGES)) },
    ...(published
      ? [
          {
            name: file.replace(/\.\w+$/, ".meta.json"),
            bytes: new TextEncoder().encode(JSON.stringify({ published })),
          },
        ]
      : []),
  ]).dataset;
const moves = (d: ReturnType<typeof build>) =>
  d.events.map((e) => `${e.companies[0]} ${e.type} ${e.primary ? "main" : "passing"}`).sort();

describe("saved web pages", () => {
  it.each(names)("%s: the same events as its plain text, dated by the page's metadata", (name) => {
    const fromPage = build(`${name}.html`);
    const published = /datePublished|published_time|name="date"|<time/.test(
      readFileSync(new URL(`${name}.html`, PAGES), "utf8"),
    );
    // The text told the same publication date, as a curator would.
    const date = fromPage.sources[0]?.published;
    const fromText = build(`${name}.txt`, date);
    expect(moves(fromPage)).toEqual(moves(fromText));
    expect(fromPage.unplaced.map((u) => u.reason)).toEqual(fromText.unplaced.map((u) => u.reason));
    if (published && fromPage.sources[0])
      expect(fromPage.sources[0].metadata).toContain("published");
  });

  it("takes the publication date, outlet and language from the page and says so", () => {
    const [source] = build("en-airbnb.html").sources;
    expect(source).toMatchObject({
      published: "2022-05-24",
      outlet: "The Harbour Ledger",
      language: "en",
      metadata: ["title", "published", "outlet", "language"],
    });
  });
});
