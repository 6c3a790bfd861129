/** Where an event's share page lives, relative to the site root: `e/<id>/`. */
export function sharePath(eventId: string): string {
  return `e/${encodeURIComponent(eventId)}/`;
}

/** Where an event's preview image lives, relative to the site root. */
export function previewPath(eventId: string): string {
  return `og/${encodeURIComponent(eventId)}.png`;
}
