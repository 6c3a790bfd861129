import type { Phrase } from "../../i18n/phrase.ts";

/**
 * Generated text: its words, and each name (or text in another language) in a `<bdi>`, so a
 * Latin company name keeps its place inside Arabic text.
 */
export function PhraseText({ words }: { readonly words: Phrase }) {
  return (
    <>
      {words.map((part, i) =>
        typeof part === "string" ? (
          part
        ) : (
          <bdi key={i} lang={part.lang}>
            {part.text}
          </bdi>
        ),
      )}
    </>
  );
}
