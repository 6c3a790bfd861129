import { foldText } from "../../src/model/fold.ts";
import { findTriggers } from "../../src/pipeline/mentions/findTriggers.ts";
import { lexiconFor } from "../../src/pipeline/mentions/lexiconFor.ts";
const [lang, text] = process.argv.slice(2) as [string, string];
const { lexicon } = lexiconFor(lang);
const f = foldText(text);
console.log(f.text);
for (const t of findTriggers(f.text, lexicon)) console.log(t.type, JSON.stringify(f.text.slice(t.start, t.end)), t.what ?? "");
