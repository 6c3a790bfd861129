import { useQuery } from "@tanstack/react-query";
import { SearchTextsSchema } from "../../model/dataset.ts";
import { dataUrl } from "../data/datasetUrl.ts";

/**
 * The folded full text of every source, for searching original articles. Loaded the first time
 * someone searches, not before: most views never need it.
 */
export function useSearchTexts(enabled: boolean) {
  return useQuery({
    queryKey: ["search-texts"],
    enabled,
    staleTime: Infinity,
    queryFn: async () => {
      const response = await fetch(dataUrl("search.json"));
      if (!response.ok) throw new Error(`Could not load the article texts (${response.status})`);
      return new Map(Object.entries(SearchTextsSchema.parse(await response.json())));
    },
  });
}
