// The bulk of an oversized saved page is not its text: inline scripts (a framework's state can
// hold megabytes), stylesheets, and images or fonts inlined as data: URLs.
const BULK =
  /<!--|<(script|style|svg)\b([^>]{0,2000})>|\s(?:src|srcset|href|poster)\s*=\s*"data:/gi;

/**
 * At most `max` characters of a page, to bound the time Readability takes. A page over the
 * limit first loses the contents of its scripts (JSON-LD kept) and styles and its inline
 * data: URLs; what is still over the limit is cut off. Linear: each search starts where the last
 * ended, and an unclosed script, style or comment runs to the end of the page, as in a browser.
 */
export function cutPage(html: string, max: number): string {
  if (html.length <= max) return html;
  const kept: string[] = [];
  let from = 0;
  const bulk = new RegExp(BULK);
  for (let m = bulk.exec(html); m !== null; m = bulk.exec(html)) {
    const start = m.index + m[0].length;
    let end: number;
    if (m[0] === "<!--") {
      end = html.indexOf("-->", start);
      if (end === -1) break;
      bulk.lastIndex = end;
      continue;
    }
    if (m[1] === undefined) end = html.indexOf('"', start);
    else if (/application\/ld\+json/i.test(m[2] ?? "")) continue;
    else end = closingTag(html, m[1], start);
    kept.push(html.slice(from, start));
    if (end === -1) {
      from = html.length;
      break;
    }
    from = end;
    bulk.lastIndex = end;
  }
  kept.push(html.slice(from));
  return kept.join("").slice(0, max);
}

function closingTag(html: string, tag: string, from: number): number {
  const close = new RegExp(`</${tag}\\s*>`, "gi");
  close.lastIndex = from;
  return close.exec(html)?.index ?? -1;
}
