import type { Plugin } from "vite";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../src/pipeline/contentSecurityPolicy.ts";
import { contentSecurityPolicy } from "../../src/pipeline/cspPlugin.ts";

const plugin = contentSecurityPolicy();
const transform = plugin.transformIndexHtml as (html: string) => string;
const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Exitline</title>
    <script type="module" src="/src/app/main.tsx"></script>
  </head>
</html>`;

describe("contentSecurityPolicy plugin", () => {
  it("puts the policy right after the charset, before any script", () => {
    const html = transform(INDEX);
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
    expect(html).toContain(`<meta charset="UTF-8" />\n    ${meta}\n    <title>`);
    expect(html.indexOf(meta)).toBeLessThan(html.indexOf("<script"));
  });

  it("applies to the build only: the dev server's hot reload needs inline scripts", () => {
    expect((plugin as Plugin).apply).toBe("build");
  });

  it("fails the build rather than ship a page without the policy", () => {
    expect(() => transform("<html><head><title>x</title></head></html>")).toThrow(/charset/);
  });
});

describe("the policy", () => {
  it("allows scripts from the site only, with no inline script and no eval", () => {
    const directives = CONTENT_SECURITY_POLICY.split("; ");
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("object-src 'none'");
    expect(directives).toContain("base-uri 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|frame-ancestors/);
  });
});
