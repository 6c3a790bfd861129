// Counts test results from the JSON reports `npm test` leaves in test-results/ and prints
// "N passed, N failed". Type check and lint count as one test each: they ran (and passed)
// exactly when the unit-test report exists, since `npm test` stops at the first failing step.
import { existsSync, readFileSync } from "node:fs";

const status = Number(process.argv[2] ?? 1);
const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null);
const vitest = read("test-results/vitest.json");
const playwright = read("test-results/playwright.json");

let passed = 0;
let failed = 0;
if (vitest) {
  passed += 2 + vitest.numPassedTests;
  failed +=
    vitest.numFailedTests +
    (vitest.numTotalTestSuites > 0 && vitest.numFailedTestSuites > 0 && vitest.numFailedTests === 0
      ? 1
      : 0);
} else if (status !== 0) {
  failed += 1;
}
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
} else if (vitest && status !== 0) {
  failed += 1;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
