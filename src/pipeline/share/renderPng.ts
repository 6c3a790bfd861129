import { Resvg } from "@resvg/resvg-js";
import { encodePng } from "./encodePng.ts";

/**
 * Rasterises an SVG card to PNG with resvg (a Rust renderer shipped as an npm package: no
 * browser, no outside service), in the given font files only, so every build draws the same
 * card. resvg shapes text with the fonts (Arabic letters joined, marks placed). Fonts are named
 * as files: resvg reads them lazily, where font buffers would be copied in for every card.
 */
export function renderPng(svg: string, fontFiles: readonly string[]): Buffer {
  const image = new Resvg(svg, {
    font: { fontFiles: [...fontFiles], loadSystemFonts: false, defaultFontFamily: "Inter" },
  }).render();
  return encodePng(image.pixels, image.width, image.height);
}
