import { foldText } from "../../src/model/fold.ts";
import { findDates } from "../../src/pipeline/time/findDates.ts";
import { lexiconFor } from "../../src/pipeline/mentions/lexiconFor.ts";
const [lang, text] = process.argv.slice(2) as [string, string];
const { lexicon } = lexiconFor(lang);
console.log(JSON.stringify(findDates(foldText(text), text, lexicon.dates, lexicon.monthFirst)));
