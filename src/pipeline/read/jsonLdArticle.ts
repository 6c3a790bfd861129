import { z } from "zod";

/** What a page's JSON-LD says about the news article it carries. */
export interface JsonLdArticle {
  readonly headline: string | null;
  readonly datePublished: string | null;
  readonly publisher: string | null;
  readonly inLanguage: string | null;
}

// schema.org's NewsArticle and its kinds; sites that are not newspapers say Article.
const ARTICLE_TYPES = new Set([
  "Article",
  "NewsArticle",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "BackgroundNewsArticle",
  "OpinionNewsArticle",
  "ReviewNewsArticle",
]);

// One bad field (a headline given as a list, a number for a date) loses that field, not the node.
const text = z.string().trim().min(1).optional().catch(undefined);
const Reference = z.looseObject({ "@id": text, name: text });
const Node = z.looseObject({
  "@id": text,
  "@type": z
    .union([z.string(), z.array(z.string())])
    .optional()
    .catch(undefined),
  name: text,
  headline: text,
  datePublished: text,
  inLanguage: text,
  publisher: z
    .union([Reference, z.array(Reference)])
    .optional()
    .catch(undefined),
});
type Node = z.infer<typeof Node>;

// Sites nest a @graph in an array at most; deeper structures are not article descriptions.
const MAX_DEPTH = 3;

/**
 * The article that the page's `application/ld+json` blocks describe: the first node typed as an
 * article, found in objects, arrays and `@graph` lists. Malformed JSON is skipped, never thrown.
 */
export function jsonLdArticle(blocks: readonly string[]): JsonLdArticle {
  const nodes: Node[] = [];
  for (const block of blocks) collect(parseJson(block), nodes, 0);
  const article = nodes.find((node) => types(node).some((type) => ARTICLE_TYPES.has(type)));
  return {
    headline: article?.headline ?? null,
    datePublished: article?.datePublished ?? null,
    publisher: article ? publisherName(article, nodes) : null,
    inLanguage: article?.inLanguage ?? null,
  };
}

function parseJson(block: string): unknown {
  // CMSes wrap the JSON in an HTML comment or CDATA section, and leave raw line breaks inside
  // strings, which JSON forbids; as whitespace between tokens a space means the same.
  const json = block
    .trim()
    .replace(/^(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)$/g, "")
    .replace(/\p{Cc}+/gu, " ");
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

function collect(value: unknown, into: Node[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
    return;
  }
  const node = Node.safeParse(value);
  if (!node.success) return;
  into.push(node.data);
  collect(node.data["@graph"], into, depth + 1);
}

// "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" all name one type.
function types(node: Node): string[] {
  const type = node["@type"];
  return (Array.isArray(type) ? type : [type ?? ""]).map((t) => t.replace(/^.*[/:#]/, ""));
}

// A publisher is named in place, or referred to by @id elsewhere in the @graph.
function publisherName(article: Node, nodes: readonly Node[]): string | null {
  const publishers = article.publisher;
  for (const publisher of Array.isArray(publishers) ? publishers : [publishers]) {
    const id = publisher?.["@id"];
    const name = publisher?.name ?? nodes.find((node) => id && node["@id"] === id)?.name;
    if (name) return name;
  }
  return null;
}
