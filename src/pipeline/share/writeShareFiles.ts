import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Dataset } from "../../model/dataset.ts";
import { describeDate } from "../../i18n/describeDate.ts";
import { previewPath, sharePath } from "../../model/sharePath.ts";
import { previewCardSvg } from "./previewCard.ts";
import { REDIRECT_SCRIPT, REDIRECT_SCRIPT_PATH } from "./redirectScript.ts";
import { renderPng } from "./renderPng.ts";
import { renderRobots, renderSharePage, renderSitemap, type ShareContext } from "./sharePage.ts";

/**
 * Writes what link previews and crawlers need into a built site: a share page and a 1200×630
 * preview image per event, the script that sends share pages on to the explorer, the site's own
 * preview image, sitemap.xml and robots.txt.
 */
export function writeShareFiles(
  dataset: Dataset,
  outDir: string,
  siteUrl: string,
  cacheDir: string,
  page: {
    /** An event's detail as markup (see src/prerender). */
    readonly detail: (eventId: string) => string;
    readonly stylesheet: ShareContext["stylesheet"];
  },
): number {
  const names = new Map(dataset.companies.map((c) => [c.id, c.name]));
  mkdirSync(join(outDir, "og"), { recursive: true });
  mkdirSync(dirname(join(outDir, REDIRECT_SCRIPT_PATH)), { recursive: true });
  writeFileSync(join(outDir, REDIRECT_SCRIPT_PATH), REDIRECT_SCRIPT);
  for (const event of dataset.events) {
    const company = names.get(event.companies[0] ?? "") ?? "";
    const folder = join(outDir, sharePath(event.id));
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, "index.html"),
      renderSharePage(event, {
        siteUrl,
        company,
        detail: page.detail(event.id),
        stylesheet: page.stylesheet,
      }),
    );
    const when = event.date
      ? describeDate(event.date)
      : event.effective
        ? `effective ${describeDate(event.effective)}`
        : "undated";
    writeFileSync(
      join(outDir, previewPath(event.id)),
      renderPng(previewCardSvg({ title: event.title, company, type: event.type, when }), cacheDir),
    );
  }
  const site = previewCardSvg({
    title: "When and how tech companies pull out of, restrict, or cut ties in China",
    company: `${dataset.events.length} events from ${dataset.sources.length} articles`,
    type: null,
    when: "",
  });
  writeFileSync(join(outDir, "og/exitline.png"), renderPng(site, cacheDir));
  writeFileSync(
    join(outDir, "sitemap.xml"),
    renderSitemap(
      dataset.events.map((e) => e.id),
      siteUrl,
    ),
  );
  writeFileSync(join(outDir, "robots.txt"), renderRobots(siteUrl));
  return dataset.events.length;
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
