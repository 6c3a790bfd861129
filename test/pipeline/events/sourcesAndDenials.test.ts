import { describe, expect, it } from "vitest";
import { articleRows } from "../../support/readArticleDrafts.ts";

// Articles written for these tests, in the manner of reports that cite unnamed sources; the
// moves are made up.

describe("a move reported on the word of sources", () => {
  it.each([
    [
      "it",
      "Titolo\n\nSecondo fonti cinesi, TSMC ha informato venerdì i suoi clienti in Cina dell'interruzione delle forniture di chip.",
    ],
    [
      "fr",
      "Titre\n\nSelon des sources proches du dossier, TSMC a informé vendredi ses clients en Chine de la suspension de ses livraisons de puces.",
    ],
    [
      "es",
      "Título\n\nSegún fuentes del sector, TSMC notificó el viernes a sus clientes en China la suspensión de sus envíos de chips.",
    ],
    [
      "pt",
      "Título\n\nSegundo fontes do setor, a TSMC comunicou na sexta-feira aos clientes na China a suspensão das vendas de chips.",
    ],
  ])("is a fact when the sentence asserts it (%s)", (language, text) => {
    expect(articleRows(language, text, "2024-11-09")).toEqual([
      "main tsmc sales-halt 2024-11-08→-",
    ]);
  });

  it.each([
    [
      "it",
      "Titolo\n\nSecondo fonti cinesi, TSMC avrebbe deciso venerdì l'interruzione delle forniture di chip ai clienti in Cina.",
    ],
    [
      "fr",
      "Titre\n\nSelon des sources proches du dossier, TSMC envisagerait la suspension de ses livraisons de puces à ses clients en Chine.",
    ],
    [
      "es",
      "Título\n\nSegún fuentes del sector, TSMC estaría preparando la suspensión de sus envíos de chips a clientes en China.",
    ],
    [
      "pt",
      "Título\n\nSegundo fontes do setor, a TSMC estaria preparando a suspensão das vendas de chips a clientes na China.",
    ],
  ])("is talk when told in the conditional of hearsay (%s)", (language, text) => {
    expect(articleRows(language, text, "2024-11-09")).toEqual([]);
  });
});

describe("a report its subject calls untrue (zh)", () => {
  it("is no move, headline included", () => {
    const text =
      "微软亚洲研究院回应撤离中国:不属实\n\n近日,有传言称微软欲将其在中国设立的研究院撤离中国。但该院明确表示:此消息不属实。";
    expect(articleRows("zh", text, "2023-06-19")).toEqual([]);
  });
});

describe("the Thai word for the authorities used as 'official' (th)", () => {
  it("blocks nothing when it names an official account or says 'officially'", () => {
    const text =
      "Sony Xperia ถอนตัวจากจีน บัญชี Weibo ทางการถูกยกเลิก-เว็บไซต์ลบหน้ามือถือ\n\nเมื่อวันพุธ บัญชีบริการอย่างเป็นทางการของ Xperia ถูกยกเลิก";
    expect(articleRows("th", text, "2025-11-06").filter((r) => r.includes("blocked"))).toEqual([]);
  });

  it("is still the authorities when it stands as the subject", () => {
    const text = "หัวข้อ\n\nเมื่อวันจันทร์ ทางการจีนสั่งแบน Instagram ในจีนแผ่นดินใหญ่";
    expect(articleRows("th", text, "2025-11-06")).toEqual(["main instagram blocked 2025-11-03→-"]);
  });
});
