import { useQuery } from "@tanstack/react-query";
import { TextFileSchema, type SourceArticle } from "../../model/dataset.ts";
import { dataUrl } from "../data/datasetUrl.ts";

/** A source's full text, fetched only when `enabled` (the user asked for it). */
export function useSourceText(source: SourceArticle, enabled: boolean) {
  // Keyed by the file, so the sources that share one are fetched once.
  return useQuery({
    queryKey: ["source-texts", source.text],
    enabled,
    staleTime: Infinity,
    queryFn: async () => {
      const response = await fetch(dataUrl(source.text));
      if (!response.ok) throw new Error(`Could not load the article (${response.status})`);
      return TextFileSchema.parse(await response.json());
    },
    select: (texts) => {
      const found = texts.find((t) => t.id === source.id);
      if (!found) throw new Error(`The article is missing from ${source.text}`);
      return found.text;
    },
  });
}
