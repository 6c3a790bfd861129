import { accessSync, constants, statSync } from "node:fs";

/** Debian's Chromium, and the flags it needs to run headless in this sandbox with no network. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** What is missing, in one line with the fix, when `path` is not a runnable browser; else null. */
export function missingChromium(path: string): string | null {
  try {
    if (statSync(path).isFile()) {
      accessSync(path, constants.X_OK);
      return null;
    }
  } catch {
    // Missing or not executable: said below.
  }
  return `The browser tests need Chromium, and there is no runnable browser at ${path}: install it with "apt-get install -y chromium", or set CHROMIUM_PATH to a Chromium or Chrome binary.`;
}
