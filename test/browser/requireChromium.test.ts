import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const SCRIPT = join(import.meta.dirname, "requireChromium.ts");
const TSX = join(import.meta.dirname, "../../node_modules/.bin/tsx");

async function check(chromium: string) {
  try {
    const { stdout, stderr } = await run(TSX, [SCRIPT], {
      env: { ...process.env, CHROMIUM_PATH: chromium },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe("the check before the browser tests", () => {
  it("fails with one line saying what is missing and how to install it", async () => {
    const { code, output } = await check("/nonexistent");
    expect(code).toBe(1);
    expect(output.trim().split("\n")).toHaveLength(1);
    expect(output).toContain("/nonexistent");
    expect(output).toContain('"apt-get install -y chromium"');
    expect(output).toContain("CHROMIUM_PATH");
  });

  it("fails on a folder or a file that cannot run", async () => {
    expect((await check(import.meta.dirname)).code).toBe(1);
    expect((await check(SCRIPT)).code).toBe(1);
  });

  it("passes silently when the browser is there", async () => {
    // Any executable stands in for Chromium: the check does not start it.
    expect(await check(process.execPath)).toEqual({ code: 0, output: "" });
  });
});
