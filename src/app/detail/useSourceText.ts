import { useQuery } from "@tanstack/react-query";
import { SourceTextSchema, type SourceArticle } from "../../model/dataset.ts";
import { dataUrl } from "../data/datasetUrl.ts";

/** A source's full text, fetched only when `enabled` (the user asked for it). */
export function useSourceText(source: SourceArticle, enabled: boolean) {
  return useQuery({
    queryKey: ["source-text", source.id],
    enabled,
    staleTime: Infinity,
    queryFn: async () => {
      const response = await fetch(dataUrl(source.text));
      if (!response.ok) throw new Error(`Could not load the article (${response.status})`);
      return SourceTextSchema.parse(await response.json()).text;
    },
  });
}
