import { decodeHTML } from "entities";

// Elements that end one paragraph and start another. Table cells only separate words.
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "br",
  "caption",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
]);
const CELLS = new Set(["td", "th"]);
// Elements whose content is code, styling or a fallback, never the article's words.
const SKIPPED = new Set([
  "canvas",
  "head",
  "iframe",
  "math",
  "noscript",
  "object",
  "script",
  "style",
  "svg",
  "template",
]);

const TAG_START = /<(\/?)([A-Za-z][\w:.-]*)/y;
const closers = new Map<string, RegExp>();

/**
 * The paragraphs of an HTML fragment as plain text: block elements separate paragraphs, tags are
 * dropped, entities decoded once, whitespace collapsed. The output is text, never markup: an
 * escaped "&lt;script&gt;" stays the literal words "<script>". One pass with indexOf and sticky
 * regexes, so the time is linear in the input even when a tag or comment is never closed (what
 * follows an unclosed tag or comment is dropped, as a browser does at the end of the input).
 */
export function htmlToParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  let words = "";
  const flush = () => {
    const paragraph = collapse(words);
    if (paragraph) paragraphs.push(paragraph);
    words = "";
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt === -1) {
      words += decodeHTML(html.slice(i));
      break;
    }
    words += decodeHTML(html.slice(i, lt));
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      if (end === -1) break;
      i = end + 3;
      continue;
    }
    TAG_START.lastIndex = lt;
    const tag = TAG_START.exec(html);
    if (!tag) {
      if (html[lt + 1] === "!" || html[lt + 1] === "?") {
        // A doctype, CDATA marker or processing instruction: no words in it.
        const end = html.indexOf(">", lt);
        if (end === -1) break;
        i = end + 1;
      } else {
        // "a < b" is text.
        words += "<";
        i = lt + 1;
      }
      continue;
    }
    const end = tagEnd(html, TAG_START.lastIndex);
    if (end === -1) break;
    // "xhtml:p" in Atom's XHTML content is a p.
    const name = (tag[2] ?? "").toLowerCase().replace(/^.*:/, "");
    const closing = tag[1] === "/";
    const selfClosing = html[end - 2] === "/";
    i = end;
    if (!closing && !selfClosing && SKIPPED.has(name)) {
      const closer = closerOf(name);
      closer.lastIndex = end;
      if (!closer.exec(html)) break;
      i = closer.lastIndex;
    } else if (BLOCKS.has(name)) {
      flush();
    } else if (CELLS.has(name)) {
      words += " ";
    }
  }
  flush();
  return paragraphs;
}

/** The paragraphs of plain text: every non-blank line is one, its whitespace collapsed. */
export function textToParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const line of text.split(/\r\n?|\n/)) {
    const paragraph = collapse(line);
    if (paragraph) paragraphs.push(paragraph);
  }
  return paragraphs;
}

/** The text with CRLF and CR line ends as LF; a text without CR is returned as it is. */
export function normaliseLineEnds(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

// The index just past the tag's ">", skipping quoted attribute values, or -1 if it never ends.
function tagEnd(html: string, from: number): number {
  for (let j = from; j < html.length; j++) {
    const c = html[j];
    if (c === ">") return j + 1;
    if (c !== "=") continue;
    let k = j + 1;
    while (k < html.length && /\s/.test(html[k] ?? "")) k++;
    const quote = html[k];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, k + 1);
      if (close === -1) return -1;
      j = close;
    } else {
      j = k - 1;
    }
  }
  return -1;
}

function closerOf(name: string): RegExp {
  let closer = closers.get(name);
  if (!closer) {
    closer = new RegExp(`</(?:[\\w.-]+:)?${name}\\s*>`, "gi");
    closers.set(name, closer);
  }
  return closer;
}
