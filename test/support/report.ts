// Prints how the pipeline scores on the fixture articles: `npx tsx test/support/report.ts [folder] [--isolated]`.
import { evaluateFixtures } from "./evaluateFixtures.ts";

// `--isolated` judges each article on its own, without merging across articles.
const args = process.argv.slice(2);
const report = evaluateFixtures(
  args.find((a) => !a.startsWith("--")),
  args.includes("--isolated"),
);
const found = report.verdicts.filter((v) => v.found);
const exact = found.filter((v) => v.wrong.length === 0);
for (const v of report.verdicts) {
  const e = v.expected;
  const status = !v.found ? "MISSING" : v.wrong.length ? `WRONG ${v.wrong.join(",")}` : "ok";
  const got = v.found ? ` got ${v.found.date} → ${v.found.effective} [${v.found.countries}]` : "";
  console.log(
    `${status.padEnd(22)} ${v.file.padEnd(26)} ${e.company} ${e.type} ${e.date} → ${e.effective}${got}`,
  );
}
for (const x of report.extras)
  console.log(
    `EXTRA                  ${x.file.padEnd(26)} ${x.event.companies[0]} ${x.event.type} ${x.event.date} → ${x.event.effective} | ${x.event.sources.find((s) => s)?.evidence.slice(0, 90)}`,
  );
for (const [file, spec] of Object.entries(report.expected)) {
  const got = report.languages.get(file);
  if (spec.language && got && got !== spec.language)
    console.log(`LANGUAGE ${file}: expected ${spec.language}, detected ${got}`);
}
for (const u of report.dataset.unplaced)
  console.log(`UNPLACED ${u.file}: ${u.reason}: ${u.message}`);
const total = report.verdicts.length;
console.log(
  `\nrecall ${found.length}/${total} (${((100 * found.length) / total).toFixed(0)}%), all fields right ${exact.length}/${total}, ` +
    `extra events ${report.extras.length}, precision ${((100 * found.length) / (found.length + report.extras.length)).toFixed(0)}%`,
);
