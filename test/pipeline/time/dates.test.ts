import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/pipeline/time/findDates.ts";
import { foldText } from "../../../src/model/fold.ts";
import { lexiconFor } from "../../../src/pipeline/mentions/lexiconFor.ts";
import { resolveMention, toParts } from "../../../src/pipeline/time/resolveDate.ts";

/** Resolves every date expression of a sentence against a publication date. */
function datesIn(
  language: string,
  sentence: string,
  published: string | null,
  previous: string | null = null,
) {
  const { lexicon } = lexiconFor(language);
  const folded = foldText(sentence);
  return findDates(folded, sentence, lexicon.dates, lexicon.monthFirst)
    .map((m) => resolveMention(m, toParts(published), toParts(previous)))
    .filter((value) => value !== null);
}

describe("numeric dates as pages stamp them", () => {
  it("reads day-first dates whose day is above 12 (es, ru, de)", () => {
    expect(datesIn("es", "Actualizado 22/05/2019 - 13:47", null)).toEqual(["2019-05-22"]);
    expect(datesIn("ru", "30.07.2017 12:14 | Просмотров: 4 817", null)).toEqual(["2017-07-30"]);
    expect(datesIn("de", "Stand: 20.05.2019, 13:47 Uhr", null)).toEqual(["2019-05-20"]);
  });

  it("reads the CJK year, month and day signs with zero-padded months (ko, zh)", () => {
    expect(datesIn("ko", "기사입력 2014년 07월 03일 (목) 15:20", null)).toEqual(["2014-07-03"]);
    expect(datesIn("zh", "2020年8月3日，Zoom宣布", null)).toEqual(["2020-08-03"]);
  });

  it("reads a dotted two-digit year on a byline (he)", () => {
    expect(datesIn("he", "פורסם: 04.10.22", null)).toEqual(["2022-10-04"]);
  });

  it("reads Thai Buddhist-era years", () => {
    expect(datesIn("th", "19 เม.ย. 2567 15:20 น.", null)).toEqual(["2024-04-19"]);
  });

  it("reads 'o mesmo regulador' as no date, and 'no mesmo dia' as the day before (pt)", () => {
    expect(
      datesIn("pt", "Em abril de 2016, o mesmo regulador obrigou a Apple a fechar.", null),
    ).toEqual(["2016-04"]);
    expect(datesIn("pt", "No mesmo dia, a Apple fechou a loja.", null, "2016-04-22")).toEqual([
      "2016-04-22",
    ]);
  });

  it.each([
    ["en", "Since then the app has been unavailable in China."],
    ["de", "Seitdem existieren drei Varianten der Software."],
    ["fr", "Depuis lors, l'application est indisponible en Chine."],
    ["es", "Desde entonces la aplicación no está disponible en China."],
    ["it", "Da allora l'app non è disponibile in Cina."],
    ["pt", "Desde então o aplicativo não está disponível na China."],
    ["nl", "Sindsdien is de app niet beschikbaar in China."],
  ])("reads 'since then' as the date last mentioned (%s)", (language, sentence) => {
    expect(datesIn(language, sentence, "2025-02-18", "2021-03-15")).toEqual(["2021-03-15"]);
  });

  it("reads the Japanese business press's two-digit years, not twenty years ago or a 20th year", () => {
    expect(datesIn("ja", "深センの2工場は20年中に生産を終える。", "2020-01-09")).toEqual(["2020"]);
    expect(datesIn("ja", "同社は19年12月に撤退を発表した。", "2020-01-09")).toEqual(["2019-12"]);
    expect(datesIn("ja", "20年前に中国へ進出した。", "2020-01-09")).toEqual(["2000"]);
    expect(datesIn("ja", "設立20年の工場を閉鎖する。", "2020-01-09")).toEqual([]);
  });

  it("reads a CJK day with no month as that day of the month before publication (ja, ko)", () => {
    expect(datesIn("ja", "英BBC放送は22日、", "2019-05-23")).toEqual(["2019-05-22"]);
    expect(datesIn("ko", "서비스를 지난 28일 종료했다", "2021-12-02")).toEqual(["2021-11-28"]);
  });

  it("reads 'last month' with a CJK day as that day of last month (ko, zh)", () => {
    expect(datesIn("ko", "서비스를 지난달 8일 중단했다", "2022-01-07")).toEqual(["2021-12-08"]);
    expect(datesIn("zh", "上月8日宣布", "2022-01-07")).toEqual(["2021-12-08"]);
  });

  it("reads '本周二' as this week's Tuesday, not the week", () => {
    expect(datesIn("zh", "雅虎本周二宣布", "2021-11-04")).toEqual(["2021-11-02"]);
  });

  it("reads a weekday joined to a week as that day of that week (zh, ja, ko)", () => {
    // Published on a Monday: this week's Tuesday is the next day, last week's eight days back.
    expect(datesIn("zh", "本周二起，新用户无法使用微信登录", "2019-01-21")).toEqual(["2019-01-22"]);
    expect(datesIn("zh", "上周二，苹果宣布", "2019-01-21")).toEqual(["2019-01-15"]);
    expect(datesIn("zh", "下周三起停止服务", "2019-01-21")).toEqual(["2019-01-30"]);
    expect(datesIn("ja", "先週火曜日に発表した", "2019-01-24")).toEqual(["2019-01-15"]);
    expect(datesIn("ko", "지난주 화요일 발표했다", "2019-01-24")).toEqual(["2019-01-15"]);
  });

  it("reads dotted month abbreviations on bylines (en)", () => {
    expect(datesIn("en", "Published Sept. 1, 2022 6:05 a.m. ET", null)).toEqual(["2022-09-01"]);
  });
});

