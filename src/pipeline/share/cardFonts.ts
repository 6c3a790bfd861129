import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import subsetFont from "subset-font";

const require = createRequire(import.meta.url);

/**
 * The cards' fonts, from npm, all under the SIL Open Font License: Inter for Latin and
 * Vietnamese, Noto Sans Arabic and Noto Sans SC (Simplified Chinese), each regular and bold.
 * TrueType files, which resvg reads (it does not read WOFF2, the format of most web-font
 * packages).
 */
const FACES = [
  "@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf",
  "@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf",
  "@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf",
  "@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf",
  "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
  "@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf",
];

/**
 * The card fonts cut down to the characters in `text`, written into `dir` once per set of
 * characters. A Noto Sans SC face is 10 MB; cut to a build's few hundred characters it is tens
 * of kilobytes, which each card reads in a fraction of a millisecond. The subsetter is
 * HarfBuzz's (subset-font), which keeps the layout tables that Arabic's joining forms need.
 */
export async function cardFonts(text: string, dir: string): Promise<string[]> {
  const characters = [...new Set(text)].sort().join("");
  const key = createHash("sha256").update(characters).digest("hex").slice(0, 16);
  mkdirSync(dir, { recursive: true });
  return Promise.all(
    FACES.map(async (face) => {
      const file = join(dir, `${basename(face, ".ttf")}-${key}.ttf`);
      if (existsSync(file)) return file;
      const subset = await subsetFont(readFileSync(require.resolve(face)), characters, {
        targetFormat: "sfnt",
      });
      // Written aside and renamed: a build starting now must never read half a font.
      const part = `${file}.${process.pid}`;
      writeFileSync(part, subset);
      renameSync(part, file);
      return file;
    }),
  );
}
