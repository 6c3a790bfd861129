import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../src/pipeline/read/detectLanguage.ts";

describe("detectLanguage", () => {
  it("names the language of a script only one language writes, whatever the n-grams say", () => {
    expect(detectLanguage("ചൈനയിൽ ആപ്പിളിന്റെ ഐബുക്സ് സ്റ്റോറും ഐട്യൂൺസ് മൂവീസും പൂട്ടി")).toBe("ml");
    expect(detectLanguage("சீன ஆய்வு மையத்தை மூடுகிறது அடோபி")).toBe("ta");
    expect(detectLanguage("แอปเปิลถอด WhatsApp ออกจาก App Store จีน")).toBe("th");
  });

  it("falls back to n-grams for scripts many languages share", () => {
    expect(
      detectLanguage("Yahoo a annoncé mardi qu'il se retirait de la Chine continentale."),
    ).toBe("fr");
  });
});
