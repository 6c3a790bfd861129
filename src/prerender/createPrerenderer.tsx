import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToString } from "react-dom/server";
import { timelineDigest } from "../app/data/timelineDigest.ts";
import { parseTimeline, timelineQuery } from "../app/data/useTimeline.ts";
import { indexDetails } from "../app/data/details.ts";
import { DetailPane } from "../app/detail/DetailPane.tsx";
import { Explorer } from "../app/Explorer.tsx";
import { Root } from "../app/Root.tsx";
import { I18nProvider } from "../app/i18n/I18nProvider.tsx";
import { loadLocalizer } from "../app/i18n/localizers.ts";
import { DEFAULT_LOCALE, LOCALES } from "../i18n/locales.ts";
import type { Dataset } from "../model/dataset.ts";
import { toTimelineFile } from "../model/timelineFile.ts";
import type { Prerenderer } from "./prerenderer.ts";

const ignore = () => {};

/**
 * A prerenderer over `dataset`, once every language's words are in. The timeline is the one the
 * browser loads: timeline.json as the pipeline writes it, read back and validated as the app
 * reads it, so its digest is the same.
 */
export async function createPrerenderer(dataset: Dataset): Promise<Prerenderer> {
  // Loaded here, the provider below speaks each language in its first (and only) render.
  await Promise.all(LOCALES.map(loadLocalizer));
  const timeline = parseTimeline(JSON.parse(JSON.stringify(toTimelineFile(dataset))));
  const details = indexDetails(dataset);
  const companies = new Map(dataset.companies.map((c) => [c.id, c]));
  const heads = new Map(timeline.events.map((e) => [e.id, e]));
  // The detail asks for nothing: one client serves every page.
  const client = new QueryClient();
  return {
    explorer() {
      const client = new QueryClient();
      client.setQueryData(timelineQuery.queryKey, timeline);
      const html = renderToString(
        <Root client={client} locale={DEFAULT_LOCALE} explorer={Explorer} prerendered />,
      );
      return { html, digest: timelineDigest(timeline) };
    },
    eventDetail(eventId, locale) {
      const head = heads.get(eventId);
      if (!head) throw new Error(`No event "${eventId}" in the timeline`);
      return renderToString(
        <QueryClientProvider client={client}>
          <I18nProvider initial={locale}>
            <DetailPane
              head={head}
              event={details.events.get(eventId)}
              problem={null}
              sources={details.sources}
              companies={companies}
              events={timeline.events}
              ordered={timeline.events}
              onSelect={ignore}
              onClose={ignore}
              onFilterCompany={ignore}
              onFilterCountry={ignore}
            />
          </I18nProvider>
        </QueryClientProvider>,
      );
    },
  };
}
