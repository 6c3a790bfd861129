import { describe, expect, it } from "vitest";
import { isWebUrl } from "../../src/model/webUrl.ts";

describe("isWebUrl", () => {
  it("accepts absolute http and https URLs", () => {
    expect(isWebUrl("https://example.org/article?id=1#top")).toBe(true);
    expect(isWebUrl("http://example.org")).toBe(true);
    expect(isWebUrl("HTTPS://EXAMPLE.ORG/")).toBe(true);
  });

  it("refuses schemes that run code, read files or leave the web", () => {
    for (const url of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "\u0001javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "file:///etc/passwd",
      "ftp://example.org/a.txt",
      "mailto:someone@example.org",
      "vbscript:msgbox(1)",
    ]) {
      expect(isWebUrl(url), url).toBe(false);
    }
  });

  it("refuses relative and malformed URLs", () => {
    for (const url of ["", "example.org/a", "//example.org/a", "/a", "https://", "not a url"]) {
      expect(isWebUrl(url), url).toBe(false);
    }
  });
});
