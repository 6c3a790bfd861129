import { describe, expect, it } from "vitest";
import { zh } from "../../../src/i18n/phrasing/zh.ts";
import { summaryIn, titleIn } from "./wordings.ts";

describe("Chinese phrasing", () => {
  it.each([
    [{ type: "exit" }, "Zoom 退出中国市场"],
    [{ type: "exit", mainland: true }, "Zoom 退出中国大陆市场"],
    [{ type: "shutdown", actor: "LinkedIn", what: "its website" }, "LinkedIn 关闭在中国的网站"],
    // A single unnamed thing takes its classifier.
    [{ type: "shutdown" }, "Zoom 关闭在中国的一项服务"],
    [{ type: "sales-halt", what: "direct sales", mainland: true }, "Zoom 停止在中国大陆的直销"],
    [{ type: "restriction", what: "sign-ups" }, "Zoom 限制在中国的新用户注册"],
    [
      { type: "seller-ban", actor: "Amazon", counterparty: "Sunvalley Group" },
      "Amazon 封禁中国卖家 Sunvalley Group",
    ],
    [
      {
        type: "partnership-cut",
        actor: "JD.com",
        counterparty: "Weibo",
        what: "log-in integration",
      },
      "JD.com 终止与 Weibo 的登录合作",
    ],
    [{ type: "partnership-cut" }, "Zoom 终止在中国的一项合作"],
    [{ type: "divestment", counterparty: "Weibo" }, "Zoom 出售所持 Weibo 的股份"],
    [{ type: "blocked" }, "中国屏蔽 Zoom"],
    [
      { type: "other", actor: "Alibaba", counterparty: "Weibo", what: "buys a stake in" },
      "Alibaba 入股 Weibo",
    ],
    // The other party sits inside the phrase where Chinese puts it.
    [
      { type: "other", actor: "Alibaba", counterparty: "Weibo", what: "abandons a deal" },
      "Alibaba 放弃与 Weibo 的交易",
    ],
  ] as const)("titles %o as “%s”", (fields, sentence) =>
    expect(titleIn(zh, fields)).toBe(sentence),
  );

  it("falls back to the type's generic noun for a term it does not know", () =>
    expect(titleIn(zh, { type: "restriction", what: "mail service" })).toBe(
      "Zoom 限制在中国的访问",
    ));

  it("summarises with Chinese punctuation and the classifier 个", () => {
    expect(summaryIn(zh, "2020-08-03", "2020-08-23", ["法语", "阿拉伯语"])).toBe(
      "Zoom 停止在中国大陆的直销。2020年8月3日宣布，2020年8月23日生效。据2个法语和阿拉伯语来源报道。",
    );
    expect(summaryIn(zh, "2021-05~", null, ["越南语"])).toBe(
      "Zoom 停止在中国大陆的直销。时间为约2021年5月。据1个越南语来源报道。",
    );
  });
});
