import { sharePath } from "../../model/sharePath.ts";
import { parseViewState } from "../state/viewState.ts";

/**
 * The address of an event's share page, which has its title and preview image for link
 * previews. It carries the interface language of the page's own link, if any: the share page
 * passes it on to the explorer.
 */
export function shareLink(eventId: string, base: string, search: string): string {
  const url = new URL(sharePath(eventId), base);
  const { lang } = parseViewState(search);
  if (lang) url.searchParams.set("lang", lang);
  return url.href;
}
