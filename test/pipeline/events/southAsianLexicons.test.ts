import { describe, expect, it } from "vitest";
import type { EdtfDate } from "../../../src/model/edtf.ts";
import { layoutArticle } from "../../../src/pipeline/read/articleLayout.ts";
import { extractEvents } from "../../../src/pipeline/events/extractEvents.ts";
import { compileGazetteer } from "../../../src/pipeline/mentions/gazetteer.ts";
import { lexiconFor } from "../../../src/pipeline/mentions/lexiconFor.ts";
import { mergeArticleDrafts } from "../../../src/pipeline/events/mergeArticleDrafts.ts";

// Sentences written for these tests, in the way Tamil and Malayalam news phrase such moves.
const gazetteer = compileGazetteer();

/** An article's events as compact rows: company type date→effective. */
function rows(language: string, text: string, published: string | null = null): string[] {
  const { lexicon, countries } = lexiconFor(language);
  const layout = layoutArticle(text, [lexicon, lexiconFor("en").lexicon]);
  const drafts = mergeArticleDrafts(
    extractEvents(layout, published as EdtfDate | null, { lexicon, gazetteer, countries }),
    (id) => gazetteer.companies.get(id)?.parent ?? null,
  );
  return drafts.map((d) => `${d.companies[0]} ${d.type} ${d.date ?? "-"}→${d.effective ?? "-"}`);
}
/** The company and type of each move one sentence reports, under a placeholder headline. */
const moves = (language: string, sentence: string, published = "2022-05-25") =>
  rows(language, `தலைப்பு\n${sentence}`, published).map((r) => r.split(" ").slice(0, 2).join(" "));

describe("the Tamil lexicon", () => {
  it.each([
    ["ஏர்பிஎன்பி நிறுவனம் சீனாவில் இருந்து வெளியேறுவதாக அறிவித்தது.", "airbnb exit"],
    ["அடோபி நிறுவனம் பெய்ஜிங்கில் உள்ள தனது ஆராய்ச்சி மையத்தை மூடியது.", "adobe shutdown"],
    ["சாம்சங் சீனாவில் தனது ஸ்மார்ட்போன் விற்பனையை நிறுத்தியது.", "samsung sales-halt"],
    ["லிங்க்ட்இன் சீனாவில் புதிய பயனர்களின் பதிவை இடைநிறுத்தியது.", "linkedin restriction"],
    ["ஆப்பிள் நிறுவனம் சீனாவின் ஆப் ஸ்டோரில் இருந்து பல சமூக ஊடக செயலிகளை நீக்கியது.", "apple restriction"],
    ["சீன அரசு கூகுளின் ஜிமெயில் சேவையை முடக்கியது.", "google blocked"],
    ["அமேசான் தனது தளத்தில் இருந்து நூற்றுக்கணக்கான சீன விற்பனையாளர்களை நீக்கியது.", "amazon seller-ban"],
    ["கூகுள் நிறுவனம் ஹுவாவேயுடனான வர்த்தக உறவை துண்டித்தது.", "google partnership-cut"],
    ["மைக்ரோசாப்ட் சீனாவில் உள்ள தனது ஆலையை விற்றது.", "microsoft divestment"],
  ])("reads '%s' as %s", (sentence, expected) => {
    expect(moves("ta", sentence)).toEqual([expected]);
  });

  it.each([
    ["a launch", "ஆப்பிள் சீனாவில் புதிய ஐபோனை அறிமுகப்படுத்தியது."],
    ["India banning Chinese apps", "இந்திய அரசு டிக்டாக் உள்ளிட்ட 59 சீன செயலிகளுக்கு தடை விதித்தது."],
    ["a rumoured plan", "கூகுள் சீனாவில் இருந்து வெளியேற திட்டமிட்டுள்ளதாக வதந்திகள் பரவின."],
    ["a denial", "சீனாவில் இருந்து வெளியேறுவதாக வந்த செய்தியை ஆப்பிள் மறுத்தது."],
    ["leaving another country", "மைக்ரோசாப்ட் நிறுவனம் ரஷ்யாவில் இருந்து வெளியேறியது."],
    ["a strike at a plant", "ஃபாக்ஸ்கான் சீனாவில் உள்ள ஆலையில் தொழிலாளர்கள் வேலை நிறுத்தம் செய்தனர்."],
  ])("finds no move in %s", (_, sentence) => {
    expect(moves("ta", sentence)).toEqual([]);
  });

  it("dates 'செவ்வாய்க்கிழமை' to the Tuesday before publication", () => {
    expect(
      rows(
        "ta",
        "தலைப்பு\nஏர்பிஎன்பி நிறுவனம் சீனாவில் இருந்து வெளியேறுவதாக செவ்வாய்க்கிழமை அறிவித்தது.",
        "2022-05-25",
      ),
    ).toEqual(["airbnb exit 2022-05-24→-"]);
  });

  it("reads 'நவம்பர் 1 முதல்' as the day the move takes effect", () => {
    expect(
      rows(
        "ta",
        "தலைப்பு\nலிங்க்ட்இன் நிறுவனம் நேற்று சீனாவில் தனது சேவையை நவம்பர் 1 முதல் நிறுத்துவதாக அறிவித்தது.",
        "2021-10-15",
      ),
    ).toEqual(["linkedin shutdown 2021-10-14→2021-11-01"]);
  });

  it("reads each name of a list joined by 'மற்றும்', dated by a year with its case ending", () => {
    expect(
      rows(
        "ta",
        "தலைப்பு\nகூகுள் 2010ஆம் ஆண்டு சீனாவில் தனது தேடல் சேவையை நிறுத்தியது. பேஸ்புக் மற்றும் ட்விட்டர் 2009ஆம் ஆண்டு முதல் சீனாவில் தடை செய்யப்பட்டுள்ளன.",
        "2021-10-15",
      ).sort(),
    ).toEqual(["facebook blocked 2009→-", "google shutdown 2010→-", "twitter blocked 2009→-"]);
  });

  it("dates the announcement by its weekday and 'இந்த ஆண்டு இறுதியில்' as when it takes effect", () => {
    expect(
      rows(
        "ta",
        "தலைப்பு\nலிங்க்ட்இன் சீனாவில் தனது சேவையை இந்த ஆண்டு இறுதியில் நிறுத்துவதாக வியாழக்கிழமை அறிவித்தது.",
        "2021-10-15",
      ),
    ).toEqual(["linkedin shutdown 2021-10-14→2021"]);
  });

  it("does not take 'எல்லாம்' (all) for the hedge '-லாம்' (may)", () => {
    expect(moves("ta", "அமேசான் சீனாவில் உள்ள தனது கடைகள் எல்லாவற்றையும் மூடியது.")).toEqual([
      "amazon shutdown",
    ]);
    expect(moves("ta", "அமேசான் சீனாவில் உள்ள கடைகளை எல்லாம் மூடியது.")).toEqual(["amazon shutdown"]);
  });

  it("does not read 'மேலும்' (also) as the month of May", () => {
    expect(
      rows(
        "ta",
        "தலைப்பு\nமேலும், அடோபி நிறுவனம் சீனாவில் உள்ள தனது ஆராய்ச்சி மையத்தை மூடியது.",
        "2014-09-26",
      ),
    ).toEqual(["adobe shutdown 2014-09-26→-"]);
  });
});

