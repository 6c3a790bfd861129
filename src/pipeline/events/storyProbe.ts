import type { EdtfDate } from "../../model/edtf.ts";
import { foldText } from "../../model/fold.ts";
import { detach } from "../detach.ts";
import type { ArticleLayout } from "../read/articleLayout.ts";
import type { StoryProbe } from "./attachToStories.ts";
import type { ExtractionContext } from "./readSentence.ts";

// The headline and this many paragraphs say what an article is about.
const LEAD_PARAGRAPHS = 3;
const CHINA = "CN";

/**
 * What an article in a language without a lexicon says that any language shares: companies
 * in the gazetteer's scripts and China in CLDR's name for it, in the headline and lead. Null
 * when it names no company or not China.
 */
export function storyProbe(
  layout: ArticleLayout,
  { lexicon, gazetteer, countries }: ExtractionContext,
  published: EdtfDate,
  language: string,
): Omit<StoryProbe, "sourceId"> | null {
  const text = [layout.headline, ...layout.body.slice(0, LEAD_PARAGRAPHS).map((p) => p.text)].join(
    "\n",
  );
  const folded = foldText(text);
  const companies = [...new Set(gazetteer.find(text, folded).map((m) => m.id))];
  if (companies.length === 0) return null;
  lexicon.china.lastIndex = 0;
  const china =
    lexicon.china.test(folded.text) ||
    [...folded.text.matchAll(countries.regex)].some((m) => countries.codes.get(m[0]) === CHINA) ||
    stemsOf(countries, CHINA).some((stem) => stem.test(folded.text));
  if (!china) return null;
  return { companies, published, evidence: detach(layout.headline), language };
}

const stems = new WeakMap<object, RegExp[]>();

/**
 * Languages without a lexicon inflect "China" in ways CLDR does not list (Tamil "சீனாவில்",
 * "சீன"): a word that starts with the CLDR name, less its last letter when it is long, counts.
 */
function stemsOf(countries: ExtractionContext["countries"], code: string): RegExp[] {
  let found = stems.get(countries);
  if (!found) {
    found = [...countries.codes]
      .filter(([, c]) => c === code)
      .map(([name]) => [...name])
      .map((letters) => (letters.length >= 4 ? letters.slice(0, -1) : letters).join(""))
      .map(
        (stem) =>
          new RegExp(`(?<![\\p{L}\\p{M}])${stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "u"),
      );
    stems.set(countries, found);
  }
  return found;
}
