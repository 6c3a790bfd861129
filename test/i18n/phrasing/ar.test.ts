import { describe, expect, it } from "vitest";
import { ar } from "../../../src/i18n/phrasing/ar.ts";
import { summaryIn, titleIn } from "./wordings.ts";

describe("Arabic phrasing", () => {
  it.each([
    // Verb first, feminine for a company (شركة): تنسحب، تغلق، توقِف، تقيّد.
    [{ type: "exit" }, "تنسحب شركة Zoom من السوق الصينية"],
    [{ type: "exit", mainland: true }, "تنسحب شركة Zoom من سوق البر الرئيسي الصيني"],
    // "its" is the feminine suffix ـها, agreeing with the company.
    [
      { type: "shutdown", actor: "LinkedIn", what: "its website" },
      "تغلق شركة LinkedIn موقعها الإلكتروني في الصين",
    ],
    [{ type: "shutdown" }, "تغلق شركة Zoom خدمة في الصين"],
    [
      { type: "sales-halt", what: "direct sales", mainland: true },
      "توقِف شركة Zoom مبيعاتها المباشرة في البر الرئيسي الصيني",
    ],
    [{ type: "restriction", what: "sign-ups" }, "تقيّد شركة Zoom التسجيل الجديد في الصين"],
    [
      { type: "seller-ban", actor: "Amazon", counterparty: "Sunvalley Group" },
      "تحظر شركة Amazon البائع الصيني Sunvalley Group",
    ],
    [{ type: "seller-ban", actor: "Amazon" }, "تحظر شركة Amazon بائعين صينيين"],
    [
      {
        type: "partnership-cut",
        actor: "JD.com",
        counterparty: "Weibo",
        what: "log-in integration",
      },
      "تنهي شركة JD.com ربط تسجيل الدخول مع Weibo",
    ],
    [{ type: "partnership-cut", counterparty: "Weibo" }, "تنهي شركة Zoom شراكتها مع Weibo"],
    [{ type: "divestment", counterparty: "Weibo" }, "تبيع شركة Zoom حصتها في Weibo"],
    // The verb agrees with its subject: الصين is feminine, البر masculine.
    [{ type: "blocked" }, "تحجب الصين شركة Zoom"],
    [{ type: "blocked", mainland: true }, "يحجب البر الرئيسي الصيني شركة Zoom"],
    [
      { type: "other", actor: "Alibaba", counterparty: "Weibo", what: "buys a stake in" },
      "تشتري شركة Alibaba حصة في Weibo",
    ],
    [{ type: "other", counterparty: "Weibo" }, "تتخذ شركة Zoom خطوة تخص Weibo"],
  ] as const)("titles %o as “%s”", (fields, sentence) =>
    expect(titleIn(ar, fields)).toBe(sentence),
  );

  it("falls back to the type's generic noun for a term it does not know", () =>
    expect(titleIn(ar, { type: "shutdown", what: "its mail service" })).toBe(
      "تغلق شركة Zoom خدمة في الصين",
    ));

  it("counts sources as Arabic agrees numbers with nouns", () => {
    const counted = (n: number) => summaryIn(ar, null, null, ["الفرنسية"], n).split(". ").pop();
    expect(counted(1)).toBe("ورد الخبر في مصدر واحد بالفرنسية.");
    expect(counted(2)).toBe("ورد الخبر في مصدرين بالفرنسية.");
    expect(counted(3)).toBe("ورد الخبر في 3 مصادر بالفرنسية.");
    expect(counted(11)).toBe("ورد الخبر في 11 مصدرًا بالفرنسية.");
    expect(counted(100)).toBe("ورد الخبر في 100 مصدر بالفرنسية.");
  });

  it("summarises the dates", () => {
    expect(summaryIn(ar, "2020-08-03", "2020-08-23", ["الفرنسية", "العربية"])).toBe(
      "توقِف شركة Zoom مبيعاتها المباشرة في البر الرئيسي الصيني. أُعلن في 3 أغسطس 2020، ويسري اعتبارًا من 23 أغسطس 2020. ورد الخبر في مصدرين بالفرنسية والعربية.",
    );
    expect(summaryIn(ar, "2021-05~", null, ["الفيتنامية"])).toBe(
      "توقِف شركة Zoom مبيعاتها المباشرة في البر الرئيسي الصيني. وقع نحو مايو 2021. ورد الخبر في مصدر واحد بالفيتنامية.",
    );
  });
});
