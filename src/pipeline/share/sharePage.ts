import {
  DEFAULT_LOCALE,
  ENDONYMS,
  HTML_LANG,
  LOCALES,
  OG_LOCALE,
  localeDirection,
  type Locale,
} from "../../i18n/locales.ts";
import type { Messages } from "../../i18n/messages/types.ts";
import { localePreviewPath, localeSharePath } from "../../i18n/sharePaths.ts";
import { CSP_META_TAG } from "../contentSecurityPolicy.ts";
import { escapeHtml } from "./html.ts";
import { REDIRECT_SCRIPT_PATH } from "./redirectScript.ts";

/** What every share page needs besides its event. */
export interface ShareContext {
  /** The public base URL, ending in "/" (from SITE_URL). */
  readonly siteUrl: string;
  /** The app's stylesheet, relative to the site root, which the detail is drawn with. */
  readonly stylesheet: string;
}

/** One event's share page in one language. */
export interface SharePageContent {
  readonly eventId: string;
  readonly locale: Locale;
  /** The interface's words in that language. */
  readonly messages: Messages;
  /** The event's title and summary in that language, as plain text. */
  readonly title: string;
  readonly summary: string;
  /** The event's actor's name, for the preview's alt text. */
  readonly company: string;
  /** The event's detail with its sources, as the explorer shows it, prerendered: trusted markup. */
  readonly detail: string;
}

/**
 * A static page for one event in one language, for link previews and readers without scripts:
 * its own title, description, canonical link, Open Graph and Twitter card tags with absolute
 * URLs, `og:locale` and `hreflang` alternates naming the page in every language (English, at
 * `e/<id>/`, is the default), and the event's detail with its sources. A browser that runs
 * scripts is sent on to the explorer open on the event, in the page's language (English leaves
 * it to the reader's browser), by a relative link, so it works under any sub-path of any static
 * host. The redirect is a script file, for the site's Content-Security-Policy. There is no meta
 * refresh: without scripts, this page is the better one to read, and it links to the explorer.
 */
export function renderSharePage(page: SharePageContent, { siteUrl, stylesheet }: ShareContext) {
  const { eventId, locale, messages } = page;
  const path = localeSharePath(eventId, locale);
  const url = new URL(path, siteUrl).href;
  const image = new URL(localePreviewPath(eventId, locale), siteUrl).href;
  // Relative links climb from the page's folder (e/<id>/ or e/<id>/fr/) to the site root.
  const root = "../".repeat(path.split("/").filter(Boolean).length);
  const lang = locale === DEFAULT_LOCALE ? "" : `&lang=${locale}`;
  const app = `${root}?e=${encodeURIComponent(eventId)}&v=1${lang}`;
  const home = locale === DEFAULT_LOCALE ? root : `${root}?lang=${locale}&v=1`;
  const title = escapeHtml(page.title);
  const description = escapeHtml(page.summary);
  const others = LOCALES.filter((l) => l !== locale);
  const alternates = [
    ...LOCALES.map(
      (l) =>
        `<link rel="alternate" hreflang="${HTML_LANG[l]}" href="${escapeHtml(new URL(localeSharePath(eventId, l), siteUrl).href)}" />`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(new URL(localeSharePath(eventId, DEFAULT_LOCALE), siteUrl).href)}" />`,
  ];
  const languages = others.map(
    (l) =>
      `<li><a href="${escapeHtml(root + localeSharePath(eventId, l))}" hreflang="${HTML_LANG[l]}" lang="${HTML_LANG[l]}">${escapeHtml(ENDONYMS[l])}</a></li>`,
  );
  return `<!doctype html>
<html lang="${HTML_LANG[locale]}" dir="${localeDirection(locale)}">
  <head>
    <meta charset="UTF-8" />
    ${CSP_META_TAG}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} · Exitline</title>
    <meta name="description" content="${description}" />
    <link rel="canonical" href="${escapeHtml(url)}" />
    ${alternates.join("\n    ")}
    <meta property="og:type" content="article" />
    <meta property="og:site_name" content="Exitline" />
    <meta property="og:locale" content="${OG_LOCALE[locale]}" />
    ${others.map((l) => `<meta property="og:locale:alternate" content="${OG_LOCALE[l]}" />`).join("\n    ")}
    <meta property="og:title" content="${title}" />
    <meta property="og:description" content="${description}" />
    <meta property="og:url" content="${escapeHtml(url)}" />
    <meta property="og:image" content="${escapeHtml(image)}" />
    <meta property="og:image:width" content="1200" />
    <meta property="og:image:height" content="630" />
    <meta property="og:image:alt" content="${escapeHtml(`${page.title}: ${page.company}`)}" />
    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:title" content="${title}" />
    <meta name="twitter:description" content="${description}" />
    <meta name="twitter:image" content="${escapeHtml(image)}" />
    <link rel="stylesheet" href="${escapeHtml(root + stylesheet)}" />
    <script src="${root}${REDIRECT_SCRIPT_PATH}" data-to="${escapeHtml(app)}"></script>
  </head>
  <body class="share-page">
    <header>
      <h1><a href="${escapeHtml(home)}">Exitline</a></h1>
    </header>
    <main>
      ${page.detail}
      <p class="open-in-app"><a href="${escapeHtml(app)}">${escapeHtml(messages.share.openInApp(page.title))}</a></p>
      <nav class="languages" aria-label="${escapeHtml(messages.share.otherLanguages)}">
        <ul>
          ${languages.join("\n          ")}
        </ul>
      </nav>
    </main>
  </body>
</html>
`;
}

/** The sitemap: the explorer and every event's share page in every language, as absolute URLs. */
export function renderSitemap(eventIds: readonly string[], siteUrl: string): string {
  const urls = [
    siteUrl,
    ...eventIds.flatMap((id) => LOCALES.map((l) => new URL(localeSharePath(id, l), siteUrl).href)),
  ];
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
