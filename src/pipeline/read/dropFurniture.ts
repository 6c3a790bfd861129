// Page furniture by its markup: controls, navigation, asides, footers, dialogs (cookie banners),
// and what the page hides. Readability's own lists know these words in English only.
const FURNITURE = [
  "aside",
  "button",
  "footer",
  "form",
  "input",
  "nav",
  "select",
  "textarea",
  "[hidden]",
  '[aria-hidden="true"]',
  '[role="alertdialog"]',
  '[role="banner"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[role="dialog"]',
  '[role="navigation"]',
].join(",");

// Share bars, newsletter boxes and consent layers by class or id, as CMSes name them.
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:share|sharing|partage|partager|teilen|compartir|condividi|social|newsletter|subscribe|consent|cookies?)(?:$|[\s_-])/i;
// An element named so but holding more text than this is a container of the article.
const FURNITURE_LONGEST = 300;
// "Facebook", "Read more: …", a row of tags: a short block that is nothing but links.
const LINKS_LONGEST = 80;

/** Removes page furniture that markup identifies, in place, before the article is looked for. */
export function dropFurniture(document: Document): void {
  for (const element of [...document.querySelectorAll(FURNITURE)]) element.remove();
  for (const element of [...document.querySelectorAll("[class],[id]")]) {
    const name = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (FURNITURE_NAME.test(name) && text(element).length <= FURNITURE_LONGEST) element.remove();
  }
  for (const element of [...document.querySelectorAll("p,li,div,dd")]) {
    const all = text(element);
    if (!all || all.length > LINKS_LONGEST) continue;
    const linked = [...element.querySelectorAll("a")].map(text).join("");
    if (linked.replace(/\s/g, "").length >= all.replace(/\s/g, "").length) element.remove();
  }
}

function text(element: Element): string {
  return (element.textContent ?? "").trim();
}
