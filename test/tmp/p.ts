import { readFileSync } from "node:fs";
import { layoutArticle } from "../../src/pipeline/read/articleLayout.ts";
import { findPublished } from "../../src/pipeline/read/findPublished.ts";
import { lexiconFor } from "../../src/pipeline/mentions/lexiconFor.ts";
import { detectLanguage } from "../../src/pipeline/read/detectLanguage.ts";
import { readdirSync } from "node:fs";
const dir = "../shared/corpus/";
let ok = 0,
  wrong = 0,
  none = 0,
  nogold = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
  const text = readFileSync(dir + f, "utf8");
  const gold = JSON.parse(readFileSync(dir + f.replace(".txt", ".json"), "utf8"));
  const language = detectLanguage(text);
  const { lexicon } = lexiconFor(language);
  const layout = layoutArticle(text, [lexicon, lexiconFor("en").lexicon]);
  const got = layout.stamp ?? findPublished(layout.lead, lexicon);
  const want = gold.published;
  const status = !want
    ? "nogold"
    : got === want
      ? "ok"
      : got && (want.startsWith(got) || got.startsWith(want))
        ? "ok"
        : got
          ? "WRONG"
          : "NONE";
  if (status === "ok") ok++;
  else if (status === "WRONG") wrong++;
  else if (status === "NONE") none++;
  else nogold++;
  if (status !== "ok")
    console.log(
      status,
      f,
      language,
      "got",
      got,
      "want",
      want,
      "| headline:",
      layout.headline.slice(0, 60),
    );
}
console.log({ ok, wrong, none, nogold });
