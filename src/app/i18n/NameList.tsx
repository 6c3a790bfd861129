import { useI18n } from "./useI18n.ts";

/** Names joined as the language lists them ("Zoom and JD.com"), each isolated in a `<bdi>`. */
export function NameList({ names }: { readonly names: readonly string[] }) {
  const localizer = useI18n();
  return (
    <>
      {localizer
        .listParts(names)
        .map((part, i) => (part.type === "element" ? <bdi key={i}>{part.value}</bdi> : part.value))}
    </>
  );
}
