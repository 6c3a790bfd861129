import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { eventSummary, eventTitle } from "../../i18n/eventText.ts";
import { loadLocalizers } from "../../i18n/loadLocalizers.ts";
import { HTML_LANG, LOCALES, type Locale } from "../../i18n/locales.ts";
import { localePreviewPath, localeSharePath } from "../../i18n/sharePaths.ts";
import type { Dataset } from "../../model/dataset.ts";
import { drawCards, type CardFigures, type CardJob } from "./drawCards.ts";
import { REDIRECT_SCRIPT, REDIRECT_SCRIPT_PATH } from "./redirectScript.ts";
import {
  renderRobots,
  renderSharePage,
  renderSitemap,
  type ShareContext,
  type SharePageContent,
} from "./sharePage.ts";

/** What writing the share files did. */
export interface ShareFigures extends CardFigures {
  readonly pages: number;
}

/**
 * Writes what link previews and crawlers need into a built site: for every event, a share page
 * and a 1200×630 preview card in each interface language; the script that sends share pages on
 * to the explorer; the site's own preview card; sitemap.xml and robots.txt.
 */
export async function writeShareFiles(
  dataset: Dataset,
  outDir: string,
  siteUrl: string,
  cacheDir: string,
  page: {
    /** An event's detail in a language, as markup (see src/prerender). */
    readonly detail: (eventId: string, locale: Locale) => string;
    readonly stylesheet: ShareContext["stylesheet"];
  },
): Promise<ShareFigures> {
  const localizers = await loadLocalizers();
  const names = new Map(dataset.companies.map((c) => [c.id, c.name]));
  const companyName = (id: string) => names.get(id) ?? id;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  mkdirSync(join(outDir, "og"), { recursive: true });
  mkdirSync(dirname(join(outDir, REDIRECT_SCRIPT_PATH)), { recursive: true });
  writeFileSync(join(outDir, REDIRECT_SCRIPT_PATH), REDIRECT_SCRIPT);
  const cards: CardJob[] = [];
  const pages: (Omit<SharePageContent, "detail"> & { readonly file: string })[] = [];
  for (const event of dataset.events) {
    const company = companyName(event.companies[0] ?? "");
    for (const locale of LOCALES) {
      const localizer = localizers.get(locale);
      if (!localizer) throw new Error(`No words for ${locale}`);
      const words = eventTitle(event, companyName, localizer);
      const title = localizer.text(words);
      pages.push({
        eventId: event.id,
        locale,
        messages: localizer.messages,
        title,
        summary: localizer.text(eventSummary(event, words, sources, localizer)),
        company,
        file: join(outDir, localeSharePath(event.id, locale), "index.html"),
      });
      cards.push({
        content: {
          lang: HTML_LANG[locale],
          dir: localizer.dir,
          title,
          company,
          type: event.type,
          label: localizer.messages.types[event.type],
          when: localizer.when(event),
        },
        file: join(outDir, localePreviewPath(event.id, locale)),
      });
    }
  }
  cards.push({
    content: {
      lang: "en",
      dir: "ltr",
      title: "When and how tech companies pull out of, restrict, or cut ties in China",
      company: `${dataset.events.length} events from ${dataset.sources.length} articles`,
      type: null,
      label: "Timeline",
      when: "",
    },
    file: join(outDir, "og/exitline.png"),
  });
  // The pages are rendered while the cards are drawn: both take seconds for a thousand events.
  const figures = await drawCards(cards, cacheDir, () => {
    for (const { file, ...content } of pages) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(
        file,
        renderSharePage(
          { ...content, detail: page.detail(content.eventId, content.locale) },
          { siteUrl, stylesheet: page.stylesheet },
        ),
      );
    }
  });
  writeFileSync(
    join(outDir, "sitemap.xml"),
    renderSitemap(
      dataset.events.map((e) => e.id),
      siteUrl,
    ),
  );
  writeFileSync(join(outDir, "robots.txt"), renderRobots(siteUrl));
  return { ...figures, pages: pages.length };
}

/** The site's public base URL from SITE_URL, ending in "/"; a local default with a warning. */
export function siteUrlFrom(value: string | undefined, warn: (message: string) => void): string {
  if (!value) {
    warn(
      "SITE_URL is not set: share pages point at http://localhost:4173/ (set SITE_URL=https://your.site/path/ for a public build)",
    );
    return "http://localhost:4173/";
  }
  const url = new URL(value);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}
