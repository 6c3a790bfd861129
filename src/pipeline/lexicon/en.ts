import type { Lexicon } from "./types.ts";

/** English. */
export const en: Lexicon = {
  language: "en",
  spaced: true,
  countries: {
    america: "US",
    "united states": "US",
    "the us": "US",
    "u.s.": "US",
    britain: "GB",
    "the uk": "GB",
    "south korea": "KR",
    taiwan: "TW",
    "hong kong": "HK",
  },
  nouns: {
    service: {
      store: ["stores?", "shops?", "bookstores?"],
      website: [
        "sites?",
        "websites?",
        "web ?sites?",
        "version",
        "social network",
        "network",
        "portal",
        "search engines?",
        "search services?",
        "browsers?",
      ],
      service: [
        "services?",
        "platforms?",
        "webmail",
        "e-?mail services?",
        "messengers?",
        "servers?",
        "listings?",
      ],
      app: ["apps?", "applications?"],
      office: [
        "offices?",
        // "its Shanghai studio": a game or software maker's workplace.
        "(game |games |development |dev )?studios?",
        "factor(y|ies)",
        "plants?",
        "labs?",
        "laborator(y|ies)",
        "data ?cent(er|re)s?",
        "(r&d|research( and development)?|development|engineering) (cent(er|re)s?|labs?|units?|institutes?)",
        // "its Shanghai R&D team": a team named by its work, never "the team" alone (a speaker,
        // a football club).
        "(r&d|research( and development)?|development|developers?|engineering|design|software|hardware|chip|product|technical) teams?",
        "(r&d|research( and development)?|development|engineering) (groups?|departments?|divisions?)",
      ],
      production: ["production( lines?| operations| base)?", "manufacturing( operations| base)?"],
      business: ["operations", "subsidiar(y|ies)"],
      product: ["products?", "games?"],
    },
    merchant: [
      "sellers?",
      "merchants?",
      "vendors?",
      "retailers?",
      "suppliers?",
      "brands?",
      "third-party sellers?",
      // A store's sellers are the developers who list apps on it.
      "developers?",
      "developer accounts?",
    ],
    relation: [
      "partnerships?",
      "agreements?",
      "deals?",
      "contracts?",
      "licen[cs]es?",
      "ties",
      "relationships?",
      "alliances?",
      "integrations?",
      "cooperation",
      "collaboration",
      "joint ventures?",
    ],
    stake: ["stakes?", "shares", "holdings?", "\\d+(\\.\\d+)? ?(%|per ?cent)", "equity"],
  },
  actions: [
    // "stopped any dealings with Huawei", "will not supply Huawei": a cut with a party, not an exit.
    {
      type: "partnership-cut",
      pattern:
        "(stop\\w*|halt\\w*|suspend\\w*|end\\w*|cut\\w*|ceas\\w*|freez\\w*|froze\\w*|sever\\w*) (off )?(any |all |its |their )?(dealings|business|trade|transactions|work|ties|relations|cooperation|contact) (with|to)",
    },
    {
      type: "partnership-cut",
      pattern:
        "(stop\\w*|ceas\\w*|halt\\w*|suspend\\w*|end\\w*) (supplying|servicing|supporting|providing (updates|support|services|software|components|chips) to|working with|doing business with|licensing)",
    },
    {
      type: "partnership-cut",
      pattern:
        "(will|would|could|can|do|does|did)? ?(not|no longer|n't) (supply|support|work with|do business with|provide (updates|components|chips|software) to)",
    },
    {
      type: "partnership-cut",
      pattern: "cut\\w* off (supplies|shipments|support|components|chips)",
    },
    {
      type: "shutdown",
      // "pulled its search engine out of the mainland"; apps pulled from a store are a restriction (below).
      pattern:
        "(pull\\w*|withdr[ae]w\\w*|yank\\w*) (\\S+ ){0,4}(search engines?|search services?|services?|websites?|sites?|portals?|platforms?|browsers?|webmail|e-?mail services?|messengers?|offices?) (out of|from)",
    },
    {
      type: "exit",
      pattern:
        "(its|their) (services?|products?|apps?|sites?|websites?) (will )?(no longer|cannot|can not|can't|could no longer) be (accessed|used|available|reached)",
    },
    // "plans to liquidate its joint venture in Shandong": the venture closes.
    {
      type: "shutdown",
      pattern:
        "(liquidat\\w*|dissolv\\w*|wind\\w* up|wound up) (its |the |their )?(\\S+ ){0,2}?(joint venture|jv|subsidiar(y|ies)|units?)",
    },
    // "It would stop making advanced AI chips for them": making for customers is selling to them.
    {
      type: "sales-halt",
      pattern:
        "(stop\\w*|ceas\\w*|halt\\w*|suspend\\w*|no longer) (making|manufacturing|producing|fabricating|supplying|shipping) …… for (them|(its |their )?(\\S+ ){0,3}?(customers|clients))",
    },
    // "stopped making TVs in China": production there ends.
    {
      type: "shutdown",
      pattern:
        "(stop\\w*|ceas\\w*|halt\\w*|quit\\w*|end\\w*) (making|producing|manufacturing|assembling)",
      what: "production",
    },
    // "cut off access to its suite of services from mainland China": all of them is the market.
    {
      type: "exit",
      pattern:
        "(cut\\w* off|end\\w*|shut\\w* off|switch\\w* off|turn\\w* off) access to (all (of )?)?(its|their) (entire |whole )?(suite|range|family) of (\\S+ )?(services|products|apps)",
    },
    {
      type: "exit",
      pattern: "(go|goes|going|gone|went) dark in (mainland )?china",
    },
    {
      type: "exit",
      pattern:
        // "pulled from China's App Store" leaves a store, not the country.
        "(pull\\w*|withdr[ae]w\\w*|exit\\w*|retreat\\w*|leav\\w*|left|quit\\w*) (out of |from )?(the )?(chinese market|mainland china|china)(?!'s (\\S+ )?(app ?store|play store|store))",
    },
    {
      type: "exit",
      pattern: "(ceas\\w*|end\\w*|halt\\w*|wind\\w* down|wound down) (all )?(its|their) operations",
    },
    {
      type: "exit",
      pattern: "(exit|withdrawal|departure|retreat) from (the chinese market|china|mainland china)",
    },
    {
      type: "sales-halt",
      pattern: "(stop\\w*|ceas\\w*|halt\\w*|end\\w*|suspend\\w*) (selling|sales) directly",
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: "(stop\\w*|ceas\\w*|halt\\w*|end\\w*|suspend\\w*) (its |all |new )?direct sales",
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: "(no longer|not) be able to (buy|purchase) … directly",
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern:
        "(stop\\w*|ceas\\w*|halt\\w*|suspend\\w*) (selling|shipping|distributing|offering|exporting|delivering)",
    },
    {
      type: "sales-halt",
      pattern:
        "(stop\\w*|ceas\\w*|halt\\w*|end\\w*|suspend\\w*) (its |all |new )?(sales|shipments)",
    },
    { type: "sales-halt", pattern: "(no longer|not) be able to (buy|purchase|order)" },
    // "stopped accepting new orders from Huawei": no new business is a halt of sales.
    {
      type: "sales-halt",
      pattern:
        "(stop\\w*|ceas\\w*|halt\\w*|suspend\\w*|paus\\w*) (accepting|taking|processing|fulfilling) (any |all )?(new )?orders",
    },
    {
      type: "sales-halt",
      pattern:
        "(no longer|not|won't|will not) (accept|take|fulfil|fulfill)\\w* (any )?(new )?orders",
    },
    { type: "sales-halt", pattern: "no longer (sell|sells|offer|offers)" },
    {
      type: "sales-halt",
      pattern:
        "(block\\w*|bar\\w*|bann?\\w*|restrict\\w*|curb\\w*|halt\\w*) (\\S+ ){0,4}(shipments|exports|sales|deliveries) (of|to)",
    },
    // "the Dutch government revoked some of its export licences": the sales stop.
    {
      type: "sales-halt",
      pattern:
        "(revok\\w*|withdr[ae]w\\w*|pull\\w*|cancel\\w*|rescind\\w*) (\\S+ ){0,4}(export )?licen[cs]es?|(export )?licen[cs]es? (\\S+ ){0,3}(was |were |had been |have been )?(revoked|withdrawn|cancell?ed|rescinded)|(new |an? )?(export )?licen[cs]e requirement",
      what: "export licence",
    },
    {
      type: "sales-halt",
      pattern:
        "(require|requires|required|requiring|need\\w*) (a |an )?(export )?licen[cs]es? (for the export|to (ship|export|sell))",
    },
    { type: "sales-halt", pattern: "pull\\w* … from (its )?(shelves|sale)" },
    {
      type: "restriction",
      pattern:
        "(limit\\w*|restrict\\w*|suspend\\w*|halt\\w*|stop\\w*|paus\\w*|clos\\w*) … (sign-?ups?|registrations?|new users?|new accounts?|new (\\S+ )?domains?( names)?)",
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: "(only|just) (allow\\w*|let\\w*) … (to )?(register|sign up)",
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern:
        "(pull\\w*|remov\\w*|delist\\w*|tak\\w* down|took down|yank\\w*|purg\\w*) … (apps?|games?|titles|listings?) …… from (its |the )?(\\S+ )?(app ?store|store|play store|storefront)|(pull\\w*|remov\\w*|delist\\w*|yank\\w*|purg\\w*) from (its |the )?(\\S+ )?(app ?store|play store|storefront) … (apps?|games?|titles|listings?)",
      what: "app store listings",
    },
    // "its apps had been removed from Apple's app store in China": told from the app's side,
    // with no store owner acting, the removal is the censor's, and the app's maker is blocked.
    {
      type: "blocked",
      pattern:
        "(was|were|has been|have been|had been|got|is being|are being) (pulled|removed|delisted|taken down|yanked|purged|scrubbed|dropped) from (\\S+ ){0,3}?(app ?stores?|play store|google play|storefronts?|app markets?)",
      what: "its app",
      undergone: true,
    },
    {
      type: "blocked",
      pattern:
        "((vanish|disappear)\\w* from|(can|could) no longer be (found|downloaded) (in|on|from)) (\\S+ ){0,3}?(app ?stores?|play store|google play|app markets?)",
      what: "its app",
      undergone: true,
    },
    // "pulled Cheetah's CM File Manager and the Kika Keyboard from its store", "began removing
    // the apps of DO Global": apps named by their titles, or by their maker. The store's owner
    // acts: "X has been pulled from the App Store" is left to the pattern above.
    {
      type: "restriction",
      pattern:
        "(pull\\w*|remov\\w*|delist\\w*|tak\\w* down|took down|yank\\w*|purg\\w*) \\S+…… from (its |the )?(\\S+ )?(app ?store|play store|google play|storefront)|(pull\\w*|remov\\w*|delet\\w*|delist\\w*|purg\\w*) (all |some |\\d+ |dozens |hundreds )?(of )?(the |its )?apps (of|from|made by|developed by|published by|belonging to)",
      what: "app store listings",
    },
    {
      type: "restriction",
      pattern:
        "(limit\\w*|restrict\\w*|disabl\\w*|remov\\w*|suspend\\w*|turn\\w* off|switch\\w* off) … (access|features?|functions?|options?|settings?)",
      what: "access",
    },
    {
      type: "restriction",
      pattern:
        "(access|features?|functions?|sign-?ups?|registrations?) … (will be |was |were |is |are |has been |have been |to be )?(suspended|disabled|restricted|limited|removed|switched off|turned off)",
      what: "access",
    },
    {
      type: "restriction",
      pattern:
        "(not|no longer|never) (be )?(available|offered|accessible|launched) (to users )?in (mainland )?china",
      what: "access",
    },
    {
      type: "seller-ban",
      pattern:
        "(bann?\\w*|bar\\w*|block\\w*|suspend\\w*|clos\\w*|shut\\w*|kick\\w*|delist\\w*|remov\\w*|purg\\w*|disabl\\w*|terminat\\w*) … {merchant}",
      what: "sellers",
    },
    {
      type: "partnership-cut",
      pattern: "(no longer|not) be able to (log|sign) ?in",
      what: "log-in integration",
    },
    {
      type: "partnership-cut",
      pattern:
        "(drop\\w*|abandon\\w*|scrap\\w*|shelv\\w*|cancel\\w*|freez\\w*|froze\\w*) (its |the |a )?plans? to (use|buy|source|partner|work)",
      what: "supply plan",
    },
    {
      type: "partnership-cut",
      pattern:
        "(cut\\w*|sever\\w*|end\\w*|terminat\\w*|scrap\\w*|drop\\w*|cancel\\w*|suspend\\w*|pull\\w*|revok\\w*) … {relation}",
    },
    // "will replace Huawei equipment in its network", "rip out ZTE gear": a supplier dropped.
    {
      type: "partnership-cut",
      pattern:
        "(replac\\w*|rip\\w* out|ripp\\w* out|strip\\w* out|remov\\w*|phas\\w* out|swap\\w* out|purg\\w*|exclud\\w*) (all |the |its |their |existing )?(\\S+ ){0,2}?(equipment|gear|kit|hardware|components|base stations|antennas)",
      what: "equipment supply",
      supplierChinese: true,
    },
    // "chose Ericsson, dropping Huawei", "turned its back on ZTE".
    {
      type: "partnership-cut",
      pattern:
        "(dropp\\w*|ditch\\w*|sidelin\\w*|shun\\w*|spurn\\w*|jilt\\w*|turn\\w* (its |their )?backs? on|cut\\w* out) (?!(from|off|out|by|to|in|on)\\b)(chinese )?(supplier |vendor |rival |equipment maker )?",
      what: "equipment supply",
      supplierChinese: true,
    },
    // "did not renew its licence with The9", "failed to agree on renewing the deal".
    {
      type: "partnership-cut",
      pattern:
        "((did|does|will|would|could) not|didn't|won't|never|fail\\w* to) (agree on )?(renew\\w*|extend\\w*) … {relation}",
    },
    // A unit spun off as a company of its own leaves the parent: a divestment.
    {
      type: "divestment",
      pattern: `(spin|spins|spinning|spun) off (its |the )?(\\S+ ){0,6}?(as|into) (a |an )?(standalone|separate|independent|new) (company|entity|business(es)?|firm|venture)`,
    },
    {
      type: "divestment",
      pattern: `(spin|spins|spinning|spun) off (its |the )?(\\S+ ){0,3}?(units?|business(es)?|divisions?|arm|subsidiar(y|ies)|chatbot|app|service)`,
    },
    // "will sell its Five Star stores in China": a chain of stores sold, not goods sold in them.
    {
      type: "divestment",
      pattern:
        "(sell\\w*|sold|offload\\w*) (its|the|their|all( of)? its) (?:(?!in |at |through |via |online )\\S+ ){0,3}(stores|shops|chain|outlets|retail (chain|business(es)?))(?! in (their|its) )",
    },
    // "SK Hynix will acquire Intel's NAND business": told from the buyer's side.
    {
      type: "divestment",
      pattern:
        "(acquir\\w*|buy\\w*|bought|tak\\w* over|took over) (\\S+ )?\\S+'s? (\\S+ ){0,3}?(business(es)?|operations|units?|arm|subsidiar(y|ies)|divisions?|plants?|factor(y|ies)|fabs?)",
      sellerAfter: true,
    },
    {
      type: "divestment",
      pattern:
        "(sell\\w*|sold|divest\\w*|offload\\w*|unload\\w*|dispos\\w*|spin\\w* off|spun off|transferr?\\w*) … (stake|shares|ownership|(?<!private )equity(?! firm)|holdings?|business(es)?|units?|operations|subsidiar(y|ies)|divisions?|assets|infrastructure|servers|equipment|plants?|factor(y|ies))",
    },
    // "Didi will buy Uber's China business": the buyer speaks of the seller's unit.
    {
      type: "divestment",
      pattern:
        "(acquir\\w*|buy\\w*|bought|tak\\w* over|took over) (\\S+ )?\\S+'s? (chinese|china|local) (business(es)?|operations|units?|arm|subsidiar(y|ies)|assets)",
      sellerAfter: true,
    },
    // "folded its China business into Alibaba Group".
    {
      type: "divestment",
      pattern:
        "(fold\\w*|merg\\w*) (its |their )?(\\S+ )?(business(es)?|operations|units?|arm|subsidiar(y|ies)) into",
    },
    // "handed its Chinese operations to Alibaba".
    {
      type: "divestment",
      pattern:
        "(hand\\w*|turn\\w*|transferr?\\w*|pass\\w*) (over )?(its |their |the )?(\\S+ )?(operations|business(es)?|units?|subsidiar(y|ies)|divisions?|arm) (\\S+ ){0,3}?(over )?to",
    },
    {
      type: "divestment",
      pattern:
        "merg\\w* (its |their )?(\\S+ )?(business(es)?|operations|units?|subsidiar(y|ies)) (\\S+ ){0,4}with",
    },
    // "Its mobility unit in China will be sold to the Chinese carmaker BYD": told in the
    // passive, the owner named before is the seller and the company after "to" the buyer.
    {
      type: "divestment",
      pattern:
        "(units?|business(es)?|operations|arm|subsidiar(y|ies)|divisions?|plants?|factor(y|ies)|fabs?|stake|assets) (\\S+ ){0,4}?(will|would|is|are|was|were|has|have|had|to) (now |also |eventually |then )?(be |been |being )(now |also )?(sold|transferred|handed over|passed) to",
    },
    {
      type: "other",
      pattern: "(acquir\\w*|buy\\w*|bought|tak\\w*|took|purchas\\w*) … {stake}",
      what: "buys a stake in",
    },
    // "invested $1 billion in Chinese ride-hailing company Didi": money into a Chinese firm,
    // not into the market.
    {
      type: "other",
      pattern:
        "invest\\w* (\\S+ ){0,4}?in (chinese|china's) (\\S+ ){0,3}?(company|firm|startup|platform|operator|maker|rival|giant)",
      what: "buys a stake in",
    },
    // "Bing has been ordered to suspend auto-suggest": told to by the state, in the passive.
    {
      type: "blocked",
      pattern:
        "(was|were|is|are|has been|have been|had been|being|been) (\\S+ )?(ordered|told|forced|required|instructed) to (suspend|stop|halt|remove|close|shut|take down|pull|disable|withdraw|cease)",
    },
    // "Cisco's products were dropped from the government procurement list": the state no longer
    // buys them.
    {
      type: "blocked",
      pattern:
        "(dropp\\w*|remov\\w*|exclud\\w*|struck|strik\\w*|delist\\w*|cut|omitt?\\w*|disappear\\w*|vanish\\w*) …… (from|off) (the |a |its |china's )?(\\S+ ){0,3}?(procurement|purchasing|purchase|suppliers?|vendors?) (lists?|catalogu?es?)",
      what: "government procurement",
    },
    {
      type: "blocked",
      pattern:
        "(government|authorities|regulators?|beijing|censors|cyberspace administration|ministry|court)\\w* … (block\\w*|blacklist\\w*|bann?\\w*|censor\\w*|remov\\w*|order\\w* … (remov|tak\\w* down|clos|shut|suspend|halt)\\w*)",
    },
    {
      type: "blocked",
      pattern: "(blocked|banned|censored|inaccessible|unavailable) in (mainland )?china",
    },
    { type: "blocked", pattern: "great firewall", backdrop: true },
    // "China has banned Windows 8 on government computers": the state named by its country.
    {
      type: "blocked",
      pattern:
        "(china|beijing) (has |had |will |would |is to |said it would |moved to |decided to )?(bann?(s|ed|ing)?|barr?(s|ed|ing)?|block(s|ed|ing)?|prohibit\\w*|outlaw\\w*|forb(id|ids|ade|idden))(?!\\w)",
    },
    {
      type: "blocked",
      pattern:
        "(unreachable|inaccessible|(was|were|is|are|has been|have been|got|remains?) (blocked|banned|censored)|(cannot|can't|could not|couldn't|can no longer|could no longer) be (accessed|reached|loaded)|(stopped|stops|ceased) (loading|working|responding) for (users|visitors|people))",
    },
    // "dissolved its partnership with Alibaba": a relation dissolved is a cut, not a closure.
    {
      type: "partnership-cut",
      pattern: "(dissolv\\w*|disband\\w*) (\\S+ ){0,3}?{relation}",
    },
    {
      type: "shutdown",
      pattern:
        "(clos\\w*|shut\\w*|discontinu\\w*|pull\\w* the plug on|end\\w*|scrap\\w*|terminat\\w*|retir\\w*|sunset\\w*|switch\\w* off|turn\\w* off|tak\\w* offline|took offline|disband\\w*|dissolv\\w*|wind\\w* down|wound down) … {service}",
    },
    // "laid off its entire R&D team in Shanghai": the whole team gone is the site closed.
    {
      type: "shutdown",
      pattern:
        "(lay\\w*|laid) off (the |its |their )?(entire|whole) (\\S+ ){0,3}?(r&d|research( and development)?|development|engineering|design|software|hardware|chip|product) teams?",
    },
    // "its local email service would close", "its servers there would be switched off".
    {
      type: "shutdown",
      pattern:
        "{service} (\\S+ ){0,3}?(would|will|is to|was to|are to|were to|is set to|are set to|is going to|are going to|has|have|had)? ?(be |been )?(clos(e|ed|es|ing)|shut( down)?|discontinued|retired|switched off|turned off|taken offline|pulled(?! from)|go dark|goes dark|went dark|gone dark|disbanded|dissolved|wound down)",
    },
    // "Google is selling Motorola Mobility to Lenovo": a sale of anything to a buyer the text names as Chinese, or that is
    // a Chinese company, is a divestment toward China; to anyone else it is not read here.
    {
      type: "divestment",
      pattern: "(sell\\w*|sold|offload\\w*|divest\\w*) (\\S+ ){1,10}?to",
      buyerChinese: true,
    },
  ],
  china: [
    "china",
    "chinese",
    "beijing",
    "shanghai",
    "shenzhen",
    "hangzhou",
    "guangzhou",
    "mainland",
    "prc",
  ],
  mainland: ["mainland"],
  anaphors: [
    "the company",
    "the firm",
    "the group",
    "the platform",
    "the giant",
    "the retailer",
    "the maker",
    "the service",
    "the app",
    "the startup",
    "the brand",
    // "The EMS giant", "the Taiwanese contract manufacturer": a noun with its modifiers; a
    // Chinese or local one is the other party, not the company the article is about.
    "the (?!chinese |local |domestic )(\\S+ ){1,2}(company|firm|group|giant|maker|chipmaker|manufacturer|retailer|startup|platform|service|site|website|provider|operator|developer|publisher|network)",
  ],
  hedges: [
    // A move denied: "Steam has not been banned".
    "(is|was|are|were|has|have|had|been)(n't| not) (been )?(blocked|banned|censored|shut|closed|removed)",
    // An individual user's account suspended is not a move in the market.
    "(suspend\\w*|clos\\w*|block\\w*|ban\\w*) (the |an |their |his |her )?accounts? of",
    "(could|might|may) (\\w+ )?(close|exit|leave|pull|stop|end|sell|ban|block|shut|withdraw|cut|quit|suspend|restrict|be (forced|closed|banned|blocked|shut))",
    "may (have|not|soon)",
    "consider\\w*",
    // A letter of intent, or talks that are not binding, are not a sale.
    "letters? of intent",
    // "Carl Icahn sold his full stake in the company": a person's holding, not a company's move.
    "(his|her) (full |entire |whole |remaining )?(stake|shares|holdings?)",
    "non-binding",
    // "faces a ban unless the company sells its stake": a condition, not a move.
    "unless",
    "den(y|ies|ied)",
    "rumou?r\\w*",
    "talks",
    "negotiat\\w*",
    "threat\\w*",
    "mull\\w*",
    "weigh\\w*",
    "speculat\\w*",
    "if ",
    "reportedly (plan|consider|weigh|mull)\\w*",
    "(is|are|was) said to be",
    "would (consider|look at)",
    "hypothetical\\w*",
    "(want\\w*|urg\\w*|press\\w*|push\\w*|ask\\w*|call\\w* on) (\\S+ ){0,3}to (dispose|divest|sell|offload|spin)",
    "(does|do|did|does|doesn't|don't|didn't) (not )?(remove|ban|block|close|exit|sell|affect)",
  ],
  precedent: ["after", "following", "like", "as with"],
  background: [
    "had already",
    "earlier",
    "previously",
    "in the past",
    "(two|three|four|five|several|\\d+) years later",
    "back in",
    "at the time",
    "ever since",
    "since then",
    "first … in",
    "once",
    "years ago",
  ],
  // Getting round a block, beside a name of the Great Firewall: "apps to get around it".
  // China as where something moves to: "to move production to China".
  relocation: ["(mov|shift|relocat|transferr?)\\w* (\\S+ ){0,5}?to (mainland )?"],
  // A sale's buyer follows these: "to South Korea's SK Hynix".
  buyerBefore: ["to"],
  circumvent: [
    "(get|gets|got|getting|slip|slips|slipped|climb|climbs|climbed) (around|round|past|over|through|under)",
    "bypass\\p{L}*",
    "circumvent\\p{L}*",
    "evad\\p{L}*",
    "skirt\\p{L}*",
    "sidestep\\p{L}*",
    "tunnel\\p{L}* (through|under)",
    "jump\\p{L}* (over )?",
    "scal(e|es|ed|ing)",
    "dodg\\p{L}*",
    "beat(s|ing)?",
    "hop\\p{L}* over",
  ],
  entries: [
    "launch\\w*",
    "enter\\w*",
    "entry into",
    "expan\\w*",
    "open\\w* (a |an |its |new )?(stores?|offices?|cent(er|re)s?|plants?|factor(y|ies)|labs?)",
    "return\\w* to",
    "re-?enter\\w*",
    "invest\\w* in",
    "set\\w* up",
  ],
  companyMarkers: {
    before: [
      "company",
      "firm",
      "group",
      "maker",
      "giant",
      "startup",
      "chipmaker",
      "platform",
      "retailer",
    ],
    after: [
      "inc\\.?",
      "corp\\.?",
      "corporation",
      "co\\.?",
      "ltd\\.?",
      "llc",
      "plc",
      "gmbh",
      "ag",
      "sa",
      "nv",
      "bv",
      "holdings",
    ],
  },
  // Words that put a sentence after the day of writing.
  future: [
    "will",
    "shall",
    "'ll",
    "(is|are) (set |going )?to (be )?(close|shut|end|stop|leave|exit|sell|halt|cease)\\w*",
    // Reported speech: "told customers it would stop making the chips".
    "would (close|shut|end|stop|leave|exit|sell|halt|cease|suspend|withdraw)\\w*",
  ],
  effective: [
    "effective",
    "from",
    "starting",
    "later",
    "as of",
    "until",
    "by",
    "beginning",
    "takes effect",
    "take effect",
    "expir\\w*",
    "on or after",
    "no later than",
    "deadline",
  ],
  dates: {
    connectors: ["of", "the", "in", "on", "since"],
    lastMonth: ["last", "past"],
    few: ["a few", "few", "several", "a couple of", "couple of"],
    numbers: {
      one: 1,
      a: 1,
      an: 1,
      two: 2,
      three: 3,
      four: 4,
      five: 5,
      six: 6,
      seven: 7,
      eight: 8,
      nine: 9,
      ten: 10,
      twelve: 12,
    },
    units: {
      // "since then": the date last mentioned, from which a state lasts.
      "since then": ["day", 0],
      day: "day",
      days: "day",
      week: "week",
      weeks: "week",
      month: "month",
      months: "month",
      year: "year",
      years: "year",
    },
    relative: [
      { pattern: "(?=since then){unit}", sign: 1, anchor: "previous" },
      { pattern: "{n} {unit} (earlier|before|prior)", sign: -1, anchor: "previous" },
      { pattern: "{n} {unit} later", sign: 1, anchor: "previous" },
    ],
    thatSuffix: [],
    ordinals: {
      first: 1,
      second: 2,
      third: 3,
      fourth: 4,
      fifth: 5,
      tenth: 10,
      fifteenth: 15,
      twentieth: 20,
      thirtieth: 30,
    },
    sameYear: ["of the same year", "that year", "the same year"],
    recent: ["recently", "this week", "in recent days"],
    approximate: ["early", "mid", "late", "around", "about", "circa", "roughly"],
  },
  boilerplate: [
    "advertisement",
    "share this",
    "click to share",
    "sign up",
    "subscribe",
    "photo:",
    "image:",
    "related:",
    "follow us",
    "(like|find|join) us on",
    "connect with us",
    "cookies?",
    "newsletter",
    "spread the love",
  ],
  stopAt: [
    "read more",
    "leave a reply",
    "leave a comment",
    "related articles",
    "related posts",
    "related stories",
    "you may also like",
    "more from",
    "recommended for you",
    "comments?",
    "most read",
  ],
  outlet: [
    "^source\\s*:\\s*(?<outlet>[^\\n]{2,80}?)\\s*$",
    "appeared first on (?<outlet>[^\\n]{2,80}?)\\.?\\s*$",
    "^\\(?(?<outlet>reuters|bloomberg|afp|ap|xinhua)\\)?\\s*[-—–]",
  ],
};
