import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const SRC = fileURLToPath(new URL("../../", import.meta.url));
// The code that decides what an article gives: the pipeline, the model it writes, and the
// locked versions of the libraries it calls (language detection, country names).
const PARTS = ["pipeline", "model"];

let memo: string | null = null;

/**
 * A hash of the pipeline's own code and lexicons. A cached result is valid only for the version
 * that made it, so editing a lexicon or a stage reads every article again.
 */
export function pipelineVersion(): string {
  if (memo) return memo;
  const hash = createHash("sha256");
  for (const part of PARTS) {
    for (const file of listFiles(join(SRC, part))) {
      hash.update(relative(SRC, file)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  try {
    hash.update(readFileSync(join(SRC, "../package-lock.json")));
  } catch {
    // A checkout without a lock file: the code alone decides.
  }
  memo = hash.digest("hex").slice(0, 16);
  return memo;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
