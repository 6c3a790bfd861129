import { readFileSync, readdirSync } from "node:fs";
import { foldText } from "../../src/model/fold.ts";
import { findTriggers } from "../../src/pipeline/mentions/findTriggers.ts";
import { lexiconFor } from "../../src/pipeline/mentions/lexiconFor.ts";
import { compileGazetteer } from "../../src/pipeline/mentions/gazetteer.ts";
const g = compileGazetteer();
for (const dir of process.argv.slice(2)) {
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const gold = JSON.parse(readFileSync(`${dir}/${f}`, "utf8"));
    const lang = String(gold.language ?? f.split("_")[1]).slice(0, 2);
    const { lexicon } = lexiconFor(lang);
    for (const e of gold.events) {
      const t = e.evidence as string;
      const folded = foldText(t);
      const trig = findTriggers(folded.text, lexicon).map((x) => `${x.type}:${folded.text.slice(x.start, x.end)}`);
      const comps = g.find(t, folded).map((m) => m.id);
      if (trig.length === 0 || comps.length === 0 || !trig.some((x) => x.startsWith(e.action)))
        console.log(`${f} ${e.primary ? "P" : "-"} ${e.company} ${e.action} | trig=${JSON.stringify(trig)} comps=${comps.join(",")} | ${t.slice(0, 140)}`);
    }
  }
}
