import { foldText } from "../../src/model/fold.ts";
import { compileGazetteer } from "../../src/pipeline/mentions/gazetteer.ts";
const g = compileGazetteer();
const t = process.argv[2] as string;
console.log(g.find(t, foldText(t)).map((m) => `${m.id}:${t.slice(m.start, m.end)}`));
