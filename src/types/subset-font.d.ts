// subset-font ships no types; this is the part of its API the build uses.
declare module "subset-font" {
  /** HarfBuzz's subsetter: `font` (TrueType, OpenType, WOFF or WOFF2) cut to `text`'s characters. */
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { readonly targetFormat?: "sfnt" | "woff" | "woff2" | "truetype" },
  ): Promise<Buffer>;
}
