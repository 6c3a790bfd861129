import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readExport } from "../../../src/pipeline/read/readExport.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/containers/${name}`, import.meta.url), "utf8");

const jsonl = (...rows: unknown[]) => rows.map((row) => JSON.stringify(row)).join("\n");

describe("readExport", () => {
  it("reads NewsAPI's shape: nested source name, publishedAt, content without its cut marker", () => {
    const { records, problems } = readExport(fixture("newsapi.jsonl"), "jsonl");
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({
      key: "1",
      line: 1,
      url: "https://pacific-ledger.example/tech/norvale-china",
      published: "2021-03-15",
      outlet: "Pacific Ledger",
      text:
        "Norvale to stop selling routers in China\n\n" +
        "Norvale Systems will stop selling routers in mainland China from April, the company said.\n\n" +
        "Existing customers keep their warranties",
    });
  });

  it("falls back to the description when content is null, and reads the language tag", () => {
    const record = readExport(fixture("newsapi.jsonl"), "jsonl").records[1];
    expect(record).toMatchObject({
      text: "科斯特雷尔云关闭上海数据中心\n\n科斯特雷尔云宣布将于六月底关闭其上海数据中心。",
      language: "zh",
      outlet: "Tech Wire",
    });
  });

  it("skips blank lines, keeps line numbers, and drops javascript: links", () => {
    const record = readExport(fixture("newsapi.jsonl"), "jsonl").records[2];
    expect(record).toMatchObject({ key: "4", line: 4, url: null });
    expect(record?.fromMetadata).toEqual(["title", "published", "outlet"]);
  });

  it("reads GDELT's shape: headline-only records, seendate, language names, domain as outlet", () => {
    const { records } = readExport(fixture("gdelt.jsonl"), "jsonl");
    expect(records.map((r) => [r.text, r.published, r.language, r.outlet])).toEqual([
      [
        "Brightpath abandona el mercado chino de búsquedas",
        "2021-06-10",
        "es",
        "diario-tecnico.example",
      ],
      ["诺维尔系统停止在中国销售路由器", "2021-06-11", "zh", "zhongwen-keji.example"],
      ["Kestrel Cloud exits China", "2021-06-12", "en", "harbour-tech.example"],
    ]);
  });

  it("reports a broken JSON line by its number and still reads the others", () => {
    const text = [
      jsonl({ title: "Norvale leaves China", text: "Norvale leaves." }),
      '{"title": "Kestrel", "text": "cut off',
      "[1, 2]",
      jsonl({ headline: "Lumio blocked", body: "Lumio is blocked." }),
    ].join("\n");
    const { records, problems } = readExport(text, "jsonl");
    expect(records.map((r) => [r.line, r.title])).toEqual([
      [1, "Norvale leaves China"],
      [4, "Lumio blocked"],
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]?.line).toBe(2);
    expect(problems[0]?.message).toMatch(/^not valid JSON: /);
    expect(problems[1]).toEqual({
      line: 3,
      message: "not a JSON object: each line must be one article",
    });
  });

  it("names the line and what is missing when a record has neither text nor title", () => {
    const { problems } = readExport(
      jsonl({ title: "A", text: "a" }, { url: "https://x.example/" }),
      "jsonl",
    );
    expect(problems).toEqual([{ line: 2, message: "line 2 has no title and no text" }]);
  });

  it("reads field names in any case, and ids as keys", () => {
    const [record] = readExport(
      jsonl({
        UUID: "u-7",
        Headline: "Kestrel exits",
        Full_Text: "It exits.",
        Source_Name: "Wire",
      }),
      "jsonl",
    ).records;
    expect(record).toMatchObject({ key: "u-7", title: "Kestrel exits", outlet: "Wire" });
  });

  it("turns an HTML body into paragraphs and a plain body's lines into paragraphs", () => {
    const { records } = readExport(
      jsonl(
        { title: "A", body: "<p>First &amp; one.</p><p>Second.</p>" },
        { title: "B", body: "Line one.\nLine two.\n\nLine three." },
      ),
      "jsonl",
    );
    expect(records.map((r) => r.text)).toEqual([
      "A\n\nFirst & one.\n\nSecond.",
      "B\n\nLine one.\n\nLine two.\n\nLine three.",
    ]);
  });

  it("keeps the words before an HTML comment or tag that is never closed", () => {
    const { records } = readExport(
      jsonl(
        { title: "A", body: "<p>Kept.</p><p>Also kept <!-- never closed</p>" },
        { title: "B", body: '<p>Kept.</p><div class="x>y" data-z=\'never closed' },
      ),
      "jsonl",
    );
    expect(records.map((r) => r.text)).toEqual(["A\n\nKept.\n\nAlso kept", "B\n\nKept."]);
  });

  it("reads dates in many formats and Unix timestamps in seconds or milliseconds", () => {
    const dates = [
      "2021-03-15",
      "2021-03-15T23:30:00-05:00",
      "2021-03-15 08:00:00",
      "2021-03",
      "20210315T123000Z",
      "20210315123000",
      "Mon, 15 Mar 2021 08:00:00 +0800",
      "15 Mar 21 08:00 GMT",
      "March 15, 2021",
      "15.03.2021",
      1615795200,
      1615795200000,
      "1615795200",
      "not a date",
      "2021-02-30",
    ];
    const { records } = readExport(jsonl(...dates.map((date) => ({ title: "T", date }))), "jsonl");
    expect(records.map((r) => r.published)).toEqual([
      ...Array(3).fill("2021-03-15"),
      "2021-03",
      ...Array(9).fill("2021-03-15"),
      null,
      null,
    ]);
  });

  it("reads CSV with a BOM, quoted multi-line text, and rows starting on their real line", () => {
    const { records, problems } = readExport(fixture("export.csv"), "csv");
    expect(records.map((r) => [r.key, r.line, r.language])).toEqual([
      ["a1", 2, "en"],
      ["a2", 5, "de"],
      ["a4", 8, "fr"],
    ]);
    expect(records[0]?.text).toBe(
      "Norvale stops router sales in China\n\n" +
        "Norvale Systems will stop selling routers in China.\n\n" +
        'It will keep its research office in Suzhou, "for now", a spokesperson said.',
    );
    expect(records[1]?.published).toBe("2021-03-16");
    expect(records[2]?.published).toBe("2021-03-17");
    expect(problems).toEqual([{ line: 7, message: "line 7 has no title and no text" }]);
  });

  it("detects a semicolon-delimited CSV and keeps semicolons inside quotes", () => {
    const { records } = readExport(fixture("export-semicolon.csv"), "csv");
    expect(records.map((r) => [r.title, r.outlet])).toEqual([
      ["Brightpath verlässt China", "Technik-Brief"],
      ["诺维尔停止销售", "中文科技"],
    ]);
    expect(records[0]?.text).toContain("zurück; der Dienst endet im Dezember.");
  });

  it("detects a tab-delimited CSV", () => {
    const { records } = readExport("title\ttext\nKestrel exits\tKestrel leaves China.\n", "csv");
    expect(records[0]?.text).toBe("Kestrel exits\n\nKestrel leaves China.");
  });

  it("says once when a CSV has no text column, and keeps the headlines", () => {
    const { records, problems } = readExport(fixture("export-no-text.csv"), "csv");
    expect(records.map((r) => r.text)).toEqual([
      "Norvale leaves China",
      "Kestrel shuts Shanghai centre",
    ]);
    expect(problems).toEqual([
      {
        line: 1,
        message:
          "no text column (looked for text, body, content, full_text, article, description): records have their headlines only",
      },
    ]);
  });

  it("reads no rows of a CSV with neither text nor title column, with one message", () => {
    const { records, problems } = readExport("url,date\nhttps://a.example/,2021-03-15\n", "csv");
    expect(records).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^no text or title column/);
  });

  it("reads a 50 MB export", () => {
    const body = "Norvale Systems stops selling routers in China. ".repeat(20);
    const line = (i: number) =>
      JSON.stringify({
        id: `n${i}`,
        title: `Firm ${i} leaves`,
        text: body,
        publishedAt: 1615795200 + i,
      });
    const count = Math.ceil(50e6 / line(0).length);
    const { records, problems } = readExport(
      Array.from({ length: count }, (_, i) => line(i)).join("\n"),
      "jsonl",
    );
    expect(problems).toEqual([]);
    expect(records).toHaveLength(count);
    expect(records[count - 1]?.key).toBe(`n${count - 1}`);
  }, 20_000);
});
