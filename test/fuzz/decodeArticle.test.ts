import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeArticle, type DecodedArticle } from "../../src/pipeline/read/decodeArticle.ts";
import { multiScriptText, utf16 } from "./arbitraries.ts";

const fatal = new TextDecoder("utf-8", { fatal: true });
const isUtf8 = (bytes: Uint8Array) => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** What any decoding must look like: usable text, or a named reason with a message. */
function expectWellFormed(decoded: DecodedArticle): void {
  if (decoded.ok) {
    expect(decoded.text.trim()).not.toBe("");
    expect(decoded.text).not.toContain("\r");
    expect(decoded.text).toBe(decoded.text.normalize("NFC"));
  } else {
    expect(["unreadable", "empty"]).toContain(decoded.reason);
    expect(decoded.message).not.toBe("");
  }
}

/** The text decodeArticle promises for a string saved as UTF-8. */
const expected = (text: string) =>
  text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");

// Biased towards the bytes UTF-8 decoders get wrong: lead bytes, continuations, overlongs
// (C0, E0 80), surrogates (ED A0), and code points past U+10FFFF (F4 90, F5–FF).
const trickyByte = fc.oneof(
  fc.integer({ min: 0, max: 255 }),
  fc.integer({ min: 0x80, max: 0xbf }),
  fc.constantFrom(0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x90),
);
const randomBytes = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc.array(trickyByte, { maxLength: 24 }).map((b) => Uint8Array.from(b)),
  // Valid text with a few bytes overwritten: the bad byte sits after real characters.
  fc
    .tuple(
      multiScriptText(40),
      fc.array(fc.tuple(fc.nat(), trickyByte), { minLength: 1, maxLength: 3 }),
    )
    .map(([text, edits]) => {
      const bytes = new TextEncoder().encode(text);
      for (const [at, byte] of edits) if (bytes.length) bytes[at % bytes.length] = byte;
      return bytes;
    }),
);

// NUL marks a binary file, and a U+FEFF opening the text would itself be read as the BOM.
const savedText = multiScriptText().map((text) =>
  text.replaceAll("\0", "").replace(/^\uFEFF+/, ""),
);

describe("decodeArticle on any input", () => {
  it("never throws on random bytes, and names why it refuses them", () => {
    fc.assert(
      fc.property(randomBytes, (bytes) => {
        const decoded = decodeArticle(bytes);
        expectWellFormed(decoded);
        expect(decoded.ok || decoded.reason === "empty").toBe(isUtf8(bytes) && !bytes.includes(0));
      }),
      { numRuns: 400 },
    );
  });

  it("names the first bad byte of invalid UTF-8: everything before it decodes", () => {
    fc.assert(
      fc.property(randomBytes, (bytes) => {
        const decoded = decodeArticle(bytes);
        const offset = /bad byte at offset (\d+)/.exec(decoded.ok ? "" : decoded.message)?.[1];
        fc.pre(offset !== undefined);
        const at = Number(offset);
        expect(at).toBeLessThan(bytes.length);
        expect(isUtf8(bytes.subarray(0, at))).toBe(true);
        expect(isUtf8(bytes.subarray(0, at + 4))).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it("returns any text saved as UTF-8, with or without a BOM, in NFC with LF line ends", () => {
    fc.assert(
      fc.property(savedText, fc.boolean(), (text, bom) => {
        const decoded = decodeArticle(new TextEncoder().encode((bom ? "\uFEFF" : "") + text));
        expectWellFormed(decoded);
        // TextEncoder writes a lone surrogate as U+FFFD, so compare with what was saved.
        const saved = new TextDecoder().decode(new TextEncoder().encode(text));
        const want = expected(saved);
        if (want.trim()) expect(decoded).toEqual({ ok: true, text: want });
        else expect(decoded).toMatchObject({ ok: false, reason: "empty" });
      }),
      { numRuns: 300 },
    );
  });

  it("refuses UTF-16 with a BOM as unreadable, and never throws without one", () => {
    fc.assert(
      fc.property(multiScriptText(), fc.boolean(), fc.boolean(), (text, littleEndian, bom) => {
        const decoded = decodeArticle(utf16(text, littleEndian, bom));
        expectWellFormed(decoded);
        // FF FE and FE FF can never start UTF-8: the file is refused, never read as mojibake.
        if (bom) {
          expect(decoded).toMatchObject({ ok: false, reason: "unreadable" });
          expect(!decoded.ok && decoded.message).toMatch(/offset \d+/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
