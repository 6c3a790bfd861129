import { decodeXML } from "entities";
import { htmlToParagraphs, textToParagraphs } from "./paragraphs.ts";

/** How a feed says its element's text is to be read: Atom's `type`, or RSS's HTML by custom. */
export type ContentType = "text" | "html";

/** An element's text: the string itself, or the `#text` beside its attributes. */
export function elementText(element: unknown): string | null {
  if (typeof element === "string") return element;
  if (element && typeof element === "object" && "#text" in element) {
    const text = (element as { "#text": unknown })["#text"];
    return typeof text === "string" ? text : null;
  }
  return null;
}

/** An attribute of a parsed element, or null. */
export function attribute(element: unknown, name: string): string | null {
  if (!element || typeof element !== "object") return null;
  const value = (element as Record<string, unknown>)[`@_${name}`];
  return typeof value === "string" ? value : null;
}

/**
 * The paragraphs of a title, description or content element, read from its raw XML (the parser
 * leaves these unparsed). Its `type` attribute decides how, falling back to the feed's custom:
 * "text" is plain text even if it looks like markup; "html" is escaped or CDATA-wrapped HTML;
 * "xhtml", or child elements where none were expected, is markup as it stands. Out-of-line
 * (`src`) and binary content types carry no words.
 */
export function feedContent(element: unknown, fallback: ContentType): string[] {
  const raw = elementText(element);
  if (raw === null || attribute(element, "src") !== null) return [];
  const type = (attribute(element, "type") ?? fallback).toLowerCase();
  const { markup, value } = splitCdata(raw);
  if (markup || type === "html" || type === "text/html") return htmlToParagraphs(value);
  if (type === "text" || type === "xhtml" || type.startsWith("text/") || type.endsWith("xml")) {
    return textToParagraphs(value);
  }
  return [];
}

// The element's string value (entities decoded, CDATA unwrapped) or, when it has child
// elements, its markup with CDATA escaped so that it stays text inside that markup.
function splitCdata(raw: string): { markup: boolean; value: string } {
  const outside: string[] = [];
  const cdata: string[] = [];
  let i = 0;
  while (i < raw.length) {
    const start = raw.indexOf("<![CDATA[", i);
    const end = start === -1 ? -1 : raw.indexOf("]]>", start + 9);
    if (end === -1) {
      outside.push(raw.slice(i));
      break;
    }
    outside.push(raw.slice(i, start));
    cdata.push(raw.slice(start + 9, end));
    i = end + 3;
  }
  const markup = outside.some((text) => text.includes("<"));
  let value = "";
  outside.forEach((text, index) => {
    const literal = cdata[index] ?? "";
    value += markup ? text + escapeHtml(literal) : decodeXML(text) + literal;
  });
  return { markup, value };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
