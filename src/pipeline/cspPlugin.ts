import type { Plugin } from "vite";
import { CSP_META_TAG } from "./contentSecurityPolicy.ts";

const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;

/**
 * Puts the Content-Security-Policy meta tag into the built index.html, right after the charset.
 * Build only: the dev server injects inline scripts for hot reloading, which the policy forbids.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: "exitline-csp",
    apply: "build",
    transformIndexHtml(html) {
      const charset = CHARSET.exec(html);
      // Without the tag the build would ship unprotected pages and nothing would say so.
      if (!charset) throw new Error("index.html needs a <meta charset> to put the CSP after");
      const end = charset.index + charset[0].length;
      return `${html.slice(0, end)}\n    ${CSP_META_TAG}${html.slice(end)}`;
    },
  };
}
