import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
// Fonts come from npm (Inter, SIL Open Font License), so every build draws the same card.
const FONTS = [
  "@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf",
  "@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf",
].map((f) => require.resolve(f));

/**
 * Rasterises an SVG card to PNG with resvg (a Rust renderer shipped as an npm package: no
 * browser, no outside service). Results are cached by content, so a rebuild only draws the
 * cards that changed.
 */
export function renderPng(svg: string, cacheDir: string): Buffer {
  const key = createHash("sha256").update(svg).digest("hex").slice(0, 32);
  const cached = join(cacheDir, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = new Resvg(svg, {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "Inter" },
  })
    .render()
    .asPng();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
