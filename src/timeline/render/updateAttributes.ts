/**
 * Writes only the attributes whose value changed (null removes one): while zooming, most stay
 * the same, and each write, even of the same value, makes the browser restyle the element.
 */
export function updateAttributes(
  element: Element | undefined,
  attributes: Readonly<Record<string, string | number | null>>,
): void {
  if (!element) return;
  for (const name in attributes) {
    const value = attributes[name];
    const next = value === null || value === undefined ? null : String(value);
    if (element.getAttribute(name) === next) continue;
    if (next === null) element.removeAttribute(name);
    else element.setAttribute(name, next);
  }
}
