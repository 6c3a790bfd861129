import { useQuery } from "@tanstack/react-query";
import { decodeTimeline, TimelineFileSchema, type Timeline } from "../../model/timelineFile.ts";
import { TIMELINE_URL } from "./datasetUrl.ts";
import { fetchJson } from "./fetchJson.ts";

/** Validates a parsed timeline file; throws an Error that says what is wrong and where. */
export function parseTimeline(json: unknown): Timeline {
  const parsed = TimelineFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `The timeline (timeline.json) is malformed: ${issue?.path.join(".") || "(top level)"}: ${issue?.message ?? "unknown problem"}`,
    );
  }
  return decodeTimeline(parsed.data);
}

/** Fetches and validates the timeline: what the first view draws. */
export async function fetchTimeline(url: string = TIMELINE_URL): Promise<Timeline> {
  const json = await fetchJson(url, "the timeline");
  performance.mark("exitline:timeline-parsed");
  return parseTimeline(json);
}

/** The timeline's query, shared by the early prefetch and the hook. */
export const timelineQuery = {
  queryKey: ["timeline"],
  queryFn: () => fetchTimeline(),
  staleTime: Infinity,
} as const;

/** The timeline, via react-query. */
export function useTimeline() {
  return useQuery(timelineQuery);
}
