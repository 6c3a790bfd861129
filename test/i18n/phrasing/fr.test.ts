import { describe, expect, it } from "vitest";
import { fr } from "../../../src/i18n/phrasing/fr.ts";
import { summaryIn, titleIn } from "./wordings.ts";

describe("French phrasing", () => {
  it.each([
    [{ type: "exit" }, "Zoom quitte le marché chinois"],
    [{ type: "exit", mainland: true }, "Zoom quitte le marché de la Chine continentale"],
    // The possessive follows the noun: son site, sa boutique, son application (before a vowel).
    [{ type: "shutdown", what: "its service" }, "Zoom ferme son service en Chine"],
    [{ type: "shutdown", what: "its store" }, "Zoom ferme sa boutique en Chine"],
    [{ type: "shutdown", what: "its app" }, "Zoom ferme son application en Chine"],
    [{ type: "shutdown", what: "its business" }, "Zoom ferme ses activités en Chine"],
    [{ type: "shutdown" }, "Zoom ferme un service en Chine"],
    [
      { type: "sales-halt", what: "direct sales", mainland: true },
      "Zoom arrête ses ventes directes en Chine continentale",
    ],
    // The definite article elides before a vowel: l’accès.
    [{ type: "restriction" }, "Zoom restreint l’accès en Chine"],
    [{ type: "restriction", what: "sign-ups" }, "Zoom restreint les inscriptions en Chine"],
    [
      { type: "seller-ban", actor: "Amazon", counterparty: "Sunvalley Group" },
      "Amazon exclut le vendeur chinois Sunvalley Group",
    ],
    [{ type: "seller-ban", actor: "Amazon" }, "Amazon exclut des vendeurs chinois"],
    [
      {
        type: "partnership-cut",
        actor: "JD.com",
        counterparty: "Weibo",
        what: "log-in integration",
      },
      "JD.com met fin à son partenariat de connexion avec Weibo",
    ],
    [
      { type: "partnership-cut", actor: "Intel", counterparty: "Huawei", what: "supply" },
      "Intel met fin à ses livraisons à Huawei",
    ],
    [{ type: "partnership-cut" }, "Zoom met fin à un partenariat en Chine"],
    [{ type: "divestment", counterparty: "Weibo" }, "Zoom vend sa participation dans Weibo"],
    [{ type: "divestment", mainland: true }, "Zoom vend ses activités en Chine continentale"],
    [{ type: "blocked" }, "La Chine bloque Zoom"],
    [
      { type: "other", actor: "Alibaba", counterparty: "Weibo", what: "buys a stake in" },
      "Alibaba prend une participation dans Weibo",
    ],
    // "de" elides before a name that starts with a vowel.
    [
      { type: "other", actor: "Alibaba", counterparty: "Airbnb", what: "abandons a takeover" },
      "Alibaba renonce au rachat d’Airbnb",
    ],
    [
      { type: "other", actor: "Alibaba", counterparty: "Weibo", what: "abandons a takeover" },
      "Alibaba renonce au rachat de Weibo",
    ],
    [{ type: "other", counterparty: "Weibo" }, "Zoom prend une mesure visant Weibo"],
  ] as const)("titles %o as “%s”", (fields, sentence) =>
    expect(titleIn(fr, fields)).toBe(sentence),
  );

  it("says an English term it does not know with its type's generic noun, never in English", () => {
    expect(titleIn(fr, { type: "restriction", what: "mail service" })).toBe(
      "Zoom restreint l’accès en Chine",
    );
    expect(titleIn(fr, { type: "shutdown", what: "its mail service" })).toBe(
      "Zoom ferme un service en Chine",
    );
  });

  it("summarises with the preposition each precision takes", () => {
    expect(summaryIn(fr, "2020-08-03", "2020-08-23", ["français", "arabe"])).toBe(
      "Zoom arrête ses ventes directes en Chine continentale. Annoncé le 3 août 2020, en vigueur le 23 août 2020. Rapporté par 2 sources en français et en arabe.",
    );
    expect(summaryIn(fr, "2021-05~", null, ["vietnamien"])).toBe(
      "Zoom arrête ses ventes directes en Chine continentale. Survenu vers mai 2021. Rapporté par 1 source en vietnamien.",
    );
    expect(summaryIn(fr, "2021-06", null, ["français"])).toBe(
      "Zoom arrête ses ventes directes en Chine continentale. Survenu en juin 2021. Rapporté par 1 source en français.",
    );
    expect(summaryIn(fr, null, "2021-11-01", ["français"])).toBe(
      "Zoom arrête ses ventes directes en Chine continentale. En vigueur le 1er novembre 2021. Rapporté par 1 source en français.",
    );
    expect(summaryIn(fr, null, null, [], 3)).toBe(
      "Zoom arrête ses ventes directes en Chine continentale. Les sources ne donnent pas de date. Rapporté par 3 sources dans une langue inconnue.",
    );
  });
});
