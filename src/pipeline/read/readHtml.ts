import { createRequire } from "node:module";
import type { Readability as ReadabilityType } from "@mozilla/readability";
import type { DOMParser as DOMParserType } from "linkedom";
import { articleParagraphs } from "./articleParagraphs.ts";
import { cutPage } from "./cutPage.ts";
import { dropFurniture } from "./dropFurniture.ts";
import { limitNesting } from "./limitNesting.ts";
import { readPageMeta, type PageMeta } from "./readPageMeta.ts";

// Loaded on the first page: a folder of text files, and every worker that reads one, is spared
// linkedom's 0.2 s of start-up.
const require = createRequire(import.meta.url);
let loaded: { Readability: typeof ReadabilityType; DOMParser: typeof DOMParserType } | null = null;
function libraries() {
  loaded ??= {
    Readability: (require("@mozilla/readability") as { Readability: typeof ReadabilityType })
      .Readability,
    DOMParser: (require("linkedom") as { DOMParser: typeof DOMParserType }).DOMParser,
  };
  return loaded;
}

export type { MetaField, PageMeta } from "./readPageMeta.ts";

/** A saved web page read into article text (headline, blank line, paragraphs), or why not. */
export type ReadPage =
  | { readonly ok: true; readonly text: string; readonly meta: PageMeta }
  | { readonly ok: false; readonly reason: "no-article" | "unreadable"; readonly message: string };

// Readability's time grows with a page's size times its depth: 500,000 characters of unclosed
// <div>s, flattened at depth 32, take 3 to 6 s; a 20 MB page is cut to this in 0.1 s. A news
// page's markup without its scripts, styles and inlined images is 50 to 300 KB.
const MAX_HTML = 500_000;
// Articles sit 10 to 25 elements deep in saved news pages; deeper markup loses its structure.
const MAX_DEPTH = 32;
// Less prose than this is a teaser, an index page or an error page, not an article.
const MIN_PROSE = 200;
// Han, kana and hangul say in one character what other scripts say in two or three.
const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Reads a saved web page (.html, .htm as "Save page as" writes it) into the article's text and
 * the page's metadata. Never throws.
 *
 * The page is only data. linkedom builds a DOM from the markup and nothing else: it has no
 * script engine and no resource loader, so scripts, inline handlers, iframes, images and
 * stylesheets are never run or fetched, and this module never touches `document.defaultView`
 * (linkedom's proxy over the real global object). The article leaves as text read from text
 * nodes; none of it is parsed again as markup.
 */
export function readHtml(html: string): ReadPage {
  try {
    return read(html);
  } catch (error) {
    // linkedom and Readability are not written for hostile input; a page they choke on is
    // reported like any other unreadable file.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: "unreadable", message: `the page could not be parsed: ${message}` };
  }
}

function read(html: string): ReadPage {
  if (!html.trim()) return { ok: false, reason: "unreadable", message: "the page is empty" };
  if (!/<[a-z!]/i.test(html)) {
    return { ok: false, reason: "unreadable", message: "not an HTML page: it has no tags" };
  }
  const document = parseDocument(cutPage(html, MAX_HTML));
  limitNesting(document, MAX_DEPTH);
  const meta = readPageMeta(document);
  const pageTitle = document.querySelector("title")?.textContent?.replace(/\s+/g, " ").trim();
  const heading = document.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim();
  dropFurniture(document);
  // The serializer hands back the content element itself, so its text is read from the DOM.
  const { Readability } = libraries();
  const article = new Readability<Element>(document, {
    serializer: (node) => node as Element,
  }).parse();
  const paragraphs = article?.content ? articleParagraphs(article.content) : [];
  const headline = meta.title ?? (heading || null);
  if (headline && sameText(paragraphs[0], headline)) paragraphs.shift();
  const prose = paragraphs.join("");
  if (prose.length + (prose.match(DENSE)?.length ?? 0) < MIN_PROSE) {
    const titled = pageTitle ? `its <title> is "${clip(pageTitle)}"` : "it has no <title>";
    return {
      ok: false,
      reason: "no-article",
      message: `no article text found in the page (${titled}; ${prose.length} characters of text)`,
    };
  }
  const text = [headline, ...paragraphs].filter(Boolean).join("\n\n");
  return { ok: true, text, meta: { ...meta, title: headline } };
}

function parseDocument(html: string): Document {
  const parser = new (libraries().DOMParser)();
  const document = parser.parseFromString(html, "text/html") as unknown as Document;
  // linkedom builds the tree as written, where a browser would add <html> and <body>: a page
  // without them (a fragment, a file cut short) is parsed again inside a skeleton that has them.
  const root = document.documentElement as Element | null;
  const hasBody = [...(root?.children ?? [])].some((child) => child.nodeName === "BODY");
  if (root?.nodeName === "HTML" && hasBody) return document;
  return parser.parseFromString(
    `<!doctype html><html><head></head><body>${html}</body></html>`,
    "text/html",
  ) as unknown as Document;
}

function sameText(paragraph: string | undefined, headline: string): boolean {
  return paragraph !== undefined && paragraph.toLowerCase() === headline.toLowerCase();
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
