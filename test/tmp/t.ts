import { readFileSync } from "node:fs";
import { extractEvents } from "../../src/pipeline/events/extractEvents.ts";
import { layoutArticle } from "../../src/pipeline/read/articleLayout.ts";
import { findPublished } from "../../src/pipeline/read/findPublished.ts";
import { compileGazetteer } from "../../src/pipeline/mentions/gazetteer.ts";
import { lexiconFor } from "../../src/pipeline/mentions/lexiconFor.ts";
import { mergeArticleDrafts } from "../../src/pipeline/events/mergeEvents.ts";
const gazetteer = compileGazetteer();
const [file, language, pub] = process.argv.slice(2) as [string, string, string | undefined];
const { lexicon, countries } = lexiconFor(language);
const layout = layoutArticle(readFileSync(file, "utf8"), [lexicon, lexiconFor("en").lexicon]);
const published = (pub || layout.stamp || findPublished(layout.lead, lexicon)) as never;
console.log("HEADLINE:", layout.headline, "| published", published);
const drafts = extractEvents(layout, published, { lexicon, gazetteer, countries });
for (const d of drafts)
  console.log(
    " raw",
    d.primary ? "P" : "-",
    d.companies[0],
    d.type,
    d.date,
    d.effective,
    d.counterparty,
    "|",
    d.evidence.slice(0, 80),
  );
for (const d of mergeArticleDrafts(drafts))
  console.log(
    d.primary ? "P" : "-",
    d.companies,
    d.type,
    d.date,
    d.effective,
    d.counterparty,
    JSON.stringify(d.basis),
    "|",
    d.evidence.slice(0, 100),
  );
