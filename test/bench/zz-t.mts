import { lexiconFor } from "../../src/pipeline/mentions/lexiconFor.ts";
const { lexicon } = lexiconFor("zh");
const m = lexicon.dates;
for (const t of m.vocabulary.templates) if (t.regex.test("本周二起") || t.regex.test("上周二")) console.log(t.regex.source.slice(0, 200), t.unit, t.sign);
console.log(m.any.test("本周二起"), m.any.source.slice(0, 300));
