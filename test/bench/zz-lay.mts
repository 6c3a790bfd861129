import { layoutArticle } from "../../src/pipeline/read/articleLayout.ts";
import { lexiconFor } from "../../src/pipeline/mentions/lexiconFor.ts";
const [lang, text] = process.argv.slice(2) as [string, string];
const { lexicon } = lexiconFor(lang);
const layout = layoutArticle(text.replace(/\\n/g, "\n"), [lexicon, lexiconFor("en").lexicon]);
console.log(JSON.stringify(layout, null, 1).slice(0, 3000));
