import { describe, expect, it } from "vitest";
import { readArticleDrafts } from "../../support/readArticleDrafts.ts";

// Sentences written for these tests, about an invented company (Lantern Works) the gazetteer
// cannot know: only the way the text marks it as a company can find it.
const read = (language: string, text: string) => readArticleDrafts(language, text, "2024-03-08");
const rows = (language: string, text: string) =>
  read(language, text).map((d) => `${d.companies.join(",")} ${d.type} ${d.date ?? "-"}`);

describe("a lead's actor the gazetteer does not know, marked as a company", () => {
  it.each([
    [
      "en",
      "Lantern quits China\n\nThe US software company Lantern Works said on Tuesday it would leave China and lay off its local staff.",
    ],
    [
      "en",
      "Lantern quits China\n\nLantern Works Inc. said on Tuesday it would leave China and lay off its local staff.",
    ],
    [
      "fr",
      "Lantern quitte la Chine\n\nL'éditeur américain de logiciels Lantern Works a annoncé mardi qu'il quittait la Chine.",
    ],
    [
      "id",
      "Lantern keluar dari China\n\nPerusahaan perangkat lunak AS, Lantern Works, telah menarik diri dari China pada Selasa.",
    ],
    ["zh", "Lantern Works撤出中国\n\n美国软件商Lantern Works周二宣布撤出中国，并裁减当地员工。"],
    [
      "de",
      "Lantern verlässt China\n\nDie Lantern Works GmbH hat am Dienstag angekündigt, sich aus China zurückzuziehen.",
    ],
  ])("is the actor, by the name the text gives (%s)", (language, text) => {
    const [draft] = read(language, text);
    expect(draft).toMatchObject({ companies: ["lantern-works"], date: "2024-03-05" });
    expect(draft?.named?.[0]).toMatchObject({ id: "lantern-works", name: "Lantern Works" });
  });

  it.each([
    [
      "en",
      "Lantern quits China\n\nLantern Works, a Texas-based maker of industrial sensors, said on Tuesday it would leave China.",
    ],
    [
      "fr",
      "Lantern quitte la Chine\n\nLantern Works, une société texane de capteurs, a annoncé mardi qu'elle quittait la Chine.",
    ],
    [
      "es",
      "Lantern deja China\n\nLantern Works, una empresa texana de sensores, anunció el martes que se retira de China.",
    ],
    [
      "de",
      "Lantern verlässt China\n\nLantern Works, ein texanischer Sensorhersteller, hat am Dienstag angekündigt, sich aus China zurückzuziehen.",
    ],
    [
      "de",
      "Lantern verlässt China\n\nDer texanische Sensorhersteller Lantern Works hat am Dienstag angekündigt, sich aus China zurückzuziehen.",
    ],
  ])("is the actor when an apposition or a compound noun marks it (%s)", (language, text) => {
    expect(rows(language, text)).toEqual(["lantern-works exit 2024-03-05"]);
  });

  it.each([
    ["en", "Tim Cook, head of the company, said on Tuesday it would close its Shanghai office."],
    ["de", "Der Sensorhersteller Montag hat angekündigt, sein Büro in Shanghai zu schließen."],
  ])("takes no person or date beside a marker for a company (%s)", (language, lead) => {
    expect(rows(language, `Office closes\n\n${lead}`)).toEqual([]);
  });

  it("records the country its marker names (en)", () => {
    const [draft] = read(
      "en",
      "Lantern quits China\n\nThe US software company Lantern Works said on Tuesday it would leave China.",
    );
    expect(draft?.named).toEqual([{ id: "lantern-works", name: "Lantern Works", country: "US" }]);
    expect(draft?.countries).toEqual(["CN", "US"]);
  });

  it("is no actor when the text marks it as Chinese (en)", () => {
    expect(
      rows(
        "en",
        "Lantern closes office\n\nThe Chinese firm Lantern Works said on Tuesday it would close its Beijing office.",
      ),
    ).toEqual([]);
  });

  it("reads no capitalised German noun after a marker as a name (de)", () => {
    expect(
      rows(
        "de",
        "Büro geschlossen\n\nDas Unternehmen Ende Mai hat am Dienstag angekündigt, sein Büro in Shanghai zu schließen.",
      ),
    ).toEqual([]);
  });

  it.each([
    "Il gruppo guidato da Mario Rossi ha comunicato martedì che non venderà più i suoi chip in Cina.",
    "La società di San Francisco ha comunicato martedì che non venderà più i suoi chip in Cina.",
  ])("leaves a subject that refers back to the article's company to it (it): %s", (lead) => {
    expect(rows("it", `Nvidia ferma le vendite in Cina\n\n${lead}`)[0]).toMatch(/^nvidia /);
  });

  it("never replaces a known company named in the sentence (en)", () => {
    expect(
      rows(
        "en",
        "Yahoo leaves China\n\nThe US internet company Yahoo said on Tuesday it would leave China.",
      ),
    ).toEqual(["yahoo exit 2024-03-05"]);
  });

  it("comes before the company an article is about, when the lead names it (en)", () => {
    expect(
      rows(
        "en",
        "Lantern follows IBM out of China\n\nThe US software company Lantern Works said on Tuesday it would leave China. IBM closed its China research lab in 2024.",
      )[0],
    ).toBe("lantern-works exit 2024-03-05");
  });
});