describe("absolute dates", () => {
  it("reads full dates in the seeds' languages", () => {
    expect(datesIn("fr", "fermerait ses portes le 30 juin 2023.", null)).toEqual(["2023-06-30"]);
    expect(datesIn("ar", "الذي سيدخل حيز التنفيذ في 23 أغسطس 2020 ، وفقًا", null)).toEqual([
      "2020-08-23",
    ]);
    expect(datesIn("ar", "بدري الحربوق3 أغسطس 2020آخر تحديث :", null)).toEqual(["2020-08-03"]);
    expect(datesIn("vi", "ngày 30 tháng 6 năm 2023", null)).toEqual(["2023-06-30"]);
  });

  it("reads month and year glued by a dot, as Vietnamese papers write it", () => {
    expect(datesIn("vi", "Tháng 6.2021, Amazon đã cấm thêm ba thương hiệu", null)).toEqual([
      "2021-06",
    ]);
  });

  it("reads CLDR date forms in languages without a hand-written date lexicon", () => {
    expect(datesIn("de", "Am 3. August 2020 teilte Zoom mit", null)).toEqual(["2020-08-03"]);
    expect(datesIn("es", "el 3 de agosto de 2020", null)).toEqual(["2020-08-03"]);
    expect(datesIn("zh", "2020年8月3日，Zoom宣布", null)).toEqual(["2020-08-03"]);
    expect(datesIn("ja", "2021年11月2日に発表した", null)).toEqual(["2021-11-02"]);
    expect(datesIn("ru", "3 августа 2020 года", null)).toEqual(["2020-08-03"]);
    expect(datesIn("en", "on November 2, 2021,", null)).toEqual(["2021-11-02"]);
  });

  it("keeps a lone year only where the language marks it as a year", () => {
    expect(datesIn("vi", "trong năm 2020", null)).toEqual(["2020"]);
    expect(datesIn("en", "it closed 2000 stores", null)).toEqual([]);
    expect(datesIn("fr", "10 000 employés", null)).toEqual([]);
  });

  it("takes a year with a case ending after an apostrophe as a year (tr)", () => {
    expect(
      datesIn("tr", "2015'te ise şirket payını sattı, 2013'ten beri de zarar ediyordu.", null),
    ).toEqual(["2015", "2013"]);
    expect(datesIn("tr", "şirket 2015 çalışanını işten çıkardı", null)).toEqual([]);
  });

  it("marks a year in unspaced scripts by the word before it and a space (th), not a count (zh)", () => {
    expect(datesIn("th", "เมื่อปี 2553 กูเกิลถอนบริการออกจากจีน", null)).toEqual(["2010"]);
    expect(datesIn("zh", "公司在2010家门店停止销售", null)).toEqual([]);
  });

  it("does not take the modal verb 'may' for the month", () => {
    expect(datesIn("en", "Zoom may stop sales in May", "2020-08-03")).toEqual(["2020-05"]);
  });
});

