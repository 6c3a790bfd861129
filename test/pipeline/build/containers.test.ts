import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/buildDataset.ts";

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

const YAHOO_BODY =
  "Yahoo said on Tuesday that it had withdrawn from mainland China effective November 1, citing an increasingly challenging business and legal environment. The company had already scaled back its services in the country over the past years, and its remaining products had stopped working there.";
const ZOOM_BODY =
  "Zoom will stop selling its products directly to customers in mainland China from 23 August, the company said in a notice to users. New and existing customers will be served by local partners instead, and the company will focus on working through them.";

const jsonl = [
  JSON.stringify({
    id: "yahoo-1",
    url: "https://news.example.com/2021/11/02/yahoo-china",
    title: "Yahoo pulls out of China",
    publishedAt: "2021-11-02T08:00:00Z",
    source: { name: "Example News" },
    language: "en",
    content: YAHOO_BODY,
  }),
  "{ this line is broken",
  JSON.stringify({
    id: "zoom-1",
    title: "Zoom stops direct sales in China",
    published: "2020-08-03",
    text: ZOOM_BODY,
  }),
].join("\n");

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Tech Wire</title>
<item><title>Zoom stops direct sales in China</title><guid isPermaLink="false">tw-881</guid>
<link>https://techwire.example.org/zoom-china</link><pubDate>Mon, 03 Aug 2020 10:00:00 GMT</pubDate>
<description><![CDATA[<p>${ZOOM_BODY}</p>]]></description></item>
</channel></rss>`;

describe("articles from feeds and exports", () => {
  it("reads each record of an export as a source, with the dates and links it states, and names a broken line", () => {
    const { dataset } = buildDataset([file("exports/news.jsonl", jsonl)]);
    expect(dataset.sources.map((s) => [s.id, s.file, s.published, s.url, s.outlet])).toEqual([
      [
        "yahoo-1",
        "exports/news.jsonl#yahoo-1",
        "2021-11-02",
        "https://news.example.com/2021/11/02/yahoo-china",
        "Example News",
      ],
      ["zoom-1", "exports/news.jsonl#zoom-1", "2020-08-03", null, null],
    ]);
    expect(dataset.sources[0]?.metadata).toEqual([
      "title",
      "published",
      "url",
      "outlet",
      "language",
    ]);
    expect(dataset.events.map((e) => [e.companies[0], e.type, e.date ?? e.effective])).toEqual(
      expect.arrayContaining([
        ["zoom", "sales-halt", "2020-08-03"],
        ["yahoo", "exit", "2021-11-02"],
      ]),
    );
    expect(dataset.unplaced).toEqual([
      expect.objectContaining({ file: "exports/news.jsonl:2", reason: "unreadable" }),
    ]);
  });

  it("finds the same events in a record as in the same article as a text file", () => {
    const text = buildDataset([
      file("zoom.txt", `Zoom stops direct sales in China\n\nAugust 3, 2020\n\n${ZOOM_BODY}`),
    ]).dataset;
    const record = buildDataset([file("feed.xml", rss)]).dataset;
    const events = (d: typeof text) => d.events.map((e) => [e.type, e.companies, e.effective]);
    expect(events(record)).toEqual(events(text));
    expect(record.sources[0]).toMatchObject({ id: "tw-881", outlet: "Tech Wire" });
  });

  it("applies a container's curation to its records by key, and warns of a key it lacks", () => {
    const curation = JSON.stringify({
      records: { "tw-881": { published: "2020-08-04" }, "tw-999": { published: "2020-01-01" } },
    });
    const { dataset, errors } = buildDataset([
      file("feed.xml", rss),
      file("feed.meta.json", curation),
    ]);
    expect(errors).toEqual([]);
    expect(dataset.sources[0]).toMatchObject({ published: "2020-08-04", curated: ["published"] });
    expect(dataset.sources[0]?.metadata).not.toContain("published");
    expect(dataset.warnings).toEqual([
      { file: "feed.meta.json", message: 'curates record "tw-999", which feed.xml does not have' },
    ]);
  });

  it("reads one article once when it comes twice, and says which copy was left out", () => {
    const { dataset } = buildDataset([
      file("a-feed.xml", rss),
      file("b/zoom.txt", `Zoom stops direct sales in China\n\n${ZOOM_BODY}`),
    ]);
    expect(dataset.sources.map((s) => s.file)).toEqual(["a-feed.xml#tw-881"]);
    expect(dataset.unplaced).toEqual([
      {
        file: "b/zoom.txt",
        reason: "duplicate",
        message: "the same article as a-feed.xml#tw-881 (the same text); it is read once",
      },
    ]);
  });

  it("keeps an article's id whatever folder it is in", () => {
    const { dataset } = buildDataset([
      file("2021/november/yahoo.txt", `Yahoo pulls out of China\n\n${YAHOO_BODY}`),
    ]);
    expect(dataset.sources.map((s) => [s.id, s.file])).toEqual([
      ["yahoo", "2021/november/yahoo.txt"],
    ]);
  });

  it("names a feed that is not well-formed, and still builds the rest", () => {
    const { dataset } = buildDataset([
      file("broken.rss", "<rss><channel><item><title>x</title></channel>"),
      file("yahoo.txt", `Yahoo pulls out of China\n\n${YAHOO_BODY}`),
    ]);
    expect(dataset.sources.map((s) => s.id)).toEqual(["yahoo"]);
    expect(dataset.unplaced).toEqual([
      expect.objectContaining({ file: "broken.rss", reason: "unreadable" }),
    ]);
  });
});
