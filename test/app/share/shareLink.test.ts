import { describe, expect, it } from "vitest";
import { shareLink } from "../../../src/app/share/shareLink.ts";

describe("shareLink", () => {
  const base = "https://example.org/exitline/?e=zoom&v=1";
  it("points at the event's share page", () =>
    expect(shareLink("zoom-exit-2021", base, "?e=zoom-exit-2021&v=1")).toBe(
      "https://example.org/exitline/e/zoom-exit-2021/",
    ));
  it("carries the language the page's link names", () =>
    expect(shareLink("zoom-exit-2021", base, "?e=zoom-exit-2021&lang=ar&v=1")).toBe(
      "https://example.org/exitline/e/zoom-exit-2021/?lang=ar",
    ));
});
