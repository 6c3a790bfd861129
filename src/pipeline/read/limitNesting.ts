import { articleParagraphs } from "./articleParagraphs.ts";

/**
 * Flattens what is nested deeper than `maxDepth` elements into plain paragraphs, in place.
 *
 * Readability's time grows with the cube of nesting depth: a chain of 1,000 unclosed <div>s
 * (17 KB) took 10 s, 2,000 took 66 s. Real pages nest a few dozen deep; deeper is malformed
 * markup, whose text is kept, one <p> per paragraph, and whose structure is not.
 */
export function limitNesting(document: Document, maxDepth: number): void {
  const stack: [Element, number][] = [[document.documentElement, 1]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [element, depth] = item;
    const children = [...element.children];
    if (depth < maxDepth) {
      for (const child of children) stack.push([child, depth + 1]);
    } else if (children.length > 0) {
      // Paragraphs are set as text: nothing from the page is parsed again as markup.
      const paragraphs = articleParagraphs(element).map((text) => {
        const p = document.createElement("p");
        p.textContent = text;
        return p;
      });
      element.replaceChildren(...paragraphs);
    }
  }
}