describe("dates relative to the publication date", () => {
  it("resolves 'jeudi' to the Thursday on or before publication", () => {
    expect(datesIn("fr", "Amazon a annoncé jeudi qu'il fermerait", "2022-06-03")).toEqual([
      "2022-06-02",
    ]);
    expect(datesIn("fr", "Amazon a annoncé jeudi qu'il fermerait", "2022-06-02")).toEqual([
      "2022-06-02",
    ]);
  });

  it("resolves 'يوم الاثنين' to the Monday of publication week", () => {
    expect(datesIn("ar", "قالت Zoom يوم الاثنين إنها ستتوقف", "2020-08-05")).toEqual([
      "2020-08-03",
    ]);
  });

  it("cannot place a weekday more finely than the publication date allows", () => {
    expect(datesIn("fr", "a annoncé jeudi", "2022-06")).toEqual(["2022-06~"]);
  });

  it("resolves yesterday, last year and this year", () => {
    expect(datesIn("en", "Yahoo said yesterday", "2021-11-03")).toEqual(["2021-11-02"]);
    expect(datesIn("fr", "leur site Web l'année dernière", "2022-06-02")).toEqual(["2021"]);
    expect(datesIn("es", "lo anunció ayer", "2021-10-15")).toEqual(["2021-10-14"]);
    expect(datesIn("de", "gestern", "2023-10-25")).toEqual(["2023-10-24"]);
    expect(datesIn("zh", "去年", "2023-05-22")).toEqual(["2022"]);
  });

  it("puts a month without a year in the year nearest publication", () => {
    expect(datesIn("ar", "في شهر مايو ، أجرى Zoom تغييرات", "2020-08-03")).toEqual(["2020-05"]);
    expect(datesIn("en", "in November", "2021-01-15")).toEqual(["2020-11"]);
    expect(datesIn("fr", "à partir du 23 août", "2020-08-04")).toEqual(["2020-08-23"]);
  });

  it("gives months listed together the year the list names once (ko, ja, en, fr)", () => {
    expect(datesIn("ko", "2018년 4월과 12월 공장을 철수했다", "2020-08-03")).toEqual([
      "2018-04",
      "2018-12",
    ]);
    expect(datesIn("ja", "2018年4月と12月に閉鎖した", "2020-08-03")).toEqual([
      "2018-04",
      "2018-12",
    ]);
    expect(datesIn("en", "in April and December 2018, and in May", "2020-08-03")).toEqual([
      "2018-04",
      "2018-12",
      "2020-05",
    ]);
    expect(datesIn("fr", "en avril, mai et juin 2018", "2020-08-03")).toEqual([
      "2018-04",
      "2018-05",
      "2018-06",
    ]);
  });

  it("reads 'en mai dernier' as the latest May before publication", () => {
    expect(datesIn("fr", "en mai dernier", "2020-08-04")).toEqual(["2020-05"]);
    expect(datesIn("fr", "en mai dernier", "2020-05-20")).toEqual(["2019-05"]);
    expect(datesIn("en", "last May", "2021-11-03")).toEqual(["2021-05"]);
  });

  it("joins a month to 'this year'", () => {
    expect(datesIn("fr", "Alibaba en avril cette année a saisi", "2013-09")).toEqual(["2013-04"]);
  });

  it("counts 'two months ago' in months, including Arabic's dual", () => {
    expect(datesIn("ar", "قبل شهرين ، توقفنا", "2020-08-03")).toEqual(["2020-06"]);
    expect(datesIn("en", "two months ago", "2020-08-03")).toEqual(["2020-06"]);
  });

  it("reads 'last week' by any name of the unit, and a count before it first (id)", () => {
    expect(datesIn("id", "pada pekan lalu Microsoft mengumumkan", "2021-10-23")).toEqual([
      "2021-10~",
    ]);
    expect(datesIn("id", "dua tahun lalu, tiga bulan yang lalu", "2021-10-23")).toEqual([
      "2019",
      "2021-07",
    ]);
  });

  it("reads a bare day/month after a word that makes it a date, and nothing else (vi)", () => {
    expect(
      datesIn("vi", "Yahoo vào ngày 2/11 tuyên bố dừng dịch vụ từ 1/11.", "2021-11-05"),
    ).toEqual(["2021-11-02", "2021-11-01"]);
    expect(datesIn("vi", "Đội nhà thắng với tỷ số 2/1.", "2021-11-05")).toEqual([]);
  });

  it("counts 'the month after that' from the date before it (vi)", () => {
    expect(
      datesIn("vi", "Yahoo rút khỏi Trung Quốc vào tháng sau đó.", "2022-06-03", "2021-10"),
    ).toEqual(["2021-11"]);
  });

  it("makes 'N weeks ago' an approximate month", () => {
    expect(datesIn("en", "3 weeks ago", "2021-11-03")).toEqual(["2021-10~"]);
    expect(datesIn("fr", "dans quelques semaines", "2020-08-04")).toEqual(["2020-08~"]);
  });

  it("leaves a relative date unresolved when nothing anchors it", () => {
    expect(datesIn("fr", "Amazon a annoncé jeudi", null)).toEqual([]);
    expect(datesIn("en", "in May", null)).toEqual([]);
  });

  it("leaves a date unresolved when it would fall past the year 9999", () => {
    expect(datesIn("en", "Yahoo said next year", "9999-06")).toEqual([]);
    expect(datesIn("en", "Yahoo said tomorrow", "9999-12-31")).toEqual([]);
    expect(datesIn("en", "Yahoo said yesterday", "9999-06-02")).toEqual(["9999-06-01"]);
  });
});

