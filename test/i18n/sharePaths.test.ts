import { describe, expect, it } from "vitest";
import { localePreviewPath, localeSharePath } from "../../src/i18n/sharePaths.ts";

describe("share paths per language", () => {
  it("keeps e/<id>/ and og/<id>.png for English", () => {
    expect(localeSharePath("zoom-sales-halt-2020-08-03", "en")).toBe(
      "e/zoom-sales-halt-2020-08-03/",
    );
    expect(localePreviewPath("zoom-sales-halt-2020-08-03", "en")).toBe(
      "og/zoom-sales-halt-2020-08-03.png",
    );
  });
  it("gives every other language its own page and card", () => {
    expect(localeSharePath("zoom-sales-halt-2020-08-03", "vi")).toBe(
      "e/zoom-sales-halt-2020-08-03/vi/",
    );
    expect(localePreviewPath("zoom-sales-halt-2020-08-03", "vi")).toBe(
      "og/zoom-sales-halt-2020-08-03.vi.png",
    );
  });
});