describe("the Malayalam lexicon", () => {
  it.each([
    ["എയർബിഎൻബി ചൈനയിൽ നിന്ന് പിന്മാറുന്നതായി പ്രഖ്യാപിച്ചു.", "airbnb exit"],
    ["അഡോബി ബെയ്ജിങ്ങിലെ ഗവേഷണ കേന്ദ്രം അടച്ചുപൂട്ടി.", "adobe shutdown"],
    ["സാംസങ് ചൈനയിൽ സ്മാർട്ട്ഫോണുകളുടെ വിൽപ്പന നിർത്തി.", "samsung sales-halt"],
    ["ലിങ്ക്ഡ്ഇൻ ചൈനയിൽ പുതിയ ഉപയോക്താക്കളുടെ രജിസ്ട്രേഷൻ താൽക്കാലികമായി നിർത്തിവച്ചു.", "linkedin restriction"],
    ["ആപ്പിൾ ചൈനയിലെ ആപ്പ് സ്റ്റോറിൽ നിന്ന് നൂറുകണക്കിന് ആപ്പുകൾ നീക്കം ചെയ്തു.", "apple restriction"],
    ["ചൈനീസ് സർക്കാർ ഗൂഗിളിന്റെ ജിമെയിൽ സേവനം ബ്ലോക്ക് ചെയ്തു.", "google blocked"],
    ["ആമസോൺ ആയിരക്കണക്കിന് ചൈനീസ് വിൽപ്പനക്കാരെ തങ്ങളുടെ പ്ലാറ്റ്ഫോമിൽ നിന്ന് വിലക്കി.", "amazon seller-ban"],
    ["ഗൂഗിൾ വാവേയുമായുള്ള ബിസിനസ് ബന്ധം വിച്ഛേദിച്ചു.", "google partnership-cut"],
    ["മൈക്രോസോഫ്റ്റ് ചൈനയിലെ തങ്ങളുടെ ഫാക്ടറി വിറ്റു.", "microsoft divestment"],
  ])("reads '%s' as %s", (sentence, expected) => {
    expect(moves("ml", sentence)).toEqual([expected]);
  });

  it.each([
    ["a launch", "ആപ്പിൾ ചൈനയിൽ പുതിയ ഐഫോൺ അവതരിപ്പിച്ചു."],
    ["India banning Chinese apps", "ഇന്ത്യൻ സർക്കാർ ടിക് ടോക് ഉൾപ്പെടെ 59 ചൈനീസ് ആപ്പുകൾ നിരോധിച്ചു."],
    ["a rumoured plan", "ഗൂഗിൾ ചൈനയിൽ നിന്ന് പിന്മാറിയേക്കുമെന്ന് അഭ്യൂഹങ്ങൾ പ്രചരിച്ചു."],
    ["a denial", "ചൈന വിടുകയാണെന്ന റിപ്പോർട്ടുകൾ ആപ്പിൾ നിഷേധിച്ചു."],
    ["leaving another country", "മൈക്രോസോഫ്റ്റ് റഷ്യയിൽ നിന്ന് പിന്മാറി."],
    ["a strike at a plant", "ചൈനയിലെ ഫോക്സ്കോൺ പ്ലാന്റിൽ തൊഴിലാളികൾ പണിമുടക്കി."],
  ])("finds no move in %s", (_, sentence) => {
    expect(moves("ml", sentence)).toEqual([]);
  });

  it("reads each name of a list marked with '-ും' (and), dated by 'since 2009' and '2010ൽ'", () => {
    expect(
      rows(
        "ml",
        "തലക്കെട്ട്\n2010ൽ ഗൂഗിൾ ചൈനയിലെ സെർച്ച് സേവനം അവസാനിപ്പിച്ചിരുന്നു. ഫേസ്ബുക്കും ട്വിറ്ററും 2009 മുതൽ ചൈനയിൽ നിരോധിക്കപ്പെട്ടിരിക്കുകയാണ്.",
        "2021-10-15",
      ).sort(),
    ).toEqual(["facebook blocked 2009→-", "google shutdown 2010→-", "twitter blocked 2009→-"]);
  });

  it("does not take '-ലേക്കും' (to … too) for the hedge '-ഏക്കും' (may)", () => {
    expect(
      moves("ml", "ആപ്പിൾ ചൈനയിലെ ഐഫോൺ നിർമാണം അവസാനിപ്പിച്ച് ഇന്ത്യയിലേക്കും വിയറ്റ്നാമിലേക്കും മാറ്റി."),
    ).toEqual(["apple shutdown"]);
    expect(moves("ml", "ആപ്പിൾ ചൈനയിലെ ഐഫോൺ നിർമാണം അവസാനിപ്പിച്ചേക്കും.")).toEqual([]);
  });

  it("reads a chillu written the old way, with or without the joiner", () => {
    expect(moves("ml", "സാംസങ് ചൈനയില്‍ സ്മാര്‍ട്ട്ഫോണുകളുടെ വില്‍പ്പന നിര്‍ത്തി.")).toEqual([
      "samsung sales-halt",
    ]);
    expect(moves("ml", "സാംസങ് ചൈനയില് സ്മാര്ട്ട്ഫോണുകളുടെ വില്പ്പന നിര്ത്തി.")).toEqual([
      "samsung sales-halt",
    ]);
  });

  it("dates 'കഴിഞ്ഞ ആഴ്ച' to the week before publication and 'ചൊവ്വാഴ്ച' to that Tuesday", () => {
    expect(
      rows("ml", "തലക്കെട്ട്\nഎയർബിഎൻബി ചൈനയിൽ നിന്ന് പിന്മാറുന്നതായി ചൊവ്വാഴ്ച പ്രഖ്യാപിച്ചു.", "2022-05-25"),
    ).toEqual(["airbnb exit 2022-05-24→-"]);
    expect(
      rows("ml", "തലക്കെട്ട്\nഅഡോബി കഴിഞ്ഞ ആഴ്ച ബെയ്ജിങ്ങിലെ ഗവേഷണ കേന്ദ്രം അടച്ചുപൂട്ടി.", "2014-09-26"),
    ).toEqual(["adobe shutdown 2014-09~→-"]);
  });

  it("dates 'രണ്ട് വർഷം മുമ്പ്' (two years ago) from publication", () => {
    expect(
      rows("ml", "തലക്കെട്ട്\nരണ്ട് വർഷം മുമ്പ് അഡോബി ബെയ്ജിങ്ങിലെ ഗവേഷണ കേന്ദ്രം അടച്ചുപൂട്ടി.", "2016-09-26"),
    ).toEqual(["adobe shutdown 2014→-"]);
  });

  it("reads 'നവംബർ 1 മുതൽ' as the day the move takes effect", () => {
    expect(
      rows(
        "ml",
        "തലക്കെട്ട്\nലിങ്ക്ഡ്ഇൻ ചൈനയിലെ സേവനം നവംബർ 1 മുതൽ അവസാനിപ്പിക്കുമെന്ന് ഇന്നലെ അറിയിച്ചു.",
        "2021-10-15",
      ),
    ).toEqual(["linkedin shutdown 2021-10-14→2021-11-01"]);
  });
});
