import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ReadRecords } from "../../../src/pipeline/read/articleRecord.ts";
import { readFeed, type FeedFailure } from "../../../src/pipeline/read/readFeed.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/containers/${name}`, import.meta.url), "utf8");

function records(result: ReadRecords | FeedFailure): ReadRecords {
  if ("ok" in result) throw new Error(result.message);
  return result;
}

describe("readFeed", () => {
  it("reads an RSS 2.0 feed's items with their link, date, language and channel as outlet", () => {
    const { records: items } = records(readFeed(fixture("rss2.xml")));
    expect(items.map((item) => item.key)).toEqual([
      "harbour-1001",
      "https://harbour-tech.example/?p=1002",
      "harbour-1003",
      "https://harbour-tech.example/?p=1004",
    ]);
    expect(items[0]).toMatchObject({
      line: 9,
      url: "https://harbour-tech.example/2021/03/norvale-routers-china",
      title: "Norvale Systems stops selling its routers in China",
      language: "en",
      outlet: "Harbour Tech Daily",
      fromMetadata: ["title", "published", "url", "outlet", "language"],
    });
  });

  it("prefers content:encoded to the description and turns its HTML into paragraphs", () => {
    const [first] = records(readFeed(fixture("rss2.xml"))).records;
    expect(first?.text).toBe(
      [
        "Norvale Systems stops selling its routers in China",
        "Norvale Systems said on Monday it would stop selling its home routers in mainland China from April.",
        "The company cited new certification rules & falling demand.",
        "Its cloud service keeps running for existing customers.",
        "Routers: sales end in April",
        "Cloud: unchanged",
      ].join("\n\n"),
    );
    expect(first?.text).not.toContain("trackReader");
  });

  it("reads the escaped HTML of a description when the item has no full content", () => {
    const item = records(readFeed(fixture("rss2.xml"))).records[1];
    expect(item?.text).toBe(
      "Kestrel Cloud shuts its Shanghai data centre\n\n" +
        "Kestrel Cloud will close its Shanghai data centre by the end of June, the firm told customers.\n\n" +
        "Clients may move their data to Singapore.",
    );
  });

  it("keeps escaped markup in content as words, never as tags", () => {
    const item = records(readFeed(fixture("rss2.xml"))).records[2];
    expect(item?.text).toContain("The text <b> stays as words.");
  });

  it("keeps the calendar date an RFC 822 pubDate states in its own zone", () => {
    const dates = records(readFeed(fixture("rss2.xml"))).records.map((item) => item.published);
    // 23:30 -0500 on the 15th is the 16th in UTC, but the outlet's "today" was the 15th.
    expect(dates).toEqual(["2021-03-15", "2021-03-16", "2021-03-17", "2021-03-18"]);
  });

  it("drops a javascript: link and falls back to a permalink guid", () => {
    const items = records(readFeed(fixture("rss2.xml"))).records;
    expect(items[2]?.url).toBeNull();
    expect(items[2]?.fromMetadata).not.toContain("url");
    expect(items[3]?.url).toBe("https://harbour-tech.example/?p=1004");
  });

  it("names the line of an item with neither title nor text", () => {
    expect(records(readFeed(fixture("rss2.xml"))).problems).toEqual([
      { line: 40, message: "item 5 has no title and no text" },
    ]);
  });

  it("reads Atom: typed HTML and XHTML content, relative links, published before updated", () => {
    const entries = records(readFeed(fixture("atom.xml"))).records;
    expect(entries.map((entry) => [entry.key, entry.url, entry.published])).toEqual([
      [
        "tag:tech-hebdo.example,2021:norvale",
        "https://tech-hebdo.example/2021/04/norvale-chine",
        "2021-04-01",
      ],
      [
        "tag:tech-hebdo.example,2021:kestrel",
        "https://tech-hebdo.example/2021/04/kestrel",
        "2021-04-02",
      ],
      ["tag:tech-hebdo.example,2021:lumio", null, "2021-04-03"],
    ]);
    expect(entries[0]?.text).toBe(
      "Norvale quitte le marché chinois\n\n" +
        "Norvale Systems a annoncé jeudi qu’elle cessait toutes ses activités en Chine.\n\n" +
        "Les bureaux de Shenzhen fermeront en mai.",
    );
    expect(entries[1]?.text).toContain(
      "Les données seront effacées après trente jours & plus aucun accès.",
    );
  });

  it("reads Atom text content as text, and xml:lang from the entry or the feed", () => {
    const entries = records(readFeed(fixture("atom.xml"))).records;
    expect(entries[2]?.text).toBe(
      "Lumio blocked again\n\nLumio's app is blocked in China. A tag like <b> here is just text.",
    );
    expect(entries.map((entry) => [entry.language, entry.outlet])).toEqual([
      ["fr", "Tech Hebdo"],
      ["fr", "Tech Hebdo"],
      ["en", "Tech Hebdo"],
    ]);
  });

  it("reads RSS 1.0 (RDF) items beside their channel, with dc:date and dc:language", () => {
    const items = records(readFeed(fixture("rdf.xml"))).records;
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({
      key: "https://technik-brief.example/2021/05/kestrel-rueckzug",
      url: "https://technik-brief.example/2021/05/kestrel-rueckzug",
      text: "Kestrel zieht sich aus China zurück\n\nKestrel Cloud schließt sein Rechenzentrum in Peking.",
      published: "2021-05-21",
      language: "de",
      outlet: "Technik-Brief",
    });
  });

  it("names the problem and its line in malformed XML, without throwing", () => {
    const broken = '<?xml version="1.0"?>\n<rss><channel>\n<item><title>A</item>\n</channel></rss>';
    const result = readFeed(broken);
    expect(result).toMatchObject({ ok: false });
    expect("ok" in result && result.message).toMatch(
      /^not valid XML: .*title.*\(line 3, column \d+\)$/,
    );
  });

  it("says which root element it found when the XML is no feed", () => {
    expect(readFeed("<html><body>hi</body></html>")).toEqual({
      ok: false,
      message: "not a feed: the root element is <html>; expected <rss>, <rdf:RDF> or <feed>",
    });
  });

  it("reads a 100,000-item feed in linear time", () => {
    const item = (i: number) =>
      `<item><guid>g${i}</guid><title>Firm ${i} leaves China</title><description>Sales stop.</description></item>\n`;
    const feed = (n: number) =>
      `<rss version="2.0"><channel><title>T</title>\n${Array.from({ length: n }, (_, i) => item(i)).join("")}</channel></rss>`;
    const big = records(readFeed(feed(100_000)));
    expect(big.records).toHaveLength(100_000);
    expect(big.records[99_999]).toMatchObject({ key: "g99999", line: 100_001 });
  }, 20_000);
});