describe("dates relative to the date last mentioned", () => {
  it("counts 'vài tuần trước đó' back from the previous date", () => {
    expect(datesIn("vi", "Vài tuần trước đó, Amazon cũng chặn", "2021", "2021-06")).toEqual([
      "2021-05~",
    ]);
  });

  it("counts 'two months earlier' back from the previous date", () => {
    expect(datesIn("en", "two months earlier", "2021-11-03", "2021-06")).toEqual(["2021-04"]);
  });

  it("gives 'the same year' standing alone the previous date's year (hi, en)", () => {
    expect(datesIn("hi", "और उसी साल व्हाट्सऐप को ब्लॉक किया गया", "2019-01-24", "2017-11")).toEqual([
      "2017",
    ]);
    expect(datesIn("en", "WhatsApp was blocked the same year", "2019-01-24", "2017-11")).toEqual([
      "2017",
    ]);
  });

  it("gives 'juillet de la même année' the previous date's year", () => {
    expect(datesIn("fr", "le 18 juillet de la même année", "2022-06-02", "2019-04")).toEqual([
      "2019-07-18",
    ]);
  });
});

describe("ordinal days", () => {
  it("reads 'الأول من مايو' as the first of May", () => {
    expect(datesIn("ar", "اعتبارًا من الأول من مايو", "2020-08-04")).toEqual(["2020-05-01"]);
  });
  it("reads 'the first of May'", () => {
    expect(datesIn("en", "from the first of May", "2020-08-04")).toEqual(["2020-05-01"]);
  });
});
