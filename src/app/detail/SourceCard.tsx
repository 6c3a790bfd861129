import { useState } from "react";
import { dateFacts } from "../../i18n/describeDate.ts";
import type { Messages } from "../../i18n/messages/types.ts";
import type { EventSource, SourceArticle } from "../../model/dataset.ts";
import { isWebUrl } from "../../model/webUrl.ts";
import { useI18n } from "../i18n/useI18n.ts";
import { directionOf } from "../text/direction.ts";
import { useSourceText } from "./useSourceText.ts";

/** One article behind an event, in its original language, with its full text on demand. */
export function SourceCard({
  source,
  support,
}: {
  readonly source: SourceArticle;
  readonly support: EventSource;
}) {
  const localizer = useI18n();
  const words = localizer.messages.source;
  const [open, setOpen] = useState(false);
  const text = useSourceText(source, open);
  const lang = source.language;
  const dir = directionOf(lang);
  // The dataset's schema takes any absolute URL, and events.json may be edited or served by
  // someone else: a javascript: or data: URL is shown as text, never made a link.
  const link = source.url !== null && isWebUrl(source.url) ? source.url : null;
  const published = source.published ? dateFacts(source.published, localizer.phrasing) : null;
  const language = localizer.languageName(lang);
  return (
    <article className="source" aria-label={words.label(language)}>
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
        {localizer.languageLabel(lang)}
        {source.outlet && (
          <>
            {" · "}
            <bdi>{source.outlet}</bdi>
          </>
        )}
        {published && (
          <>
            {words.published(published)}
            {publishedFrom(source, words)}
          </>
        )}
        {support.primary ? words.mainStory : words.passingMention}
        {source.url && !link && (
          <>
            {" · "}
            <bdi>{source.url}</bdi>
          </>
        )}
      </p>
      <blockquote lang={lang} dir={dir} className="evidence">
        {support.evidence}
      </blockquote>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? words.hide : words.show}
      </button>
      {open && (
        <div className="full-text" lang={lang} dir={dir} tabIndex={0} aria-label={words.fullText}>
          {/* The interface's words inside the article's box are in the interface's language. */}
          {text.isPending && (
            <p role="status" lang={localizer.locale} dir={localizer.dir}>
              {words.loading}
            </p>
          )}
          {text.error && (
            <p role="alert" lang={localizer.locale} dir={localizer.dir}>
              {words.cannotLoad}{" "}
              <span lang="en" dir="ltr">
                {text.error.message}
              </span>{" "}
              <button type="button" onClick={() => void text.refetch()}>
                {localizer.messages.shell.retry}
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
function publishedFrom(source: SourceArticle, words: Messages["source"]): string {
  if (source.curated.includes("published")) return words.curated;
  if (source.metadata.includes("published")) return words.metadata;
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
