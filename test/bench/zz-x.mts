import { layoutArticle } from "../../src/pipeline/read/articleLayout.ts";
import { extractEvents } from "../../src/pipeline/events/extractEvents.ts";
import { compileGazetteer } from "../../src/pipeline/mentions/gazetteer.ts";
import { lexiconFor } from "../../src/pipeline/mentions/lexiconFor.ts";
const [lang, text, published] = process.argv.slice(2) as [string, string, string | undefined];
const gazetteer = compileGazetteer();
const { lexicon, countries } = lexiconFor(lang);
const layout = layoutArticle(text.replace(/\\n/g, "\n"), [lexicon, lexiconFor("en").lexicon]);
for (const d of extractEvents(layout, (published ?? null) as never, { lexicon, gazetteer, countries }))
  console.log(d.primary ? "P" : "-", d.type, d.companies.join(","), d.date, d.effective, d.counterparty, JSON.stringify(d.basis));
