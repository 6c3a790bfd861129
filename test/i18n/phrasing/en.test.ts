import { describe, expect, it } from "vitest";
import { en } from "../../../src/i18n/phrasing/en.ts";
import { summaryIn, titleIn } from "./wordings.ts";

describe("English phrasing (the dataset's own titles and summaries)", () => {
  it.each([
    [{ type: "exit" }, "Zoom exits the Chinese market"],
    [{ type: "exit", mainland: true }, "Zoom exits the mainland Chinese market"],
    [{ type: "shutdown", what: "its website" }, "Zoom shuts down its website in China"],
    [{ type: "shutdown" }, "Zoom shuts down a service in China"],
    [
      { type: "sales-halt", what: "direct sales", mainland: true },
      "Zoom stops direct sales in mainland China",
    ],
    [{ type: "restriction", what: "sign-ups" }, "Zoom restricts sign-ups in China"],
    [
      { type: "seller-ban", actor: "Amazon", counterparty: "Sunvalley Group" },
      "Amazon bans Chinese seller Sunvalley Group",
    ],
    [{ type: "seller-ban", actor: "Amazon" }, "Amazon bans Chinese sellers"],
    [
      {
        type: "partnership-cut",
        actor: "JD.com",
        counterparty: "Weibo",
        what: "log-in integration",
      },
      "JD.com ends its log-in integration with Weibo",
    ],
    [{ type: "partnership-cut" }, "Zoom ends a partnership in China"],
    [{ type: "divestment", counterparty: "Weibo" }, "Zoom sells its stake in Weibo"],
    [{ type: "divestment" }, "Zoom sells its business in China"],
    [{ type: "blocked", mainland: true }, "Mainland China blocks Zoom"],
    [
      { type: "other", actor: "Alibaba", counterparty: "Weibo", what: "buys a stake in" },
      "Alibaba buys a stake in Weibo",
    ],
    [{ type: "other" }, "Zoom makes a related move in China"],
  ] as const)("titles %o as “%s”", (fields, sentence) =>
    expect(titleIn(en, fields)).toBe(sentence),
  );

  it("summarises the dates and the sources", () => {
    expect(summaryIn(en, "2020-08-03", "2020-08-23", ["French", "Arabic"])).toBe(
      "Zoom stops direct sales in mainland China. Announced 3 Aug 2020, effective 23 Aug 2020. Reported by 2 sources in French and Arabic.",
    );
    expect(summaryIn(en, "2021-05~", null, ["Vietnamese"])).toBe(
      "Zoom stops direct sales in mainland China. Dated about May 2021. Reported by 1 source in Vietnamese.",
    );
    expect(summaryIn(en, null, "2021", ["French", "Arabic", "Vietnamese"])).toBe(
      "Zoom stops direct sales in mainland China. Effective 2021 (year only). Reported by 3 sources in French, Arabic and Vietnamese.",
    );
    expect(summaryIn(en, null, null, [], 1)).toBe(
      "Zoom stops direct sales in mainland China. The sources give no date. Reported by 1 source in an unknown language.",
    );
  });
});
