/**
 * A URL-safe id for a source from its file name ("000_9f9f3e68be64b7ae.txt" →
 * "000_9f9f3e68be64b7ae"), unique within `used`; names in other scripts get a short hash.
 */
export function sourceId(file: string, used: Set<string>): string {
  const stem = (file.split("/").pop() ?? file).replace(/\.[^.]+$/, "");
  const ascii = stem
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  let base = ascii.replace(/[^a-z0-9_-]+/g, "-").replace(/^[-_]+|[-_]+$/g, "");
  // A name of marks or symbols alone ("̀.txt") leaves nothing: it is named by its hash.
  if (base !== ascii || base === "") base = `${base || "source"}-${hash(stem)}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const char of text) h = Math.imul(h ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return h.toString(36).slice(0, 6);
}
