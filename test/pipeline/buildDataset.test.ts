import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/buildDataset.ts";

const file = (name: string, text: string | Uint8Array) => ({
  name,
  bytes: typeof text === "string" ? new TextEncoder().encode(text) : text,
});
const YAHOO =
  "Yahoo leaves China\nYahoo said on Tuesday that it had withdrawn from mainland China effective November 1.";

describe("buildDataset", () => {
  it("lists every input file: as a source of events or as unplaced with the reason", () => {
    const { dataset } = buildDataset([
      file("yahoo.txt", YAHOO),
      file("empty.txt", ""),
      file("broken.txt", new Uint8Array([0xff, 0xfe, 0x41])),
      file("report.pdf", new Uint8Array([0x25, 0x50, 0x44, 0x46])),
      file("weather.txt", "Rain in Paris\nIt rained all day in Paris on Monday."),
      file("apple.txt", "Apple news\nApple launched a new iPhone in California on Tuesday."),
    ]);
    expect(dataset.sources.map((s) => s.file)).toEqual(["yahoo.txt"]);
    expect(Object.fromEntries(dataset.unplaced.map((u) => [u.file, u.reason]))).toEqual({
      "empty.txt": "empty",
      "broken.txt": "unreadable",
      "report.pdf": "not-text",
      "weather.txt": "no-company",
      "apple.txt": "no-event",
    });
  });

  it("lists an app the gazetteer does not know by the name two articles give it, in one story", () => {
    const { dataset } = buildDataset([
      file(
        "en.txt",
        "Apple pulls podcast app in China\nApple removed the Lantern Radio app from its China App Store on 7 March 2024.",
      ),
      file(
        "fr.txt",
        "Apple retire une application en Chine\nApple a retiré le 7 mars 2024 l'application « Lantern Radio » de son App Store chinois.",
      ),
    ]);
    expect(dataset.events).toHaveLength(1);
    expect(dataset.events[0]?.companies).toEqual(["apple", "lantern-radio"]);
    expect(dataset.companies.find((c) => c.id === "lantern-radio")).toEqual({
      id: "lantern-radio",
      name: "Lantern Radio",
      country: null,
      parent: null,
    });
  });

  it("keeps building when one article is unreadable", () => {
    const { dataset, errors } = buildDataset([
      file("a.txt", new Uint8Array([0xc3, 0x28])),
      file("yahoo.txt", YAHOO),
    ]);
    expect(errors).toEqual([]);
    expect(dataset.events).toHaveLength(1);
  });

  it("takes the publication date from a curation file when the text has none", () => {
    const { dataset } = buildDataset([
      file("yahoo.txt", YAHOO),
      file("yahoo.meta.json", '{"published": "2021-11-03", "url": "https://example.org/yahoo"}'),
    ]);
    expect(dataset.events[0]).toMatchObject({ date: "2021-11-02", effective: "2021-11-01" });
    expect(dataset.sources[0]).toMatchObject({
      published: "2021-11-03",
      url: "https://example.org/yahoo",
      curated: ["published", "url"],
    });
  });

  it("reports an invalid curation file with the file, the field and what is wrong", () => {
    const { errors } = buildDataset([
      file("yahoo.txt", YAHOO),
      file(
        "yahoo.meta.json",
        '{"published": "2 Nov 2021", "events": [{"match": {"type": "exit"}, "set": {"date": "2021"}}]}',
      ),
    ]);
    expect(errors).toEqual([
      "yahoo.meta.json: published: is not an EDTF date (e.g. 2020-08-03, 2021-06, 2021, 2021-05~)",
      'yahoo.meta.json: events[0].basis: every correction needs a basis, e.g. "dateline in the text"',
    ]);
  });

  it("treats article text as data: markup stays text in titles and evidence", () => {
    const { dataset } = buildDataset([
      file(
        "x.md",
        "# <img src=x onerror=alert(1)> Yahoo leaves China\n<b>Yahoo</b> said it had withdrawn from mainland China.",
      ),
    ]);
    expect(dataset.sources[0]?.title).toBe("<img src=x onerror=alert(1)> Yahoo leaves China");
    // The lead says precisely what the headline says loosely, so its sentence is the evidence.
    expect(dataset.events[0]?.sources[0]?.evidence).toBe(
      "<b>Yahoo</b> said it had withdrawn from mainland China.",
    );
  });

  it("attaches an article in a language without a lexicon to the story it shares company, China and date with", () => {
    const { dataset } = buildDataset([
      file(
        "adobe-id.txt",
        "Adobe menutup pusat riset dan pengembangan di China\n\nAdobe pada Rabu menutup pusat riset dan pengembangannya di Beijing, China.",
      ),
      file("adobe-id.meta.json", JSON.stringify({ published: "2014-09-25" })),
      file(
        "adobe-sv.txt",
        "Adobe stänger sitt forskningscenter i Kina\n\nAdobe stänger sitt forsknings- och utvecklingscenter i Peking, Kina, meddelade företaget.",
      ),
      file("adobe-sv.meta.json", JSON.stringify({ published: "2014-09-26" })),
    ]);
    const adobe = dataset.events.find((e) => e.companies[0] === "adobe");
    expect(adobe?.sources.map((s) => s.id)).toEqual(["adobe-id", "adobe-sv"]);
    const attached = adobe?.sources.find((s) => s.id === "adobe-sv")?.attached;
    expect(attached?.basis).toMatch(
      /^no lexicon for "sv": names Adobe and China, published 2014-09-26/,
    );
    expect(attached?.confidence).toBeLessThan(0.5);
    expect(dataset.sources.find((s) => s.id === "adobe-sv")?.language).toBe("sv");
  });

  it("attaches such an article to each company's part of one ban it names, not to two different moves", () => {
    const ban = file(
      "ban-en.txt",
      "China bans Intel and AMD chips in state computers\n\nThe Chinese government has banned the use of Intel and AMD processors in government computers, the Financial Times reported on Sunday.",
    );
    const swedish = file(
      "ban-sv.txt",
      "Kina förbjuder Intel och AMD i statliga datorer\n\nKinas regering stoppar processorer från Intel och AMD i myndigheternas datorer.",
    );
    const { dataset } = buildDataset([
      ban,
      file("ban-en.meta.json", JSON.stringify({ published: "2024-03-25" })),
      swedish,
      file("ban-sv.meta.json", JSON.stringify({ published: "2024-03-26" })),
    ]);
    expect(
      dataset.events.map((e) => `${e.companies[0]} ${e.sources.map((s) => s.id).join(",")}`),
    ).toEqual(["amd ban-en,ban-sv", "intel ban-en,ban-sv"]);

    const apart = buildDataset([
      file(
        "apple-en.txt",
        "Apple closes its Dalian store and halts online sales in China\n\nApple closed its store in Dalian on Monday. Apple also stopped selling iPhones online in China on Monday.",
      ),
      file("apple-en.meta.json", JSON.stringify({ published: "2025-08-13" })),
      file("apple-sv.txt", "Apple i Kina\n\nApple stänger i Kina, meddelade företaget."),
      file("apple-sv.meta.json", JSON.stringify({ published: "2025-08-13" })),
    ]).dataset;
    expect(apart.unplaced.map((u) => u.file)).toEqual(["apple-sv.txt"]);
  });

  it("lists an article no lexicon reads and no story fits as unplaced, saying why", () => {
    const { dataset } = buildDataset([
      file(
        "adobe-sv.txt",
        "Adobe stänger sitt forskningscenter i Kina\n\nAdobe stänger sitt forsknings- och utvecklingscenter i Peking, Kina, meddelade företaget.",
      ),
      file("adobe-sv.meta.json", JSON.stringify({ published: "2014-09-26" })),
    ]);
    expect(dataset.unplaced).toEqual([
      {
        file: "adobe-sv.txt",
        reason: "no-lexicon",
        message:
          'no lexicon for "sv" (Swedish): names Adobe and China, published 2014-09-26, but no known story fits',
      },
    ]);
  });

  it("warns about a curation file whose article is missing", () => {
    const { dataset } = buildDataset([file("yahoo.txt", YAHOO), file("gone.meta.json", "{}")]);
    expect(dataset.warnings).toEqual([
      { file: "gone.meta.json", message: "curates an article that is not there" },
    ]);
  });
});
