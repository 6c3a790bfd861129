/** The text of an article file, or why it has none. */
export type DecodedArticle =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: "unreadable" | "empty"; readonly message: string };

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Decodes an article's bytes as UTF-8, refusing binary files and naming the first bad byte. */
export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, reason: "unreadable", message: `binary file: NUL byte at offset ${nul}` };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return {
      ok: false,
      reason: "unreadable",
      message: `not valid UTF-8: bad byte at offset ${firstInvalidByte(bytes)}; save the file as UTF-8`,
    };
  }
  // One form of every character, so evidence quotes and searches compare equal.
  text = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
  if (!text.trim()) return { ok: false, reason: "empty", message: "the file is empty" };
  return { ok: true, text };
}

const SECOND_BYTE: Readonly<Record<number, readonly [number, number]>> = {
  0xe0: [0xa0, 0xbf],
  0xed: [0x80, 0x9f],
  0xf0: [0x90, 0xbf],
  0xf4: [0x80, 0x8f],
};

function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // The second byte's range rules out overlongs (E0 80), surrogates (ED A0) and code points
    // past U+10FFFF (F4 90), which the decoder refuses too (Unicode, table 3-7).
    const [low, high] = SECOND_BYTE[b] ?? [0x80, 0xbf];
    const second = bytes[i + 1] ?? 0;
    if (length > 1 && (second < low || second > high)) return i;
    for (let k = 2; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}
