import { describe, expect, it } from "vitest";
import { foldText } from "../../../src/model/fold.ts";
import { compileGazetteer } from "../../../src/pipeline/mentions/gazetteer.ts";

const gazetteer = compileGazetteer();
const ids = (text: string) => gazetteer.find(text, foldText(text)).map((m) => m.id);

describe("the company gazetteer", () => {
  it("finds companies written in Latin, Arabic, Chinese, Japanese, Korean, Cyrillic and Devanagari", () => {
    expect(ids("Zoom va cesser de vendre")).toEqual(["zoom"]);
    expect(ids("وأعلنت أمازون")).toEqual(["amazon"]);
    expect(ids("亚马逊宣布关闭")).toEqual(["amazon"]);
    expect(ids("アマゾンは発表した")).toEqual(["amazon"]);
    expect(ids("아마존은 중국에서")).toEqual(["amazon"]);
    expect(ids("компания Яндекса")).toEqual(["yandex"]);
    expect(ids("अमेज़न ने चीन में")).toEqual(["amazon"]);
  });

  it("prefers the longest name: 'Sina Weibo' is Weibo, not Sina", () => {
    expect(ids("ses comptes Sina Weibo")).toEqual(["weibo"]);
  });

  it("knows a company by every alias: Jingdong is JD.com", () => {
    expect(ids("Jingdong, propriétaire de JD.com")).toEqual(["jd-com", "jd-com"]);
  });

  it("ignores ordinary words that are also brand names", () => {
    expect(ids("we zoom in on the signal and wish for more")).toEqual([]);
  });

  it("does not find 京东 inside 北京东城 (Beijing's Dongcheng district)", () => {
    expect(ids("北京东城区")).toEqual([]);
  });

  it("rejects a malformed gazetteer entry at the boundary", () => {
    expect(() =>
      compileGazetteer([{ id: "Bad Id", name: "X", country: "USA", parent: null, aliases: [] }]),
    ).toThrow();
  });
});
