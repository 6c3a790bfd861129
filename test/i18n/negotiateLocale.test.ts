import { describe, expect, it } from "vitest";
import { negotiateLocale } from "../../src/i18n/negotiateLocale.ts";

describe("negotiateLocale", () => {
  it("takes the link's language first", () =>
    expect(negotiateLocale("ar", ["fr-FR", "en"])).toBe("ar"));
  it("takes the first of the browser's languages the interface has", () =>
    expect(negotiateLocale(null, ["de-DE", "vi-VN", "fr"])).toBe("vi"));
  it("ignores a link's language the interface does not have", () =>
    expect(negotiateLocale("de", ["fr-CA"])).toBe("fr"));
  it("reads any Chinese as the Simplified Chinese it has", () =>
    expect(negotiateLocale(null, ["zh-TW"])).toBe("zh"));
  it("falls back to English", () => {
    expect(negotiateLocale(null, ["de", "ja"])).toBe("en");
    expect(negotiateLocale(null, [])).toBe("en");
  });
});
