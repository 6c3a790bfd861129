import { describe, expect, it } from "vitest";
import { shareLink } from "../../../src/app/share/shareLink.ts";

describe("shareLink", () => {
  const base = "https://example.org/exitline/?e=zoom&v=1";
  it("points at the event's share page in English", () =>
    expect(shareLink("zoom-exit-2021", base, "en")).toBe(
      "https://example.org/exitline/e/zoom-exit-2021/",
    ));
  it("points at the page in the interface language otherwise", () => {
    expect(shareLink("zoom-exit-2021", base, "ar")).toBe(
      "https://example.org/exitline/e/zoom-exit-2021/ar/",
    );
    expect(shareLink("zoom-exit-2021", base, "zh")).toBe(
      "https://example.org/exitline/e/zoom-exit-2021/zh/",
    );
  });
});
