import { useState } from "react";
import { describeDate } from "../../model/describeDate.ts";
import type { EventSource, SourceArticle } from "../../model/dataset.ts";
import { isWebUrl } from "../../model/webUrl.ts";
import { directionOf, languageName } from "../text/direction.ts";
import { useSourceText } from "./useSourceText.ts";

/** One article behind an event, in its original language, with its full text on demand. */
export function SourceCard({
  source,
  support,
}: {
  readonly source: SourceArticle;
  readonly support: EventSource;
}) {
  const [open, setOpen] = useState(false);
  const text = useSourceText(source, open);
  const lang = source.language;
  const dir = directionOf(lang);
  // The dataset's schema takes any absolute URL, and events.json may be edited or served by
  // someone else: a javascript: or data: URL is shown as text, never made a link.
  const link = source.url !== null && isWebUrl(source.url) ? source.url : null;
  return (
    <article className="source" aria-label={`Source in ${languageName(lang)}`}>
      <h4 lang={lang} dir={dir}>
        {link ? (
          <a href={link} target="_blank" rel="noreferrer noopener">
            {source.title}
          </a>
        ) : (
          source.title
        )}
      </h4>
      <p className="meta">
        {languageName(lang)}
        {source.outlet && <> · {source.outlet}</>}
        {source.published && (
          <>
            {" "}
            · published {describeDate(source.published)}
            {publishedFrom(source)}
          </>
        )}
        {support.primary ? " · main story" : " · passing mention"}
        {source.url && !link && <> · {source.url}</>}
      </p>
      <blockquote lang={lang} dir={dir} className="evidence">
        {support.evidence}
      </blockquote>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? "Hide full article" : "Show full article"}
      </button>
      {open && (
        <div className="full-text" lang={lang} dir={dir} tabIndex={0} aria-label="Full article">
          {text.isPending && <p role="status">Loading the article…</p>}
          {text.error && (
            <p role="alert">
              {text.error.message}{" "}
              <button type="button" onClick={() => void text.refetch()}>
                Retry
              </button>
            </p>
          )}
          {text.data !== undefined && <Highlighted text={text.data} quote={support.evidence} />}
        </div>
      )}
    </article>
  );
}

/** Where the publication date came from, when not from the text itself. */
function publishedFrom(source: SourceArticle): string {
  if (source.curated.includes("published")) return " (curated)";
  if (source.metadata.includes("published")) return " (in the page's metadata)";
  return "";
}

/** The article as text (never markup), with the evidence quote marked. */
function Highlighted({ text, quote }: { readonly text: string; readonly quote: string }) {
  const at = text.indexOf(quote);
  if (at === -1) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{quote}</mark>
      {text.slice(at + quote.length)}
    </>
  );
}
