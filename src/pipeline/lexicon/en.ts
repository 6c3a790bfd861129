import type { Lexicon } from "./types.ts";

/** English. */
export const en: Lexicon = {
  language: "en",
  spaced: true,
  countries: { america: "US", "united states": "US", "the us": "US", "u.s.": "US", britain: "GB", "the uk": "GB", "south korea": "KR", taiwan: "TW", "hong kong": "HK" },
  nouns: {
    service: {
      store: ["stores?", "shops?", "bookstores?"],
      website: ["sites?", "websites?", "web ?sites?", "version", "social network", "network", "portal"],
      service: ["services?", "platforms?"],
      app: ["apps?", "applications?"],
      office: ["offices?", "factor(y|ies)", "plants?", "labs?", "laborator(y|ies)", "data ?cent(er|re)s?", "(r&d|research( and development)?|development|engineering) (cent(er|re)s?|labs?|units?)"],
      business: ["operations", "subsidiar(y|ies)"],
      product: ["products?", "games?"],
    },
    merchant: [
      "sellers?", "merchants?", "vendors?", "retailers?", "suppliers?", "brands?", "third-party sellers?",
    ],
    relation: [
      "partnerships?", "agreements?", "deals?", "contracts?", "licen[cs]es?", "ties", "relationships?",
      "alliances?", "integrations?", "cooperation", "collaboration", "joint ventures?",
    ],
    stake: ["stakes?", "shares", "holdings?", "\\d+(\\.\\d+)? ?(%|per ?cent)", "equity"],
  },
  actions: [
    { type: "exit", pattern: "(pull\\w*|withdr[ae]w\\w*|exit\\w*|retreat\\w*|leav\\w*|left|quit\\w*) (out of |from )?(the )?(chinese market|mainland china|china)" },
    { type: "exit", pattern: "(ceas\\w*|end\\w*|halt\\w*|wind\\w* down|wound down) (all )?(its|their) operations" },
    { type: "exit", pattern: "(exit|withdrawal|departure|retreat) from (the chinese market|china|mainland china)" },
    { type: "sales-halt", pattern: "(stop\\w*|ceas\\w*|halt\\w*|end\\w*|suspend\\w*) (selling|sales) directly", what: "direct sales" },
    { type: "sales-halt", pattern: "(stop\\w*|ceas\\w*|halt\\w*|end\\w*|suspend\\w*) (its |all |new )?direct sales", what: "direct sales" },
    { type: "sales-halt", pattern: "(no longer|not) be able to (buy|purchase) … directly", what: "direct sales" },
    { type: "sales-halt", pattern: "(stop\\w*|ceas\\w*|halt\\w*|suspend\\w*) (selling|shipping|distributing|offering)" },
    { type: "sales-halt", pattern: "(stop\\w*|ceas\\w*|halt\\w*|end\\w*|suspend\\w*) (its |all |new )?(sales|shipments)" },
    { type: "sales-halt", pattern: "(no longer|not) be able to (buy|purchase|order)" },
    { type: "sales-halt", pattern: "no longer (sell|sells|offer|offers)" },
    { type: "sales-halt", pattern: "pull\\w* … from (its )?(shelves|sale)" },
    { type: "restriction", pattern: "(limit\\w*|restrict\\w*|suspend\\w*|halt\\w*|stop\\w*|paus\\w*|clos\\w*) … (sign-?ups?|registrations?|new users?|new accounts?)", what: "sign-ups" },
    { type: "restriction", pattern: "(only|just) (allow\\w*|let\\w*) … (to )?(register|sign up)", what: "sign-ups" },
    { type: "restriction", pattern: "(limit\\w*|restrict\\w*|disabl\\w*|remov\\w*) … (access|features?|functions?)", what: "access" },
    { type: "seller-ban", pattern: "(bann?\\w*|bar\\w*|block\\w*|suspend\\w*|clos\\w*|shut\\w*|kick\\w*|delist\\w*|remov\\w*|purg\\w*) … {merchant}", what: "sellers" },
    { type: "partnership-cut", pattern: "(no longer|not) be able to (log|sign) ?in", what: "log-in integration" },
    { type: "partnership-cut", pattern: "(cut\\w*|sever\\w*|end\\w*|terminat\\w*|scrap\\w*|drop\\w*|cancel\\w*|suspend\\w*|pull\\w*|revok\\w*) … {relation}" },
    { type: "divestment", pattern: "(sell\\w*|sold|divest\\w*|offload\\w*|unload\\w*|dispos\\w*) … (stake|shares|business|unit|operations|subsidiary|division)" },
    { type: "other", pattern: "(acquir\\w*|buy\\w*|bought|tak\\w*|took|purchas\\w*) … {stake}", what: "buys a stake in" },
    { type: "blocked", pattern: "(government|authorities|regulators?|beijing|censors|cyberspace administration|ministry)\\w* … (block\\w*|bann?\\w*|censor\\w*|remov\\w*|order\\w* … (remov|tak\\w* down)\\w*)" },
    { type: "blocked", pattern: "(blocked|banned|censored|inaccessible|unavailable) in (mainland )?china" },
    { type: "blocked", pattern: "great firewall" },
    { type: "shutdown", pattern: "(clos\\w*|shut\\w*|discontinu\\w*|pull\\w* the plug on|end\\w*|scrap\\w*|terminat\\w*) … {service}" },
  ],
  china: ["china", "chinese", "beijing", "shanghai", "shenzhen", "hangzhou", "guangzhou", "mainland", "prc"],
  mainland: ["mainland"],
  anaphors: [
    "the company", "the firm", "the group", "the platform", "the giant", "the retailer",
    "the maker", "the service", "the app", "the startup", "the brand",
  ],
  hedges: [
    "could", "might", "may (be|have|not|soon)", "consider\\w*", "den(y|ies|ied)", "rumou?r\\w*", "talks",
    "negotiat\\w*", "threat\\w*", "mull\\w*", "weigh\\w*", "speculat\\w*", "if ",
  ],
  effective: [
    "effective", "from", "starting", "as of", "until", "by", "beginning", "takes effect", "take effect",
    "expir\\w*", "on or after", "no later than", "deadline",
  ],
  dates: {
    connectors: ["of", "the", "in", "on"],
    lastMonth: ["last", "past"],
    few: ["a few", "few", "several", "a couple of", "couple of"],
    numbers: { one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 },
    units: { day: "day", days: "day", week: "week", weeks: "week", month: "month", months: "month", year: "year", years: "year" },
    relative: [
      { pattern: "{n} {unit} (earlier|before|prior)", sign: -1, anchor: "previous" },
      { pattern: "{n} {unit} later", sign: 1, anchor: "previous" },
    ],
    thatSuffix: [],
    sameYear: ["of the same year", "that year", "the same year"],
    recent: ["recently", "this week", "in recent days"],
    approximate: ["early", "mid", "late", "around", "about", "circa", "roughly"],
  },
  boilerplate: [
    "advertisement", "share this", "click to share", "sign up", "subscribe", "photo:",
    "image:", "related:", "follow us", "cookies?", "newsletter", "spread the love",
  ],
  stopAt: [
    "read more", "leave a reply", "leave a comment", "related articles", "related posts", "related stories",
    "you may also like", "more from", "recommended for you", "comments?", "most read",
  ],
  outlet: [
    "^source\\s*:\\s*(?<outlet>[^\\n]{2,80}?)\\s*$",
    "appeared first on (?<outlet>[^\\n]{2,80}?)\\.?\\s*$",
    "^\\(?(?<outlet>reuters|bloomberg|afp|ap|xinhua)\\)?\\s*[-—–]",
  ],
};
