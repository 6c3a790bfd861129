import { describe, expect, it } from "vitest";
import { traditional } from "../../src/pipeline/lexicon/traditional.ts";

const matches = (pattern: string, text: string) => new RegExp(traditional(pattern), "u").test(text);

describe("traditional", () => {
  it("lets a simplified pattern match the traditional text of Taiwan and Hong Kong", () => {
    expect(matches("转让给", "轉讓給")).toBe(true);
    expect(matches("合伙份额", "合夥份額")).toBe(true);
  });

  it("knows every form a character takes in some word, not only the commonest", () => {
    // 签 is 籤 alone and 簽 in 签约; 发 is 發 in 发布 and 髮 in 头发.
    expect(matches("签约", "簽約")).toBe(true);
    expect(matches("签", "籤")).toBe(true);
    expect(matches("发布", "發佈")).toBe(true);
  });

  it("knows regional forms of characters both scripts share", () => {
    expect(matches("着手", "著手")).toBe(true);
  });

  it("still matches the simplified text, and leaves character classes as written", () => {
    expect(matches("关闭", "关闭")).toBe(true);
    expect(traditional("[关]闭")).toBe("[关][闭閉]");
  });
});
