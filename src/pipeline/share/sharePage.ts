import type { TimelineEvent } from "../../model/dataset.ts";
import { previewPath, sharePath } from "../../model/sharePath.ts";
import { CSP_META_TAG } from "../contentSecurityPolicy.ts";
import { escapeHtml } from "./html.ts";
import { REDIRECT_SCRIPT_PATH } from "./redirectScript.ts";

/** What every share page needs besides its event. */
export interface ShareContext {
  /** The public base URL, ending in "/" (from SITE_URL). */
  readonly siteUrl: string;
  /** The event's actor's name, for the preview's alt text. */
  readonly company: string;
  /** The event's detail with its sources, as the explorer shows it, prerendered: trusted markup. */
  readonly detail: string;
  /** The app's stylesheet, relative to the site root, which the detail is drawn with. */
  readonly stylesheet: string;
}

/**
 * A static page for one event, for link previews: its own title, description, canonical link,
 * Open Graph and Twitter card tags with absolute URLs, and the event's detail with its sources,
 * readable without scripts. A browser that runs scripts is sent on to the explorer open on the
 * event, by a relative link, so it works under any sub-path of any static host. The page runs
 * under the site's Content-Security-Policy: its redirect is a script file. There is no meta
 * refresh: without scripts, this page is the better one to read, and it links to the explorer.
 */
export function renderSharePage(
  event: TimelineEvent,
  { siteUrl, company, detail, stylesheet }: ShareContext,
): string {
  const url = new URL(sharePath(event.id), siteUrl).href;
  const image = new URL(previewPath(event.id), siteUrl).href;
  // The page sits at e/<id>/: two levels below the site root.
  const root = "../../";
  const app = `${root}?e=${encodeURIComponent(event.id)}&v=1`;
  const title = escapeHtml(event.title);
  const description = escapeHtml(event.summary);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    ${CSP_META_TAG}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} · Exitline</title>
    <meta name="description" content="${description}" />
    <link rel="canonical" href="${escapeHtml(url)}" />
    <meta property="og:type" content="article" />
    <meta property="og:site_name" content="Exitline" />
    <meta property="og:title" content="${title}" />
    <meta property="og:description" content="${description}" />
    <meta property="og:url" content="${escapeHtml(url)}" />
    <meta property="og:image" content="${escapeHtml(image)}" />
    <meta property="og:image:width" content="1200" />
    <meta property="og:image:height" content="630" />
    <meta property="og:image:alt" content="${escapeHtml(`${event.title}: ${company}`)}" />
    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:title" content="${title}" />
    <meta name="twitter:description" content="${description}" />
    <meta name="twitter:image" content="${escapeHtml(image)}" />
    <link rel="stylesheet" href="${escapeHtml(root + stylesheet)}" />
    <script src="${root}${REDIRECT_SCRIPT_PATH}" data-to="${escapeHtml(app)}"></script>
  </head>
  <body class="share-page">
    <main>
      ${detail}
      <p class="open-in-app"><a href="${escapeHtml(app)}">Open “${title}” in Exitline</a></p>
    </main>
  </body>
</html>
`;
}

/** The sitemap: the explorer and every event's share page, as absolute URLs. */
export function renderSitemap(eventIds: readonly string[], siteUrl: string): string {
  const urls = [siteUrl, ...eventIds.map((id) => new URL(sharePath(id), siteUrl).href)];
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `  <url><loc>${escapeHtml(u)}</loc></url>`).join("\n")}
</urlset>
`;
}

/** robots.txt: everything may be crawled; the sitemap lists the event pages. */
export function renderRobots(siteUrl: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${new URL("sitemap.xml", siteUrl).href}\n`;
}
