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

  it("is not swayed by company names: an English page full of them is English", () => {
    expect(
      detectLanguage(
        "Intel and Qualcomm hit by latest mobile Huawei export ban\n\nThe U.S. has further ratcheted up its actions against Huawei. This time, the Commerce Department has revoked Intel’s and Qualcomm’s export licenses to sell cellphone and laptop chips to the massive Chinese vendor. Qualcomm’s license had allowed it to sell older 4G LTE chipsets to Huawei.",
      ),
    ).toBe("en");
  });

  it("settles Vietnamese by its marked vowels, and not a Latin text quoting a Vietnamese name", () => {
    expect(
      detectLanguage("Hãng này cho biết sẽ ngừng bán điện thoại tại thị trường Trung Quốc."),
    ).toBe("vi");
    expect(
      detectLanguage(
        "The company said it would stop selling phones in China, according to Nguyễn Văn An.",
      ),
    ).toBe("en");
    // Kana marks Japanese even where Han letters outnumber it.
    expect(detectLanguage("米国政府は華為技術への半導体供給停止を発表した。")).toBe("ja");
  });

  it("settles Chinese, Hebrew and Arabic by their letters, and leaves their neighbours to n-grams", () => {
    expect(detectLanguage("苹果公司表示将停止在中国大陆直接销售部分产品。")).toBe("zh");
    expect(detectLanguage("アップルは中国でのアプリ販売を停止すると発表した。")).toBe("ja");
    expect(detectLanguage("גוגל הודיעה כי תפסיק את שירות התרגום בסין")).toBe("he");
    expect(detectLanguage("قالت شركة زووم إنها ستتوقف عن بيع منتجاتها مباشرة في الصين")).toBe("ar");
    // Persian and Urdu write Arabic letters and their own: ی، ک، پ، ے.
    expect(
      detectLanguage("شرکت اپل اعلام کرد که فروش مستقیم محصولات خود را در چین متوقف می‌کند"),
    ).toBe("fa");
    expect(
      detectLanguage(
        "مائیکروسافٹ نے چین میں اپنی سروس بند کرنے کا اعلان کیا ہے اور صارفین کو مطلع کر دیا گیا",
      ),
    ).toBe("ur");
  });
});
