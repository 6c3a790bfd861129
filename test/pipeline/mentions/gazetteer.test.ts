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

  it("finds companies in Malayalam and Tamil, inflected too", () => {
    expect(ids("ചൈനയിൽ ആപ്പിളിന്റെ ഐബുക്സ് സ്റ്റോർ")).toEqual(["apple"]);
    expect(ids("ஆப்பிளின் சேவை சீனாவில் நிறுத்தப்பட்டது")).toEqual(["apple"]);
    expect(ids("ലിങ്ക്ഡ്ഇൻ ചൈനയിൽ")).toEqual(["linkedin"]);
  });

  it("prefers the longest name: 'Sina Weibo' is Weibo, not Sina", () => {
    expect(ids("ses comptes Sina Weibo")).toEqual(["weibo"]);
  });

  it("knows a company by every alias: Jingdong is JD.com", () => {
    expect(ids("Jingdong, propriétaire de JD.com")).toEqual(["jd-com", "jd-com"]);
  });

  it("knows a company by the services it is reported through: Gmail is Google's", () => {
    expect(ids("Gmail gần như không thể truy cập từ tháng 12/2014")).toEqual(["google"]);
    expect(ids("son iBooks Store et iTunes Movies ont fermé")).toEqual(["apple", "apple"]);
    expect(ids("das Verbot von Windows 8 auf Behördenrechnern")).toEqual(["microsoft"]);
    expect(ids("亚马逊中国的Kindle电子书店")).toEqual(["amazon", "amazon"]);
  });

  it("reads a katakana name with or without the middle dot between its words", () => {
    expect(ids("エピック・ゲームズもサービスを終了")).toEqual(["epic-games"]);
    expect(ids("アマゾンウェブサービスとアマゾン・ウェブ・サービス")).toEqual(["aws", "aws"]);
  });

  it("reads a bare ヤフー as Yahoo, and Yahoo Japan only where the text says so", () => {
    expect(ids("アメリカのヤフーが中国市場から撤退する")).toEqual(["yahoo"]);
    expect(ids("日本のヤフーは影響を受けない")).toEqual(["yahoo-japan"]);
  });

  it("does not take an app store for its owner: the store is where an app is, not who acts", () => {
    expect(ids("WhatsApp disappeared from the App Store")).toEqual(["whatsapp"]);
  });

  it("reads a camel-cased brand written as a plain name: Ebay, Linkedin, Youtube", () => {
    expect(ids("Ebay cierra su portal; Linkedin y Youtube siguen")).toEqual([
      "ebay",
      "linkedin",
      "youtube",
    ]);
  });

  it("knows Zoom written in Arabic, with or without its long name", () => {
    expect(ids("أعلنت شركة «زوم فيديو كوميونيكيشنز» الأمريكية")).toEqual(["zoom"]);
  });

  it("finds a name elided at a sentence's end and a German genitive: d'Uber., Ubers China-Geschäft", () => {
    expect(ids("les activités chinoises d'Uber.")).toEqual(["uber"]);
    expect(ids("Didi übernimmt Ubers China-Geschäft")).toEqual(["didi", "uber"]);
    expect(ids("Apples and pears")).toEqual([]);
  });

  it("knows Blizzard as 暴雪公司 or as the one who speaks, but not the word 暴雪 (a snowstorm) alone", () => {
    expect(ids("暴雪公司宣布与网易终止合作")).toEqual(["blizzard", "netease"]);
    expect(ids("暴雪宣布旗下游戏将停止服务")).toEqual(["blizzard"]);
    expect(ids("暴雪导致高速公路关闭")).toEqual([]);
  });

  it("ignores ordinary words that are also brand names", () => {
    expect(ids("we zoom in on the signal and wish for more")).toEqual([]);
  });

  it("knows a Chinese name in its simplified, traditional and Japanese forms: 美的集团, 美的集團, 美的集団", () => {
    expect(ids("中国的美的集团宣布")).toEqual(["midea"]);
    expect(ids("中國的美的集團宣布")).toEqual(["midea"]);
    expect(ids("中国の美的集団に売却")).toEqual(["midea"]);
  });

  it("does not find 京东 inside 北京东城 (Beijing's Dongcheng district)", () => {
    expect(ids("北京东城区")).toEqual([]);
  });

  it("finds a Latin name glued to Chinese text: 包括AMD芯片", () => {
    expect(ids("包括AMD MI308")).toEqual(["amd"]);
    expect(ids("AMD股价下跌")).toEqual(["amd"]);
    expect(ids("从美国母公司Evernote中拆分出来")).toEqual(["evernote"]);
    expect(ids("英伟达H20芯片")).toEqual(["nvidia"]);
  });

  it("finds a Latin name glued to Japanese, Korean and Thai text: アプリのLINEも, TSMC는", () => {
    expect(ids("アプリのLINEも使えない")).toEqual(["line"]);
    expect(ids("대만 TSMC는 9월")).toEqual(["tsmc"]);
    expect(ids("บริษัทGoogleประกาศ")).toEqual(["google"]);
  });

  it("finds a Latin name after a Hebrew prefix and hyphen: ל-Google", () => {
    expect(ids("העביר את הנתונים ל-Google")).toEqual(["google"]);
  });

  it("keeps a Latin word whole inside Latin text: iGoogle is not Google", () => {
    expect(ids("iGoogle关闭")).toEqual([]);
  });

  it("finds Korean names mixing Latin and Hangul, with their particles: SK하이닉스는", () => {
    expect(ids("SK하이닉스는 화웨이에")).toEqual(["sk-hynix", "huawei"]);
    expect(ids("LG디스플레이가 공급")).toEqual(["lg-display"]);
  });

  it("prefers the longest of overlapping names from different scripts: LG디스플레이 over LG", () => {
    expect(gazetteer.find("LG디스플레이가", foldText("LG디스플레이가"))).toEqual([
      { id: "lg-display", start: 0, end: 7 },
    ]);
  });

  it("finds a Hebrew name after one-letter prefixes: בגוגל, ולינקדאין, שהטלגרם", () => {
    expect(ids("בגוגל")).toEqual(["google"]);
    expect(ids("ולינקדאין של מיקרוסופט")).toEqual(["linkedin", "microsoft"]);
    expect(ids("שגוגל הודיעה")).toEqual(["google"]);
    expect(ids("מהטלגרם")).toEqual(["telegram"]);
    expect(ids("וכשאינטל")).toEqual(["intel"]);
  });

  it("finds a Hebrew name whose first vav is doubled after a prefix: בוורייזון", () => {
    expect(ids("בוורייזון")).toEqual(["verizon"]);
    expect(ids("ורייזון")).toEqual(["verizon"]);
  });

  it("finds an Arabic name after combined prefixes: وبأمازون, ولآبل", () => {
    expect(ids("وبأمازون")).toEqual(["amazon"]);
    expect(ids("ولآبل")).toEqual(["apple"]);
  });

  it("finds Tamil and Malayalam names with agglutinated case endings: கூகுளின், ഗൂഗിളിന്റെ", () => {
    expect(ids("கூகுளின் முடிவு")).toEqual(["google"]);
    expect(ids("மைக்ரோசாஃப்டின்")).toEqual(["microsoft"]);
    expect(ids("அடோபிக்கு")).toEqual(["adobe"]);
    expect(ids("ഗൂഗിളിന്റെ")).toEqual(["google"]);
    expect(ids("ട്വിറ്ററും ഫെയ്സ്ബുക്കും")).toEqual(["twitter", "facebook"]);
  });

  it("does not find a Devanagari name inside a longer word: इंटेलिजेंस is not Intel", () => {
    expect(ids("आर्टिफिशियल इंटेलिजेंस")).toEqual([]);
    expect(ids("इंटेल ने कहा")).toEqual(["intel"]);
  });

  it("finds Korean names with their particles: 구글은, 화웨이와의", () => {
    expect(ids("구글은")).toEqual(["google"]);
    expect(ids("화웨이와의 거래")).toEqual(["huawei"]);
    expect(ids("엔비디아에서")).toEqual(["nvidia"]);
  });

  it("finds a name with an apostrophe case ending: Google'a, Micron'un, Google’ın", () => {
    expect(ids("użytkownicy Google'a")).toEqual(["google"]);
    expect(ids("Micron'un satışları")).toEqual(["micron"]);
    expect(ids("Google’ın kararı")).toEqual(["google"]);
  });

  it("finds a name of several words with a case ending on its last: The New York Times'ın", () => {
    expect(ids("The New York Times'ın uygulamaları")).toEqual(["new-york-times"]);
    expect(ids("Western Digital'in fabrikası")).toEqual(["western-digital"]);
  });

  it("finds a name with a Polish, Czech, Finnish or Hungarian case ending: Microsoftu, Tencentem", () => {
    expect(ids("wyszukiwarki Microsoftu")).toEqual(["microsoft"]);
    expect(ids("razem z Tencentem")).toEqual(["tencent"]);
    expect(ids("zarząd Huaweia i Huaweiowi")).toEqual(["huawei", "huawei"]);
    expect(ids("Googlen ja Microsoftin")).toEqual(["google", "microsoft"]);
    expect(ids("a Microsoftnál és a Facebookon")).toEqual(["microsoft", "facebook"]);
  });

  it("finds a Polish name whose x is written ks before the ending: Dropboksa", () => {
    expect(ids("usługi Dropboksa")).toEqual(["dropbox"]);
  });

  it("finds a Polish or Czech name whose final a gives way to the ending: Nvidii, Teslą", () => {
    expect(ids("chipy Nvidii")).toEqual(["nvidia"]);
    expect(ids("przed Teslą")).toEqual(["tesla"]);
  });

  it("makes no company of a word that is a name plus letters: Appleton, Intelligence, Applet", () => {
    expect(ids("Appleton Intelligence Applet Apples")).toEqual([]);
  });

  it("makes no company of a common word that is a name plus a case-like ending", () => {
    // Italian "Della", German "Signale", French "Amazonie", Spanish "Amazonia", English "Steamy".
    expect(ids("Della Signale Amazonie Amazonia Steamy Twitterized")).toEqual([]);
  });

  it("leaves a short name without an apostrophe alone: Dell takes no one-letter ending", () => {
    expect(ids("Delle Metan")).toEqual([]);
  });

  it("rejects a malformed gazetteer entry at the boundary", () => {
    expect(() =>
      compileGazetteer([{ id: "Bad Id", name: "X", country: "USA", parent: null, aliases: [] }]),
    ).toThrow();
  });
});
