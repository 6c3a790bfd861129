import type { EventType } from "../../model/eventType.ts";
import { TYPE_COLORS } from "../../timeline/typeColors.ts";
import { escapeHtml } from "./html.ts";

/** What a preview card shows, in its page's language. */
export interface CardContent {
  /** The language's `Intl` tag, which decides where lines may break. */
  readonly lang: string;
  readonly dir: "ltr" | "rtl";
  readonly title: string;
  readonly company: string;
  /** The event's type (its colour), or null for the site's own card. */
  readonly type: EventType | null;
  /** The type's name in the card's language, or the site card's label. */
  readonly label: string;
  readonly when: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MARGIN = 84;
const TITLE_SIZE = 60;
// The first title line's baseline: below the logo and the type's pill, whatever its length.
const TITLE_TOP = 264;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;

/**
 * The fonts a card is drawn in, first choice first: resvg takes a character the first font
 * lacks from the next. Arabic is drawn in Noto Sans Arabic, its Latin names in Inter; Chinese
 * wholly in Noto Sans SC, whose Latin letters match its characters' weight (a fallback face
 * would be found without regard to weight); every other language in Inter.
 */
function family({ lang, dir }: Pick<CardContent, "lang" | "dir">): string {
  if (dir === "rtl") return "Noto Sans Arabic, Inter";
  return lang.startsWith("zh") ? "Noto Sans SC, Inter" : "Inter";
}

// Widths are estimated, in ems of a bold face: a Chinese character is square, a Latin or Arabic
// letter a bit over half as wide. An estimate keeps the card free of a font-metrics dependency;
// the margin for wide words is the card's right margin.
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
const PUNCTUATION = /^[\p{P}\s]+$/u;

function ems(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 1 : 0.56;
  return width;
}

/**
 * Splits a title into at most `max` lines that fit `width` ems, ending with "…" if cut. Lines
 * break where the language breaks words (`Intl.Segmenter`: at spaces, and between Chinese
 * words, which have none), never before punctuation.
 */
export function wrapTitle(title: string, lang: string, width = TEXT_WIDTH / TITLE_SIZE, max = 3) {
  const lines: string[] = [];
  let line = "";
  for (const { segment } of new Intl.Segmenter(lang, { granularity: "word" }).segment(title)) {
    if (line.trim() && !PUNCTUATION.test(segment) && ems(line + segment.trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = segment.trimStart();
    } else line += segment;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${(kept[max - 1] ?? "").replace(/\s+\S*$/, "")}…`;
  return kept;
}

// resvg lays a line out left to right whatever its `direction`: a right-to-left line is
// wrapped in an embedding (RLE…PDF) so its words run right to left, and anchored at its end.
const RLE = "\u202b";
const PDF = "\u202c";
// A name isolated (FSI…PDI) inside right-to-left text: the date's digits after "Zoom · " would
// otherwise join the Latin name's run and change places with it.
const FSI = "\u2068";
const PDI = "\u2069";

/**
 * The 1200×630 preview card as SVG, in the app's dark look: type colour, title, company, date,
 * in the card's language. A right-to-left card is mirrored: its text runs from the right edge.
 */
export function previewCardSvg(card: CardContent): string {
  const { dir, type } = card;
  const rtl = dir === "rtl";
  const color = type ? TYPE_COLORS[type] : "#0b5cad";
  const fonts = family(card);
  const lines = wrapTitle(card.title, card.lang);
  const pillWidth = 34 + ems(card.label) * 24 * 1.1;
  // Where a line starts, and which way it runs from there.
  const start = rtl ? CARD_WIDTH - MARGIN : MARGIN;
  const anchor = rtl ? ' text-anchor="end"' : "";
  const text = (value: string) => escapeHtml(rtl ? RLE + value + PDF : value);
  const company = rtl && card.company ? FSI + card.company + PDI : card.company;
  const footer = [company, card.when].filter(Boolean).join(" · ");
  const logoX = rtl ? CARD_WIDTH - MARGIN - 200 : MARGIN;
  const pillX = rtl ? CARD_WIDTH - MARGIN - pillWidth : MARGIN;
  // The small timeline sits opposite the text's start: time runs left to right in every card.
  const glyphX = rtl ? MARGIN : CARD_WIDTH - MARGIN - 260;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
  <rect width="100%" height="100%" fill="#0f1318"/>
  <rect x="${rtl ? CARD_WIDTH - 14 : 0}" width="14" height="100%" fill="${color}"/>
  <g stroke="#1f2731" stroke-width="2">${[300, 500, 700, 900, 1100].map((x) => `<line x1="${x}" y1="0" x2="${x}" y2="${CARD_HEIGHT}"/>`).join("")}</g>
  <g transform="translate(${logoX} 70)">
    <rect width="44" height="44" rx="10" fill="#0b5cad"/>
    <path d="M10 31h17" stroke="#fff" stroke-width="4" stroke-linecap="round"/>
    <circle cx="32" cy="31" r="5" fill="#e69f00"/>
    <path d="M10 15h9" stroke="#fff" stroke-width="4" stroke-linecap="round"/>
    <rect x="24" y="11" width="13" height="8" rx="2" fill="#fff"/>
    <text x="60" y="33" font-family="Inter" font-weight="700" font-size="32" fill="#e6edf3">Exitline</text>
  </g>
  <g transform="translate(${pillX.toFixed(0)} 140)">
    <rect width="${pillWidth.toFixed(0)}" height="44" rx="22" fill="${color}"/>
    <text x="${(pillWidth / 2).toFixed(0)}" y="30" text-anchor="middle" font-family="${fonts}" font-weight="700" font-size="24" fill="#0f1318">${text(card.label)}</text>
  </g>
  <g font-family="${fonts}" font-weight="700" font-size="${TITLE_SIZE}" fill="#ffffff"${anchor}>
    ${lines.map((line, i) => `<text x="${start}" y="${TITLE_TOP + i * 74}">${text(line)}</text>`).join("\n    ")}
  </g>
  <text x="${start}" y="${CARD_HEIGHT - 92}"${anchor} font-family="${fonts}" font-weight="400" font-size="34" fill="#9da7b3">${text(footer)}</text>
  <g transform="translate(${glyphX} ${CARD_HEIGHT - 104})">
    <line x1="0" y1="0" x2="260" y2="0" stroke="#30363d" stroke-width="4"/>
    <circle cx="40" cy="0" r="9" fill="${color}"/><rect x="110" y="-9" width="70" height="18" rx="4" fill="${color}" opacity="0.6"/><circle cx="230" cy="0" r="9" fill="#e6edf3"/>
  </g>
</svg>`;
}
