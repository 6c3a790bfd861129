// Elements that end a paragraph where they start and where they end.
const BLOCKS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "BR",
  "DD",
  "DETAILS",
  "DIV",
  "DL",
  "DT",
  "FIGURE",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
]);

// Never text: code, styling, controls. A caption describes a picture, and set between two
// paragraphs it would split the article's prose; photo credits live there too.
const SKIPPED = new Set([
  "BUTTON",
  "FIGCAPTION",
  "IFRAME",
  "NOSCRIPT",
  "SCRIPT",
  "SELECT",
  "STYLE",
  "SVG",
  "TEMPLATE",
  "TEXTAREA",
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The paragraphs of an element's text, one per block element (p, headings, list items, quotes,
 * divs with text of their own), with whitespace collapsed. Reads text nodes only, so nothing in
 * the page is ever parsed again as markup.
 */
export function articleParagraphs(root: Element): string[] {
  const paragraphs: string[] = [];
  let open = "";
  const close = () => {
    const text = open.replace(/\s+/g, " ").trim();
    if (text) paragraphs.push(text);
    open = "";
  };
  // An explicit stack: a malformed page can nest elements deeper than the call stack reaches.
  const stack: (Node | "end")[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === "end") {
      close();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      open += node.nodeValue ?? "";
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE || SKIPPED.has(node.nodeName.toUpperCase())) continue;
    if (BLOCKS.has(node.nodeName.toUpperCase())) {
      close();
      stack.push("end");
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  close();
  return paragraphs;
}
