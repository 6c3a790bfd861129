import { isEdtf, type EdtfDate } from "../../model/edtf.ts";
import { isWebUrl } from "../../model/webUrl.ts";
import { jsonLdArticle } from "./jsonLdArticle.ts";

/** A field of {@link PageMeta} that a page can state in its metadata. */
export type MetaField = "title" | "published" | "url" | "outlet" | "language";

/** What a saved web page says about its article, beside the article's text. */
export interface PageMeta {
  /** og:title, JSON-LD headline or <title>, without the outlet's name as a suffix or prefix. */
  readonly title: string | null;
  /** The publication date as the page wrote it, in its own time zone (day, or month if only that). */
  readonly published: EdtfDate | null;
  /** The canonical http(s) URL. */
  readonly url: string | null;
  /** The outlet's name: og:site_name or the JSON-LD publisher. */
  readonly outlet: string | null;
  /** ISO 639-1, lowercased. */
  readonly language: string | null;
  /** Which fields came from the page's metadata rather than its visible text. */
  readonly fromMetadata: readonly MetaField[];
}

// The date tags that news CMSes write, in the order they are trusted.
const DATE_NAMES = [
  "date",
  "pubdate",
  "publishdate",
  "dc.date.issued",
  "parsely-pub-date",
  "sailthru.date",
];

/** Reads a page's metadata: <meta> tags, OpenGraph, JSON-LD, <link rel=canonical>, <html lang>. */
export function readPageMeta(document: Document): PageMeta {
  const meta = metaTags(document);
  const ld = jsonLdArticle(
    [...document.querySelectorAll('script[type="application/ld+json" i]')].map(
      (script) => script.textContent ?? "",
    ),
  );
  const outlet = first([meta.get("og:site_name"), ld.publisher]);
  const title = first([
    meta.get("og:title"),
    ld.headline,
    document.querySelector("title")?.textContent,
  ]);
  const datePublished = document.querySelector("[itemprop=datePublished]");
  const published = firstOf(
    [
      meta.get("article:published_time"),
      ld.datePublished,
      ...DATE_NAMES.map((name) => meta.get(name)),
      datePublished?.getAttribute("content") ?? datePublished?.getAttribute("datetime"),
      document.querySelector("article time[datetime]")?.getAttribute("datetime"),
    ],
    metaDate,
  );
  const canonical = [...document.querySelectorAll("link[rel][href]")].find((link) =>
    /(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute("rel") ?? ""),
  );
  const url = firstOf([canonical?.getAttribute("href"), meta.get("og:url")], webUrl);
  const language = firstOf(
    [
      document.querySelector("html[lang]")?.getAttribute("lang"),
      meta.get("og:locale"),
      ld.inLanguage,
    ],
    languageCode,
  );
  const found = {
    title: title && withoutOutlet(title, outlet),
    published,
    url,
    outlet,
    language,
  };
  return {
    ...found,
    fromMetadata: (Object.keys(found) as MetaField[]).filter((field) => found[field] !== null),
  };
}

// <meta property="og:title"> and <meta name="og:title"> are both in use; the first one counts.
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const tag of document.querySelectorAll("meta[content]")) {
    const key = (tag.getAttribute("property") ?? tag.getAttribute("name") ?? "")
      .trim()
      .toLowerCase();
    const content = tag.getAttribute("content") ?? "";
    if (key && !tags.has(key) && content.trim()) tags.set(key, content);
  }
  return tags;
}

function first(values: readonly (string | null | undefined)[]): string | null {
  return firstOf(values, (value) => value.replace(/\s+/g, " ").trim() || null);
}

function firstOf<T>(
  values: readonly (string | null | undefined)[],
  read: (value: string) => T | null,
): T | null {
  for (const value of values) {
    const found = value ? read(value) : null;
    if (found !== null) return found;
  }
  return null;
}

// "2021-11-02T08:00:00+08:00", "2021-11-02 08:00", "2021/11/02", "20211102", "2021-11": the date
// as written, not moved to UTC, since the page's own zone is the day its readers saw.
const ISO_DATE = /^(\d{4})([-/.])(\d{2})(?:\2(\d{2}))?(?![\d/.-])/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?!\d)/;

function metaDate(value: string): EdtfDate | null {
  const m = ISO_DATE.exec(value.trim());
  const c = m ? null : COMPACT_DATE.exec(value.trim());
  const parts = m ? [m[1], m[3], m[4]] : c ? [c[1], c[2], c[3]] : [];
  const date = parts.filter(Boolean).join("-");
  return isEdtf(date) ? date : null;
}

function webUrl(value: string): string | null {
  return isWebUrl(value.trim()) ? new URL(value.trim()).href : null;
}

// "fr-FR", "fr_FR", "zh-Hans", "EN" → the two-letter code; "und", "fil" and "x-default" are not.
function languageCode(value: string): string | null {
  const code = value.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";
  return /^[a-z]{2}$/.test(code) ? code : null;
}

// "Headline | Outlet", "Outlet - Headline", "标题_Outlet": the outlet's name is not the headline.
const SEPARATED_BEFORE = /\s*[|｜\-–—·•:»/_]\s*$/u;
const SEPARATED_AFTER = /^\s*[|｜\-–—·•:»/_]\s*/u;

function withoutOutlet(title: string, outlet: string | null): string {
  if (!outlet || title.length <= outlet.length) return title;
  const name = outlet.toLowerCase();
  // Only a separator makes the name a suffix: "Tesla news from Reuters" is not "… | Reuters".
  const before = title.slice(0, -outlet.length);
  if (title.slice(-outlet.length).toLowerCase() === name && SEPARATED_BEFORE.test(before))
    return before.replace(SEPARATED_BEFORE, "").trim() || title;
  const after = title.slice(outlet.length);
  if (title.slice(0, outlet.length).toLowerCase() === name && SEPARATED_AFTER.test(after))
    return after.replace(SEPARATED_AFTER, "").trim() || title;
  return title;
}
