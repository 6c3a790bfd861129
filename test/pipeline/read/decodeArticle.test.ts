import { describe, expect, it } from "vitest";
import { decodeArticle } from "../../../src/pipeline/read/decodeArticle.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("decodeArticle", () => {
  it("decodes UTF-8, drops a byte-order mark and normalises line ends", () => {
    expect(decodeArticle(bytes("\uFEFFTitle\r\nBody"))).toEqual({ ok: true, text: "Title\nBody" });
  });

  it("composes decomposed Vietnamese so quotes compare equal", () => {
    const decoded = decodeArticle(bytes("Cu\u031b\u0309a"));
    expect(decoded.ok && decoded.text).toBe("Cửa");
  });

  it("names the first bad byte of invalid UTF-8", () => {
    const decoded = decodeArticle(new Uint8Array([0x41, 0x42, 0xff, 0xfe]));
    expect(decoded).toMatchObject({ ok: false, reason: "unreadable" });
    expect(!decoded.ok && decoded.message).toContain("offset 2");
  });

  it("names the first bad byte of an overlong, surrogate or out-of-range sequence", () => {
    // Each starts with valid lead and continuation bits, yet UTF-8 forbids it from offset 1.
    for (const bad of [
      [0x41, 0xe0, 0x80, 0x80, 0x42],
      [0x41, 0xed, 0xa0, 0x80],
      [0x41, 0xf4, 0x90, 0x80, 0x80],
      [0x41, 0xf0, 0x80, 0x80, 0x80],
    ]) {
      const decoded = decodeArticle(new Uint8Array(bad));
      expect(!decoded.ok && decoded.message).toContain("bad byte at offset 1;");
    }
  });

  it("refuses binary files", () => {
    expect(decodeArticle(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toMatchObject({
      ok: false,
      reason: "unreadable",
    });
  });

  it("reports an empty or blank file as empty", () => {
    expect(decodeArticle(bytes(""))).toMatchObject({ ok: false, reason: "empty" });
    expect(decodeArticle(bytes(" \n\t\n"))).toMatchObject({ ok: false, reason: "empty" });
  });
});
