import { XMLParser, XMLValidator } from "fast-xml-parser";
import { isWebUrl } from "../../model/webUrl.ts";
import {
  articleRecord,
  type ArticleRecord,
  type ReadRecords,
  type RecordFields,
  type RecordProblem,
} from "./articleRecord.ts";
import { attribute, elementText, feedContent, type ContentType } from "./feedContent.ts";
import { languageCode } from "./languageCode.ts";
import { normaliseLineEnds } from "./paragraphs.ts";
import { parsePublished } from "./parsePublished.ts";

/** Why a file could not be read as a feed at all. */
export interface FeedFailure {
  readonly ok: false;
  readonly message: string;
}

type XmlObject = Readonly<Record<string, unknown>>;

// Elements whose text may be HTML are kept raw, so that feedContent can tell escaped HTML,
// CDATA and XHTML apart; the parser would otherwise turn XHTML into objects.
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  captureMetaData: true,
  stopNodes: ["*.title", "*.description", "*.content:encoded", "*.content", "*.summary"],
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});
const META = XMLParser.getMetaDataSymbol() as symbol;

/**
 * Reads the items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed into article records: link, date,
 * title, and the fullest text the feed carries (content:encoded or Atom content, else the
 * description or summary) turned from HTML into plain paragraphs. Malformed XML, or XML that is
 * no feed, is one message and no records; it never throws. Time and memory grow linearly with
 * the file.
 */
export function readFeed(xml: string): ReadRecords | FeedFailure {
  // Line ends normalised first, so the parser's offsets count lines as an editor does.
  const source = normaliseLineEnds(xml.replace(/^\uFEFF/, ""));
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    return { ok: false, message: `not valid XML: ${msg} (line ${line}, column ${col})` };
  }
  let document: unknown;
  try {
    document = parser.parse(source);
  } catch (error) {
    return { ok: false, message: `not a readable feed: ${(error as Error).message}` };
  }
  const root = objectOf(document);
  const lineAt = lineIndex(source);
  if (root.rss !== undefined) {
    const channel = objectOf(objectOf(root.rss).channel);
    return collect(list(channel.item), lineAt, (item, key) => rssItem(item, channel, key));
  }
  // RSS 1.0 keeps its items beside the channel, not in it.
  const rdf = objectOf(root[Object.keys(root).find((name) => localName(name) === "RDF") ?? ""]);
  if (rdf.channel !== undefined) {
    const channel = objectOf(rdf.channel);
    return collect(list(rdf.item), lineAt, (item, key) => rssItem(item, channel, key));
  }
  if (root.feed !== undefined) {
    const feed = objectOf(root.feed);
    return collect(list(feed.entry), lineAt, (entry, key) => atomEntry(entry, feed, key));
  }
  const found = Object.keys(root).find((name) => !name.startsWith("?"));
  return {
    ok: false,
    message: `not a feed: the root element is <${found ?? "nothing"}>; expected <rss>, <rdf:RDF> or <feed>`,
  };
}

type ItemFields = Omit<RecordFields, "line">;

function collect(
  items: readonly XmlObject[],
  lineAt: (offset: number) => number,
  read: (item: XmlObject, position: string) => ItemFields,
): ReadRecords {
  const records: ArticleRecord[] = [];
  const problems: RecordProblem[] = [];
  items.forEach((item, index) => {
    const meta = (item as Readonly<Record<symbol, { startIndex?: number } | undefined>>)[META];
    const line = lineAt(meta?.startIndex ?? 0);
    const record = articleRecord({ ...read(item, String(index + 1)), line }, `item ${index + 1}`);
    if ("key" in record) records.push(record);
    else problems.push(record);
  });
  return { records, problems };
}

// RSS 2.0 and RSS 1.0 items differ only in where the date and identifier live.
function rssItem(item: XmlObject, channel: XmlObject, position: string): ItemFields {
  const guid = item.guid;
  const guidText = trimmed(elementText(guid));
  const about = attribute(item, "rdf:about");
  const permalink = attribute(guid, "isPermaLink") !== "false" ? guidText : null;
  const body = feedContent(item["content:encoded"], "html");
  return {
    key: guidText ?? about ?? position,
    title: title(item.title, "html"),
    paragraphs: body.length > 0 ? body : feedContent(item.description, "html"),
    url: webUrl(elementText(first(item.link))) ?? webUrl(permalink) ?? webUrl(about),
    published: date(item.pubDate) ?? date(item["dc:date"]),
    language: language(item["dc:language"] ?? channel.language ?? channel["dc:language"]),
    outlet: trimmed(elementText(item.source)) ?? title(channel.title, "html"),
  };
}

function atomEntry(entry: XmlObject, feed: XmlObject, position: string): ItemFields {
  const body = feedContent(entry.content, "text");
  const base = attribute(entry, "xml:base") ?? attribute(feed, "xml:base") ?? alternate(feed);
  return {
    key: trimmed(elementText(entry.id)) ?? position,
    title: title(entry.title, "text"),
    paragraphs: body.length > 0 ? body : feedContent(entry.summary, "text"),
    url: webUrl(alternate(entry), base),
    published: date(entry.published) ?? date(entry.updated),
    language: language(
      attribute(entry.content, "xml:lang") ??
        attribute(entry, "xml:lang") ??
        attribute(feed, "xml:lang"),
    ),
    outlet: title(objectOf(entry.source).title, "text") ?? title(feed.title, "text"),
  };
}

// Atom's link to the article itself: rel="alternate", which is also what no rel means.
function alternate(element: XmlObject): string | null {
  const links = list(element.link);
  const link = links.find((candidate) => {
    const rel = attribute(candidate, "rel");
    return rel === null || rel === "alternate";
  });
  return attribute(link, "href");
}

function title(element: unknown, fallback: ContentType): string | null {
  const words = feedContent(element, fallback).join(" ");
  return words || null;
}

function webUrl(value: string | null, base?: string | null): string | null {
  const text = trimmed(value);
  if (text === null) return null;
  // Without a colon there is no scheme, so it can only be relative; URL() would throw, slowly.
  if (text.includes(":") && isWebUrl(text)) return text;
  if (!base || !isWebUrl(base)) return null;
  try {
    const resolved = new URL(text, base).href;
    return isWebUrl(resolved) ? resolved : null;
  } catch {
    return null;
  }
}

function date(element: unknown): RecordFields["published"] {
  const text = trimmed(elementText(element));
  return text === null ? null : parsePublished(text);
}

function language(element: unknown): string | null {
  const text = trimmed(typeof element === "string" ? element : elementText(element));
  return text === null ? null : languageCode(text);
}

function trimmed(value: string | null): string | null {
  const text = value?.trim();
  return text ? text : null;
}

function objectOf(value: unknown): XmlObject {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as XmlObject) : {};
}

function list(value: unknown): readonly XmlObject[] {
  if (!Array.isArray(value)) return [];
  // An empty <item/> is parsed as "", an item with only text as a string: both are empty items.
  return value.map((item: unknown) => (typeof item === "string" ? {} : objectOf(item)));
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? (value as unknown[])[0] : value;
}

function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

// 1-based line of an offset, by binary search over the offsets of the file's line ends.
function lineIndex(source: string): (offset: number) => number {
  const ends: number[] = [];
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) ends.push(i);
  return (offset) => {
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((ends[middle] ?? Infinity) < offset) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
}
