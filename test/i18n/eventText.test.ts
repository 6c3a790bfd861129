import { describe, expect, it } from "vitest";
import { indexDetails } from "../../src/app/data/details.ts";
import { eventSummary, eventTitle } from "../../src/i18n/eventText.ts";
import { loadLocale } from "../../src/i18n/loadLocale.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { createLocalizer } from "../../src/i18n/localizer.ts";
import { phraseText } from "../../src/i18n/phrase.ts";
import type { EventHead } from "../../src/model/timelineFile.ts";
import { makeEvent } from "../support/makeEvent.ts";
import { SAMPLE } from "../support/sampleDataset.ts";
import { timelineOf } from "../support/timelineOf.ts";

const heads = timelineOf(SAMPLE).events;
const details = indexDetails(SAMPLE);
const names = new Map(SAMPLE.companies.map((c) => [c.id, c.name]));
const companyName = (id: string) => names.get(id) ?? id;

function head(id: string): EventHead {
  const found = heads.find((h) => h.id === id);
  if (!found) throw new Error(id);
  return found;
}

const localizer = async (locale: Locale) => createLocalizer(locale, await loadLocale(locale));

describe("an event's title and summary in the interface language", () => {
  it("keeps the dataset's own words in English", async () => {
    const zoom = head("zoom-sales-halt-2020-08-03");
    expect(eventTitle(zoom, companyName, await localizer("en"))).toEqual([zoom.title]);
  });

  it("words a generated title in the chosen language", async () =>
    expect(
      phraseText(
        eventTitle(head("jd-com-partnership-cut-2013-09"), companyName, await localizer("fr")),
      ),
    ).toBe("JD.com met fin à son partenariat de connexion avec Weibo"));

  it("keeps a title someone wrote as written, marked as English", async () =>
    expect(eventTitle(head("x-undated"), companyName, await localizer("fr"))).toEqual([
      { text: "<img src=x onerror=alert(1)> exits", lang: "en" },
    ]));

  it("isolates the company's name in Arabic strings", async () => {
    const ar = await localizer("ar");
    expect(ar.text(eventTitle(head("zoom-restriction-2020-05"), companyName, ar))).toBe(
      "تقيّد شركة \u2068Zoom\u2069 التسجيل الجديد في الصين",
    );
  });

  it("summarises from the event's sources, named in the chosen language", async () => {
    const fr = await localizer("fr");
    const event = details.events.get("zoom-sales-halt-2020-08-03");
    if (!event) throw new Error("zoom-sales-halt-2020-08-03");
    const title = eventTitle(head(event.id), companyName, fr);
    expect(phraseText(eventSummary(event, title, details.sources, fr))).toBe(
      "Zoom arrête ses ventes directes en Chine continentale. Annoncé le 3 août 2020, en vigueur le 23 août 2020. Rapporté par 2 sources en français et en arabe.",
    );
  });
});

describe("the other party of a move", () => {
  it("lists several companies as the language does, not with the pipeline's English 'and'", async () => {
    const ban = timelineOf({
      ...SAMPLE,
      events: [
        makeEvent("amazon-seller-ban-2021-05", {
          title: "Amazon bans Chinese seller Aukey and Mpow",
          type: "seller-ban",
          companies: ["amazon", "aukey", "mpow"],
          counterparty: "Aukey and Mpow",
          what: "sellers",
        }),
      ],
      companies: [
        { id: "amazon", name: "Amazon", country: "US", parent: null },
        { id: "aukey", name: "Aukey", country: "CN", parent: null },
        { id: "mpow", name: "Mpow", country: "CN", parent: null },
      ],
    }).events[0];
    if (!ban) throw new Error("no event");
    const name = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);
    expect(phraseText(eventTitle(ban, name, await localizer("fr")))).toBe(
      "Amazon exclut le vendeur chinois Aukey et Mpow",
    );
  });
});
