import { mulberry32 } from "./random.ts";

/**
 * Synthetic news articles for benchmarks only, never shown as real: a headline, a dateline,
 * one event sentence and paragraphs of neutral filler, in several languages and lengths.
 */
export function* syntheticArticles(
  count: number,
  seed = 1,
): Generator<{ name: string; text: string }> {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  for (let i = 0; i < count; i++) {
    const language = pick(LANGUAGES);
    const t = TEMPLATES[language];
    const company = pick(COMPANIES);
    const year = 1995 + Math.floor(random() * 30);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const fill = (s: string) =>
      s
        .replaceAll("{c}", company)
        .replaceAll("{y}", String(year))
        .replaceAll("{m}", t.months[month - 1] ?? "")
        .replaceAll("{d}", String(day));
    const paragraphs = [fill(pick(t.headlines)), fill(t.dateline), fill(pick(t.events))];
    const fillers = 4 + Math.floor(random() * 12);
    for (let k = 0; k < fillers; k++)
      paragraphs.push(fill(pick(t.filler)) + " " + fill(pick(t.filler)));
    if (random() < 0.3) paragraphs.push(t.footer);
    yield { name: `synthetic-${String(i).padStart(6, "0")}.txt`, text: paragraphs.join("\n\n") };
  }
}

const COMPANIES = [
  "Amazon",
  "Apple",
  "Microsoft",
  "LinkedIn",
  "Yahoo",
  "Airbnb",
  "Zoom",
  "Uber",
  "eBay",
  "Intel",
  "Micron",
  "Nvidia",
  "Epic Games",
  "Evernote",
  "Samsung",
  "Sony",
  "Google",
  "Netflix",
  "Spotify",
  "Tesla",
];
const LANGUAGES = ["en", "fr", "vi", "ar"] as const;

interface Template {
  months: readonly string[];
  headlines: readonly string[];
  dateline: string;
  events: readonly string[];
  filler: readonly string[];
  footer: string;
}

const TEMPLATES: Record<(typeof LANGUAGES)[number], Template> = {
  en: {
    months: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
    headlines: [
      "{c} pulls out of China",
      "{c} to shut down its China store",
      "{c} stops direct sales in China",
    ],
    dateline: "Published: {m} {d}, {y}",
    events: [
      "{c} said on Tuesday that it would withdraw from mainland China effective {m} {d}.",
      "{c} will close its online store in China on {m} {d}, {y}.",
      "{c} stopped selling directly to customers in China last month.",
    ],
    filler: [
      "Analysts said the decision reflected a difficult business environment.",
      "The company declined to comment further on its plans.",
      "Shares were little changed in afternoon trading.",
      "Regulators have tightened rules on how companies store user data.",
      "Its revenue in the region had been falling for several years.",
    ],
    footer: "Leave a Reply\nYour email address will not be published.",
  },
  fr: {
    months: [
      "janvier",
      "février",
      "mars",
      "avril",
      "mai",
      "juin",
      "juillet",
      "août",
      "septembre",
      "octobre",
      "novembre",
      "décembre",
    ],
    headlines: [
      "{c} quitte la Chine",
      "{c} va fermer sa boutique en Chine",
      "{c} cesse de vendre directement en Chine",
    ],
    dateline: "Publié le {d} {m} {y}",
    events: [
      "{c} a annoncé jeudi qu'il fermerait sa boutique en ligne en Chine le {d} {m} {y}.",
      "{c} cessera de vendre directement aux clients chinois à partir du {d} {m}.",
      "{c} s'est retiré du marché chinois en {m} dernier.",
    ],
    filler: [
      "Les analystes estiment que la décision reflète un environnement difficile.",
      "L'entreprise n'a pas souhaité commenter davantage.",
      "Le titre a peu varié en séance.",
      "Les autorités ont renforcé les règles sur les données des utilisateurs.",
    ],
    footer: "Leave a Reply",
  },
  vi: {
    months: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
    headlines: ["{c} rút khỏi thị trường Trung Quốc", "{c} đóng cửa cửa hàng tại Trung Quốc"],
    dateline: "Ngày {d} tháng {m} năm {y}",
    events: [
      "Tháng {m}.{y}, {c} đã đóng cửa cửa hàng trực tuyến tại Trung Quốc.",
      "{c} ngừng bán hàng trực tiếp tại Trung Quốc từ ngày {d} tháng {m} năm {y}.",
    ],
    filler: [
      "Các nhà phân tích cho rằng quyết định này phản ánh môi trường kinh doanh khó khăn.",
      "Công ty từ chối bình luận thêm.",
      "Cổ phiếu ít biến động trong phiên chiều.",
    ],
    footer: "Video đang HOT",
  },
  ar: {
    months: [
      "يناير",
      "فبراير",
      "مارس",
      "أبريل",
      "مايو",
      "يونيو",
      "يوليو",
      "أغسطس",
      "سبتمبر",
      "أكتوبر",
      "نوفمبر",
      "ديسمبر",
    ],
    headlines: ["{c} تنسحب من الصين", "{c} تغلق متجرها في الصين"],
    dateline: "{d} {m} {y}",
    events: [
      "قالت {c} يوم الاثنين إنها ستتوقف عن بيع المنتجات مباشرةً إلى العملاء في الصين.",
      "أغلقت {c} متجرها في الصين في {d} {m} {y}.",
    ],
    filler: [
      "وقال محللون إن القرار يعكس بيئة أعمال صعبة.",
      "ورفضت الشركة التعليق على خططها.",
      "ولم تتغير الأسهم كثيراً في التداولات.",
    ],
    footer: "اترك تعليق",
  },
};
