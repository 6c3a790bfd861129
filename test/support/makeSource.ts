import type { SourceArticle } from "../../src/model/dataset.ts";

type Loose = Omit<Partial<SourceArticle>, "published"> & { published?: string | null };

/** A source article for tests: file named after its id, its text in the first texts file. */
export function makeSource(id: string, fields: Loose = {}): SourceArticle {
  return {
    id,
    file: `${id}.txt`,
    language: "en",
    title: id,
    outlet: null,
    url: null,
    text: "texts/0000.json",
    curated: [],
    metadata: [],
    ...fields,
    published: (fields.published ?? null) as SourceArticle["published"],
  };
}
