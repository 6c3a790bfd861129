import { describe, expect, it } from "vitest";
import { readArticleDrafts } from "../../support/readArticleDrafts.ts";

// Sentences written for these tests. The apps are invented (Lantern Radio, Moth Atlas) so that
// only the way the sentence names them can find them.
const read = (language: string, text: string) => readArticleDrafts(language, text, "2024-03-08");

const restriction = (language: string, text: string) =>
  read(language, text).find((d) => d.type === "restriction");

describe("the apps a store removal takes away are parties to it", () => {
  it.each([
    ["en", "Apple pulled the Lantern Radio app from its China App Store on Thursday."],
    ["fr", "Apple a retiré jeudi l'application « Lantern Radio » de son App Store chinois."],
    [
      "pt",
      "A Apple retirou na quinta-feira o aplicativo de podcasts Lantern Radio da App Store chinesa.",
    ],
    ["ja", "アップルは7日、ポッドキャストアプリ「Lantern Radio」を中国のApp Storeから削除した。"],
    ["ko", "팟캐스트 앱 '랜턴라디오(Lantern Radio)'가 7일 애플의 중국 앱스토어에서 삭제됐다."],
    [
      "de",
      "Apple hat die Lantern-Radio-App am Donnerstag aus dem chinesischen App Store entfernt.",
    ],
    ["tr", "Apple, Lantern Radio'nun uygulamasını perşembe günü Çin'deki App Store'dan kaldırdı."],
    ["ar", "أزالت شركة آبل يوم الخميس تطبيق «راديو الفانوس» (Lantern Radio) من متجرها في الصين."],
  ])("names the app beside the store's owner (%s)", (language, sentence) => {
    const event = restriction(language, `Apple and Lantern Radio\n\n${sentence}`);
    expect(event?.companies).toEqual(["apple", "lantern-radio"]);
    expect(event?.named).toEqual([{ id: "lantern-radio", name: "Lantern Radio", country: null }]);
  });

  it("adds a known app maker named by its app, and not one named as a source (en)", () => {
    const event = restriction(
      "en",
      "Apple removes apps\n\nApple removed The New York Times app from its China App Store on Thursday, Twitter users said.",
    );
    expect(event?.companies).toEqual(["apple", "new-york-times"]);
  });

  it("reads no German noun as a name, since German capitalises them all (de)", () => {
    const event = restriction(
      "de",
      "Apple entfernt Apps\n\nApple hat die App am Donnerstag aus dem chinesischen App Store entfernt.",
    );
    expect(event?.companies).toEqual(["apple"]);
  });

  it("keeps the store's owner out when the maker pulls its own app (en)", () => {
    const event = restriction(
      "en",
      "Audible quits store\n\nAudible said on Thursday it had pulled its app from Apple's store in China.",
    );
    expect(event?.companies).toEqual(["audible"]);
  });

  it("leaves out platforms, places and quoted speech (en)", () => {
    const event = restriction(
      "en",
      'Apple removes apps\n\nApple removed the Android and iOS apps of Chinese dissidents from its China App Store on Thursday, citing "Illegal Content".',
    );
    expect(event?.companies).toEqual(["apple"]);
  });

  it("gives each move of a sentence its own apps (en)", () => {
    const drafts = read(
      "en",
      "Apple removes apps\n\nApple removed the Moth Atlas app from its China App Store in January 2024, and it shut its Shanghai store in February 2024.",
    );
    expect(drafts.map((d) => `${d.type} ${d.companies.join(",")}`)).toEqual([
      "restriction apple,moth-atlas",
      "shutdown apple",
    ]);
  });

  it("adds no app to a block: other apps named with it are blocked in their own right (en)", () => {
    const drafts = read(
      "en",
      "China blocks Signal\n\nChina blocked the Signal app on Thursday; the Moth Atlas app had been blocked in January 2023.",
    );
    expect(drafts.find((d) => d.type === "blocked")?.companies).toEqual(["signal"]);
  });
});
