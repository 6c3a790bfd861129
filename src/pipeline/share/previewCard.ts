import type { EventType } from "../../model/eventType.ts";
import { EVENT_TYPE_LABELS } from "../../model/eventType.ts";
import { TYPE_COLORS } from "../../timeline/typeColors.ts";
import { escapeHtml } from "./html.ts";

/** What a preview card shows. */
export interface CardContent {
  readonly title: string;
  readonly company: string;
  readonly type: EventType | null;
  readonly when: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MARGIN = 84;
const TITLE_SIZE = 60;
// Inter Bold averages about 0.56 em per character in English headlines; wrapping by estimate
// keeps the card free of a font-metrics dependency, with a margin for wide words.
const CHARS_PER_LINE = Math.floor((CARD_WIDTH - 2 * MARGIN) / (TITLE_SIZE * 0.56));

/** Splits a title into at most `max` lines of about `width` characters, ending with "…" if cut. */
export function wrapTitle(title: string, width = CHARS_PER_LINE, max = 3): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of title.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${(kept[max - 1] ?? "").replace(/\s+\S*$/, "")}…`;
  return kept;
}

/** The 1200×630 preview card as SVG, in the app's dark look: type colour, title, company, date. */
export function previewCardSvg({ title, company, type, when }: CardContent): string {
  const color = type ? TYPE_COLORS[type] : "#0b5cad";
  const label = type ? EVENT_TYPE_LABELS[type] : "Timeline";
  const lines = wrapTitle(title);
  const titleTop = 250 - (lines.length - 1) * 18;
  const pillWidth = 34 + label.length * 15;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
  <rect width="100%" height="100%" fill="#0f1318"/>
  <rect width="14" height="100%" fill="${color}"/>
  <g stroke="#1f2731" stroke-width="2">${[300, 500, 700, 900, 1100].map((x) => `<line x1="${x}" y1="0" x2="${x}" y2="${CARD_HEIGHT}"/>`).join("")}</g>
  <g transform="translate(${MARGIN} 70)">
    <rect width="44" height="44" rx="10" fill="#0b5cad"/>
    <path d="M10 31h17" stroke="#fff" stroke-width="4" stroke-linecap="round"/>
    <circle cx="32" cy="31" r="5" fill="#e69f00"/>
    <path d="M10 15h9" stroke="#fff" stroke-width="4" stroke-linecap="round"/>
    <rect x="24" y="11" width="13" height="8" rx="2" fill="#fff"/>
    <text x="60" y="33" font-family="Inter" font-weight="700" font-size="32" fill="#e6edf3">Exitline</text>
  </g>
  <g transform="translate(${MARGIN} ${titleTop - 110})">
    <rect width="${pillWidth}" height="44" rx="22" fill="${color}"/>
    <text x="${pillWidth / 2}" y="30" text-anchor="middle" font-family="Inter" font-weight="700" font-size="24" fill="#0f1318">${escapeHtml(label)}</text>
  </g>
  <g font-family="Inter" font-weight="700" font-size="${TITLE_SIZE}" fill="#ffffff">
    ${lines.map((line, i) => `<text x="${MARGIN}" y="${titleTop + i * 74}">${escapeHtml(line)}</text>`).join("\n    ")}
  </g>
  <text x="${MARGIN}" y="${CARD_HEIGHT - 92}" font-family="Inter" font-weight="400" font-size="34" fill="#9da7b3">${escapeHtml([company, when].filter(Boolean).join(" · "))}</text>
  <g transform="translate(${CARD_WIDTH - MARGIN - 260} ${CARD_HEIGHT - 104})">
    <line x1="0" y1="0" x2="260" y2="0" stroke="#30363d" stroke-width="4"/>
    <circle cx="40" cy="0" r="9" fill="${color}"/><rect x="110" y="-9" width="70" height="18" rx="4" fill="${color}" opacity="0.6"/><circle cx="230" cy="0" r="9" fill="#e6edf3"/>
  </g>
</svg>`;
}
