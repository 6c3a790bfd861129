// Runs before the browser tests (`npm run test:browser`): without Chromium, Playwright would fail
// every test with a long launch error; this says in one line what is missing and how to fix it.
import { CHROMIUM_PATH, missingChromium } from "./chromium.ts";

const problem = missingChromium(CHROMIUM_PATH);
if (problem) {
  console.error(problem);
  process.exit(1);
}
