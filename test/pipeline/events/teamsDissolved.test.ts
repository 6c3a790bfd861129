import { describe, expect, it } from "vitest";
import type { EdtfDate } from "../../../src/model/edtf.ts";
import { extractEvents } from "../../../src/pipeline/events/extractEvents.ts";
import { mergeArticleDrafts } from "../../../src/pipeline/events/mergeArticleDrafts.ts";
import { compileGazetteer } from "../../../src/pipeline/mentions/gazetteer.ts";
import { lexiconFor } from "../../../src/pipeline/mentions/lexiconFor.ts";
import { layoutArticle } from "../../../src/pipeline/read/articleLayout.ts";

// A company that dissolves, disbands or winds down a whole team in China (an R&D, development or
// engineering team) shuts that site down. Articles written for these tests: a headline, then a
// lead naming the company, the city and a relative day. 2022-05-10 was a Tuesday.
const gazetteer = compileGazetteer();

function rows(language: string, text: string, published: string | null) {
  const { lexicon, countries } = lexiconFor(language);
  const layout = layoutArticle(text, [lexicon, lexiconFor("en").lexicon]);
  return mergeArticleDrafts(
    extractEvents(layout, published as EdtfDate | null, { lexicon, gazetteer, countries }),
  ).map((d) => `${d.companies[0]} ${d.type} ${d.date ?? "-"}`);
}

const article = (headline: string, lead: string) => [headline, lead].join("\n\n");

const cases: readonly (readonly [string, string, string, string])[] = [
  [
    "en",
    "ericsson",
    "Ericsson winds down Shanghai engineering team",
    "Ericsson said on Tuesday it had disbanded its network software engineering team in Shanghai, affecting about 200 staff.",
  ],
  [
    "fr",
    "oracle",
    "Oracle dissout son équipe de développement à Shanghai",
    "Oracle a annoncé mardi avoir dissous son équipe de recherche et développement basée à Shanghai.",
  ],
  [
    "de",
    "intel",
    "Intel löst Entwicklerteam in Shanghai auf",
    "Intel hat am Dienstag bekanntgegeben, dass der Konzern sein Entwicklungsteam in Shanghai aufgelöst hat.",
  ],
  [
    "es",
    "cisco",
    "Cisco disuelve su equipo de desarrollo en Shanghái",
    "Cisco anunció el martes que ha disuelto su equipo de investigación y desarrollo de Shanghái.",
  ],
  [
    "it",
    "ericsson",
    "Ericsson scioglie il team di sviluppo di Shanghai",
    "Ericsson ha comunicato martedì di aver sciolto il proprio team di ricerca e sviluppo a Shanghai.",
  ],
  [
    "pt",
    "intel",
    "Intel dissolve equipe de engenharia em Xangai",
    "A Intel informou na terça-feira que dissolveu a sua equipe de pesquisa e desenvolvimento em Xangai.",
  ],
  [
    "pl",
    "oracle",
    "Oracle rozwiązuje zespół inżynierów w Szanghaju",
    "Oracle poinformował we wtorek, że rozwiązał swój zespół badawczo-rozwojowy w Szanghaju.",
  ],
  [
    "ru",
    "intel",
    "Intel распускает команду в Шанхае",
    "Intel во вторник сообщила, что распустила свою команду разработчиков в Шанхае.",
  ],
  [
    "nl",
    "ericsson",
    "Ericsson heft ontwikkelteam in Shanghai op",
    "Ericsson heeft dinsdag laten weten dat het zijn ontwikkelteam in Shanghai heeft opgeheven.",
  ],
  [
    "ja",
    "intel",
    "インテル、上海の開発チームを解散",
    "インテルは火曜日、上海にある研究開発チームを解散したと明らかにした。",
  ],
  [
    "ko",
    "intel",
    "인텔, 상하이 연구개발팀 해체",
    "인텔은 화요일 상하이에 있는 연구개발팀을 해체했다고 밝혔다.",
  ],
  [
    "tr",
    "intel",
    "Intel Şanghay'daki Ar-Ge ekibini dağıttı",
    "Intel salı günü yaptığı açıklamada Şanghay'daki Ar-Ge ekibini dağıttığını bildirdi.",
  ],
  [
    "id",
    "intel",
    "Intel bubarkan tim insinyur di Shanghai",
    "Intel pada hari Selasa mengumumkan telah membubarkan tim insinyur yang berbasis di Shanghai.",
  ],
  [
    "vi",
    "intel",
    "Intel giải thể nhóm phát triển tại Thượng Hải",
    "Intel hôm thứ Ba cho biết đã giải thể đội ngũ kỹ sư phát triển phần mềm của hãng tại Thượng Hải.",
  ],
  [
    "ar",
    "intel",
    "إنتل تحل فريق التطوير في شنغهاي",
    "أعلنت إنتل يوم الثلاثاء أنها حلت فريق البحث والتطوير التابع لها في شنغهاي.",
  ],
  [
    "he",
    "intel",
    "אינטל מפרקת את צוות הפיתוח בשנגחאי",
    "אינטל הודיעה ביום שלישי כי פירקה את צוות המחקר והפיתוח שלה בשנגחאי.",
  ],
  ["th", "intel", "อินเทลยุบทีมพัฒนาในเซี่ยงไฮ้", "อินเทลประกาศเมื่อวันอังคารว่าได้ยุบทีมวิจัยและพัฒนาในเซี่ยงไฮ้แล้ว"],
  [
    "hi",
    "intel",
    "इंटेल ने शंघाई की डेवलपमेंट टीम भंग की",
    "इंटेल ने मंगलवार को बताया कि उसने शंघाई में अपनी रिसर्च एंड डेवलपमेंट टीम को भंग कर दिया है।",
  ],
];

describe("a team dissolved in China is a shutdown of that site", () => {
  for (const [language, company, headline, lead] of cases) {
    it(`reads a disbanded team as a shutdown (${language})`, () => {
      expect(rows(language, article(headline, lead), "2022-05-10")).toEqual([
        `${company} shutdown 2022-05-10`,
      ]);
    });
  }

  it("does not read a team that speaks as a move (en)", () => {
    const text = article(
      "Intel's Shanghai team speaks on new chip",
      "Intel's R&D team in Shanghai said on Tuesday it had finished the design of a new server chip.",
    );
    expect(rows("en", text, "2022-05-10")).toEqual([]);
  });

  it("does not read a football team that folds as a company's move (en)", () => {
    const text = article(
      "Shanghai football team folds",
      "A Shanghai football team sponsored by Lenovo was disbanded on Tuesday after its owner ran out of money.",
    );
    expect(rows("en", text, "2022-05-10")).toEqual([]);
  });
});
