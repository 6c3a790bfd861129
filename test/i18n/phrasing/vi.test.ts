import { describe, expect, it } from "vitest";
import { vi } from "../../../src/i18n/phrasing/vi.ts";
import { summaryIn, titleIn } from "./wordings.ts";

describe("Vietnamese phrasing", () => {
  it.each([
    [{ type: "exit" }, "Zoom rút khỏi thị trường Trung Quốc"],
    [{ type: "exit", mainland: true }, "Zoom rút khỏi thị trường Trung Quốc đại lục"],
    [
      { type: "shutdown", actor: "LinkedIn", what: "its website" },
      "LinkedIn đóng trang web tại Trung Quốc",
    ],
    [{ type: "shutdown" }, "Zoom đóng một dịch vụ tại Trung Quốc"],
    [
      { type: "sales-halt", what: "direct sales", mainland: true },
      "Zoom ngừng bán hàng trực tiếp tại Trung Quốc đại lục",
    ],
    [{ type: "restriction", what: "sign-ups" }, "Zoom hạn chế đăng ký mới tại Trung Quốc"],
    [{ type: "restriction" }, "Zoom hạn chế quyền truy cập tại Trung Quốc"],
    [
      { type: "seller-ban", actor: "Amazon", counterparty: "Sunvalley Group" },
      "Amazon cấm nhà bán hàng Trung Quốc Sunvalley Group",
    ],
    [{ type: "seller-ban", actor: "Amazon" }, "Amazon cấm các nhà bán hàng Trung Quốc"],
    [
      {
        type: "partnership-cut",
        actor: "JD.com",
        counterparty: "Weibo",
        what: "log-in integration",
      },
      "JD.com chấm dứt tích hợp đăng nhập với Weibo",
    ],
    [
      { type: "partnership-cut", actor: "Intel", counterparty: "Huawei", what: "supply" },
      "Intel chấm dứt việc cung ứng cho Huawei",
    ],
    [{ type: "divestment", counterparty: "Weibo" }, "Zoom bán cổ phần tại Weibo"],
    [{ type: "blocked", mainland: true }, "Trung Quốc đại lục chặn Zoom"],
    [
      { type: "other", actor: "Alibaba", counterparty: "Weibo", what: "buys a stake in" },
      "Alibaba mua cổ phần của Weibo",
    ],
    [{ type: "other" }, "Zoom có động thái liên quan tại Trung Quốc"],
  ] as const)("titles %o as “%s”", (fields, sentence) =>
    expect(titleIn(vi, fields)).toBe(sentence),
  );

  it("falls back to the type's generic noun for a term it does not know", () =>
    expect(titleIn(vi, { type: "shutdown", what: "its mail service" })).toBe(
      "Zoom đóng một dịch vụ tại Trung Quốc",
    ));

  it("counts articles with their classifier, and names languages in lower case mid-sentence", () => {
    expect(summaryIn(vi, "2020-08-03", "2020-08-23", ["Tiếng Pháp", "Tiếng Ả Rập"])).toBe(
      "Zoom ngừng bán hàng trực tiếp tại Trung Quốc đại lục. Công bố vào ngày 3 tháng 8 năm 2020, có hiệu lực từ ngày 23 tháng 8 năm 2020. Theo 2 bài báo bằng tiếng Pháp và tiếng Ả Rập.",
    );
    expect(summaryIn(vi, "2021-05~", null, ["Tiếng Việt"])).toBe(
      "Zoom ngừng bán hàng trực tiếp tại Trung Quốc đại lục. Diễn ra vào khoảng tháng 5 năm 2021. Theo 1 bài báo bằng tiếng Việt.",
    );
    expect(summaryIn(vi, null, null, [], 2)).toBe(
      "Zoom ngừng bán hàng trực tiếp tại Trung Quốc đại lục. Các nguồn không nêu ngày. Theo 2 bài báo bằng một ngôn ngữ không xác định.",
    );
  });
});
