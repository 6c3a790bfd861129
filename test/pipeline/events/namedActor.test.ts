import { describe, expect, it } from "vitest";
import { namedActor } from "../../../src/pipeline/events/namedActor.ts";
import type { CompanyMention } from "../../../src/pipeline/mentions/gazetteer.ts";

const COUNTRY: Record<string, string> = {
  blizzard: "US",
  netease: "CN",
  aukey: "CN",
  amazon: "US",
};
const country = (id: string) => COUNTRY[id];
const mention = (id: string, start: number): CompanyMention => ({
  id,
  start,
  end: start + id.length,
});
// The move phrase starts at 50: nearer mentions win.
const nearest = (list: readonly CompanyMention[]) =>
  [...list].sort((a, b) => Math.abs(a.start - 50) - Math.abs(b.start - 50))[0];

describe("namedActor", () => {
  it("takes the foreign company before a partnership cut, though its Chinese partner stands nearer", () => {
    const blizzard = mention("blizzard", 0);
    const netease = mention("netease", 40);
    const around = {
      mentions: [blizzard, netease],
      before: [blizzard, netease],
      inside: [],
      after: [],
    };
    expect(namedActor("partnership-cut", around, nearest, country, null)).toBe(blizzard);
  });

  it("takes the foreign company a block is news about, wherever it stands", () => {
    const netease = mention("netease", 48);
    const blizzard = mention("blizzard", 90);
    const around = {
      mentions: [netease, blizzard],
      before: [netease],
      inside: [],
      after: [blizzard],
    };
    expect(namedActor("blocked", around, nearest, country, null)).toBe(blizzard);
  });

  it("leaves a seller ban naming only its Chinese seller to the platform the text is about", () => {
    const aukey = mention("aukey", 0);
    const around = { mentions: [aukey], before: [aukey], inside: [], after: [] };
    expect(namedActor("seller-ban", around, nearest, country, "amazon")).toBeUndefined();
    expect(namedActor("seller-ban", around, nearest, country, null)).toBe(aukey);
  });
});
