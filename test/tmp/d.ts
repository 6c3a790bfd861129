import { findDates } from "../../src/pipeline/time/findDates.ts";
import { foldText } from "../../src/model/fold.ts";
import { lexiconFor } from "../../src/pipeline/mentions/lexiconFor.ts";
const cases: [string, string][] = [
  ["es", "Redacción Tecnología | Actualizado 22/05/2019 - 13:47"],
  ["it", "Aggiornato: 22/04/2016 09:12 — Fonte: New York Times"],
  ["ru", "30.07.2017 12:14 | Просмотров: 4 817"],
  ["he", "16.08.2023 | 14:05"],
  ["he", "מאת: מערכת הטק | פורסם: 04.10.22 | עודכן: 04.10.22, 09:12"],
  ["pt", "16/04/2025 07h32 · Atualizado há 2 horas"],
  ["ko", "IT모바일신문 | 기사입력 2014년 07월 03일 (목) 15:20:41"],
  ["fr", "Publié le 25/04/2024 à 18h20 · Lecture 4 min"],
  ["de", "Stand: 20.05.2019, 13:47 Uhr"],
  ["zh", "【本报北京9月22日电】谷歌中国21日（周五）在其官方博客发文"],
  ["vi", "Thứ Ba, 10/5/2016, 14:30 (GMT+7)"],
  ["th", "19 เม.ย. 2567 15:20 น."],
];
for (const [l, s] of cases) {
  const { lexicon } = lexiconFor(l);
  console.log(
    l,
    s.slice(0, 40),
    JSON.stringify(
      findDates(foldText(s), s, lexicon.dates, lexicon.monthFirst).map((m) => [
        m.year,
        m.month,
        m.day,
        m.start,
      ]),
    ),
  );
}
