import type { ActionRule, Lexicon } from "./types.ts";

// Hindi puts the verb last and builds it from a noun or stem plus a light verb: "बंद कर दिए",
// "रोक दी", "बेच दिया". Folding splits a nukta letter (ज़ → ज + ़) but keeps it, and writers
// drop it as often as they use it, so `h` makes a nukta optional after the letters that take one.
// Vowel signs and the virama are marks, not letters: a stem continues with `W` ([\p{L}\p{M}]*).
const W = "[\\p{gc=L}\\p{gc=M}]*";
/** Up to ten words: the object often sits far from the light verb that ends the clause. */
const FAR = "(?:\\s+\\S+){0,10}?\\s+";
/** The engine's word start ignores marks; a pattern must not start after a vowel sign either. */
const START = "(?<!\\p{gc=M})";

/** Makes a nukta optional after क ख ग ज ड ढ फ: "बाजार" matches "बाज़ार" and "बाजार". */
function h(pattern: string): string {
  return pattern.replace(/([कखगजडढफ])(?!\u093c)/g, "$1\u093c?").replace(/\u093c(?!\?)/g, "\u093c?");
}
const all = (items: readonly string[]) => items.map(h);

/** China as a market: चीन, चीनी बाजार, चीन के बाजार, मेनलैंड चीन. */
const CN = "(मेनलैंड चीन|चीन की मुख्य भूमि|चीनी (बाजार|मार्केट)|चीन के (बाजार|मार्केट)|चीन)";
const STOP = `(बंद|रोक${W}|थाम${W}|निलंबित|स्थगित|सस्पेंड|समाप्त|खत्म|ठप)`;
const SALE = "(बिक्री|बेचना|बेचने|बेचे जाने|सप्लाई|आपूर्ति|निर्यात|शिपमेंट|शिपमेंट्स|डिलीवरी)";
const CHINESE_STATE =
  "((चीन|चीनी)( की| के)? (सरकार|प्रशासन|अधिकारियों|अधिकारी|नियामक|नियामकों|नियामक संस्था|सेंसर|साइबर नियामक|इंटरनेट नियामक)|बीजिंग|साइबरस्पेस (प्रशासन|अथॉरिटी|एडमिनिस्ट्रेशन)|सीएसी)";

/** Hindi (folded: a nukta letter is split into letter + nukta). */
export const hi: Lexicon = {
  language: "hi",
  spaced: true,
  countries: {
    अमेरिका: "US",
    यूएस: "US",
    "संयुक्त राज्य": "US",
    हांगकांग: "HK",
    "हॉन्ग कॉन्ग": "HK",
    कोरिया: "KR",
    ब्रिटेन: "GB",
    इंग्लैंड: "GB",
    "दक्षिण कोरिया": "KR",
    वियतनाम: "VN",
  },
  nouns: {
    service: {
      store: all([`(स्टोर|दुकान|शोरूम|बुकस्टोर|रिटेल स्टोर|आउटलेट)${W}`]),
      website: all([`(वेबसाइट|साइट|पोर्टल|वर्जन|संस्करण|सोशल नेटवर्क)${W}`]),
      service: all([`(सेवा|सेवाएं|सेवाओं|सेवाएँ|सर्विस|प्लेटफॉर्म|प्लेटफार्म|मार्केटप्लेस)${W}`]),
      app: all([`(ऐप|एप|ऐप्स|एप्लिकेशन|एप्लीकेशन)${W}`]),
      office: all([
        `(दफ्तर|ऑफिस|कार्यालय|प्लांट|फैक्ट्री|फैक्टरी|कारखान|संयंत्र|डेटा सेंटर|रिसर्च सेंटर|अनुसंधान केंद्र|आरएंडडी सेंटर|शाखा)${W}`,
      ]),
      business: all([`(सहायक कंपनी|सब्सिडियरी|यूनिट|इकाई|ऑपरेशन)${W}`]),
      product: all([`(उत्पाद|प्रोडक्ट|गेम|सर्वर)${W}`]),
    },
    merchant: all([
      `(विक्रेता|विक्रेताओं|सेलर|वेंडर|व्यापारी|व्यापारियों|ब्रांड|आपूर्तिकर्ता|सप्लायर|मर्चेंट|दुकानदार)${W}`,
    ]),
    relation: all([
      `(साझेदारी|भागीदारी|सहयोग|समझौत|करार|अनुबंध|कॉन्ट्रैक्ट|लाइसेंस|संबंध|सम्बन्ध|रिश्त|गठबंधन|डील|टाई-अप|पार्टनरशिप|खरीद)${W}`,
    ]),
    stake: all([
      `(?<!(बाजार|मार्केट) )(हिस्सेदारी|स्टेक|इक्विटी)${W}`,
      `(?<!(बाजार|मार्केट) )(शेयर|हिस्सा)(?![\\p{gc=L}\\p{gc=M}])`,
      "\\d+([.]\\d+)? ?(%|फीसदी|प्रतिशत) (हिस्सेदारी|शेयर|हिस्सा|स्टेक)",
    ]),
  },
  actions: (
    [
      // "X के साथ कारोबार खत्म" (ending business with X) is a cut, not an exit: before the exit rules.
      {
        type: "partnership-cut",
        pattern: `के साथ (अपना |अपने |अपनी )?(कारोबार|व्यापार|बिजनेस|संबंध|रिश्त${W}|साझेदारी|सौदा|सौदे) … (खत्म|समाप्त|तोड|बंद|रोक)${W}`,
      },

      // Exit: "चीन से बाहर निकलना", "चीनी बाजार छोड़ दिया", "चीन में कारोबार समेटना".
      {
        type: "exit",
        pattern: `${CN} (से|को) (पूरी तरह (से )?|पूरी तरह से )?(बाहर (निकल|हो|जा|जाने)${W}|निकल${W}|हट${W}|विदा|अलविदा|एग्जिट|किनारा|पलायन|हाथ खींच${W}|कारोबार समेट${W})`,
      },
      { type: "exit", pattern: `${CN} (से )?(की )?(वापसी|निकासी|एग्जिट|बाहर निकलने)` },
      { type: "exit", pattern: `${CN} छोड${W}` },
      {
        type: "exit",
        pattern: `(चीन में )?(अपना |अपने |अपनी |सारा |सारे |पूरा )?(कारोबार|कामकाज|परिचालन|ऑपरेशन्स|ऑपरेशंस|संचालन|व्यापार|बिजनेस|व्यवसाय) (पूरी तरह (से )?)?(बंद|समेट${W}|समाप्त|खत्म)`,
      },

      // Sales halt, direct sales first.
      {
        type: "sales-halt",
        pattern: `(सीधी बिक्री|डायरेक्ट सेल्स|डायरेक्ट सेल|सीधे बेचना|सीधे बेचने) … ${STOP}`,
        what: "direct sales",
      },
      {
        type: "sales-halt",
        pattern: `सीधे … (नहीं (बेच|खरीद)${W}|(बेच|खरीद) नहीं)`,
        what: "direct sales",
      },
      { type: "sales-halt", pattern: `${SALE}${W} … ${STOP}` },
      { type: "sales-halt", pattern: `${SALE}${W} पर (रोक|पाबंदी)` },
      { type: "sales-halt", pattern: `(अब )?नहीं (बेच${W}|बेचेग${W}|बेचेंगे)` },
      { type: "sales-halt", pattern: `(बेचना|बेचने|सप्लाई करना) (बंद|छोड${W})` },
      {
        type: "sales-halt",
        pattern: `(खरीद|खरीदारी|ऑर्डर) नहीं (कर )?(सकेंगे|पाएंगे|सकेंगी|पाएंगी|सकते|सकेगा)`,
      },

      // Blocked by the Chinese state (before restrictions: "चीनी सरकार ने … सीमित" is a block).
      {
        type: "blocked",
        pattern: `${CHINESE_STATE}${W}${FAR}(प्रतिबंध|पाबंदी|बैन|ब्लॉक|रोक|हटा|रोक लगा|बंद करने का आदेश|आदेश|निर्देश|रोकने को कहा|खरीद बंद)${W}`,
      },
      {
        type: "blocked",
        pattern: `चीन में … (ब्लॉक|बैन|प्रतिबंधित) (है|हैं|कर दिया गया|कर दी गई|कर दिए गए|किया गया|की गई|हो गया|हो गई)`,
      },
      { type: "blocked", pattern: `चीन में … (एक्सेस|पहुंच|पहुँच) नहीं` },
      { type: "blocked", pattern: "(ग्रेट फायरवॉल|ग्रेट फायरवाल|महान फायरवॉल)" },

      // Restrictions on sign-ups and features.
      {
        type: "restriction",
        pattern: `(नए )?((यूजर्स|यूजरों|उपयोगकर्ताओं|ग्राहकों|सदस्यों|यूजर) (के |का |की )?)?(रजिस्ट्रेशन|पंजीकरण|पंजीयन|साइन-?अप|सदस्यता|अकाउंट खोलने)${W} … ${STOP}`,
        what: "sign-ups",
      },
      {
        type: "restriction",
        pattern: `नए (यूजर्स|यूजरों|उपयोगकर्ताओं|ग्राहकों|सदस्यों)${W} … (नहीं जोड${W}|रोक${W}|सीमित)`,
        what: "sign-ups",
      },
      {
        type: "restriction",
        pattern: `(फीचर|सुविधा|एक्सेस|पहुंच|पहुँच|इस्तेमाल|उपयोग)${W} … (सीमित|प्रतिबंधित|बंद|रोक${W}|हटा${W}|डिसेबल)`,
        what: "access",
      },
      {
        type: "restriction",
        pattern: `चीन (में|के) … (उपलब्ध नहीं|नहीं मिलेग${W}|पेश नहीं|लॉन्च नहीं|नहीं दी जाएग${W})`,
        what: "access",
      },

      // Seller bans.
      {
        type: "seller-ban",
        pattern: `{merchant} … (बंद|निलंबित|सस्पेंड|ब्लॉक|बैन|प्रतिबंध|हटा|निकाल|बाहर कर|रोक|डीलिस्ट|डिलीट)${W}`,
        what: "sellers",
      },
      { type: "seller-ban", pattern: `(प्रतिबंध|बैन|रोक|कार्रवाई) … {merchant}`, what: "sellers" },

      // Partnership cuts.
      {
        type: "partnership-cut",
        pattern: `लॉग ?इन नहीं (कर )?(सकेंगे|पाएंगे|सकते|सकेंगी)`,
        what: "log-in integration",
      },
      {
        type: "partnership-cut",
        pattern: `{relation} … (खत्म|समाप्त|तोड|रद्द|निलंबित|रोक|बंद|स्थगित|वापस ले|फ्रीज)${W}`,
      },

      // Divestment.
      {
        type: "divestment",
        pattern: `({stake}|(कारोबार|बिजनेस|व्यवसाय|इकाई|यूनिट|सहायक कंपनी|प्लांट|फैक्ट्री|फैक्टरी|कारखान|परिसंपत्ति|संपत्ति)${W}) … (बेच${W}|बेचा|बेची|बिक्री|विनिवेश|ट्रांसफर)`,
      },
      { type: "divestment", pattern: `(विनिवेश|हिस्सेदारी घटा${W}|हिस्सेदारी कम)` },

      // Stakes taken (other).
      {
        type: "other",
        pattern: `{stake} … (खरीद${W}|हासिल${W}|अधिग्रहण${W}|ले ली|लेगी|लेगा|बढा${W})`,
        what: "buys a stake in",
      },

      // Shutdowns, last: they are the most generic.
      { type: "shutdown", pattern: `{service} … (बंद|समाप्त|खत्म|ठप|शटडाउन)${W}` },
      { type: "shutdown", pattern: `(बंद|समाप्त) (करने|कर|किए|की) … {service}` },
    ] satisfies ActionRule[]
  ).map((rule): ActionRule => ({ ...rule, pattern: START + h(rule.pattern) })),
  china: all([
    `चीन${W}`,
    "बीजिंग",
    "शंघाई",
    "शेनझेन",
    "शेनजेन",
    "शेन्जेन",
    "हांगझोउ",
    "ग्वांगझू",
    "गुआंगझोउ",
    "चेंगदू",
    "वुहान",
    "डालियान",
    "मेनलैंड चीन",
    "मुख्य भूमि",
  ]).map((item) => START + item),
  mainland: all(["मेनलैंड", "मुख्य भूमि", "मुख्यभूमि"]),
  anaphors: all([
    "कंपनी (ने|का|की|के|को|से|भी)",
    "प्लेटफॉर्म (ने|का|की|के)",
    "फर्म (ने|का|की|के)",
    "समूह (ने|का|की|के)",
    "दिग्गज (कंपनी )?(ने|का|की|के)",
    "टेक दिग्गज",
    "ब्रांड (ने|का|की|के)",
  ]),
  hedges: all([
    `(?<!नहीं (\\S+ )?)(सकता|सकती|सकते) (है|हैं)`,
    "संभव",
    `संभावना${W}`,
    "शायद",
    `विचार कर${W}`,
    "बातचीत",
    `अफवाह${W}`,
    "इनकार",
    "खंडन",
    "धमकी",
    "अगर",
    "यदि",
    "सूत्रों (के|का)",
    `रिपोर्ट्स? के (मुताबिक|अनुसार)`,
    "कथित",
    "योजना नहीं",
    "(खत्म|बंद|समाप्त|वापस|बाहर|छोड) नहीं",
    "प्रभावित नहीं",
    "अटकल",
  ]),
  effective: all(["आगामी", "प्रभावी", "लागू", "से लागू"]),
  // Hindi postpositions follow the date: "1 नवंबर से", "साल के अंत तक".
  effectiveAfter: ["से", "तक"],
  dates: {
    years: { "पिछले साल": -1, "पिछले वर्ष": -1, "इस साल": 0, "इस वर्ष": 0, "अगले साल": 1 },
    // Also the words that mark a bare number as a year: "सन 2016", "वर्ष 2016".
    connectors: ["सन", "वर्ष", "साल", "को", "में", "की", "के"],
    lastMonth: ["पिछले", "बीते", "गत"],
    few: ["कुछ", "कई"],
    numbers: {
      एक: 1,
      दो: 2,
      तीन: 3,
      चार: 4,
      पांच: 5,
      पाँच: 5,
      छह: 6,
      छः: 6,
      सात: 7,
      आठ: 8,
      नौ: 9,
      दस: 10,
      ग्यारह: 11,
      बारह: 12,
    },
    units: {
      दिन: "day",
      दिनों: "day",
      हफ्ते: "week",
      "हफ\u093c्ते": "week",
      हफ्तों: "week",
      "हफ\u093c्तों": "week",
      सप्ताह: "week",
      सप्ताहों: "week",
      महीने: "month",
      महीनों: "month",
      महीना: "month",
      माह: "month",
      साल: "year",
      सालों: "year",
      वर्ष: "year",
      वर्षों: "year",
      बरस: "year",
    },
    relative: [
      { pattern: "उससे {n} {unit} (पहले|पूर्व)", sign: -1, anchor: "previous" },
      { pattern: "{n} {unit} (बाद|के बाद)", sign: 1, anchor: "previous" },
      { pattern: "{n} {unit} (पहले|पूर्व)", sign: -1, anchor: "publication" },
      // "पिछले साल" (last year), the usual form in the press; CLDR has only "पिछला वर्ष".
      { pattern: "(पिछले|बीते|गत) {unit}(?! \\d)", sign: -1, anchor: "publication" },
      { pattern: "(अगले|आगामी) {unit}(?! \\d)", sign: 1, anchor: "publication" },
    ],
    thatSuffix: [],
    sameYear: ["उसी साल", "उसी वर्ष", "उस साल", "उस वर्ष"],
    recent: ["हाल ही में", "हाल में", "हालिया", "पिछले दिनों", "बीते दिनों"],
    approximate: ["लगभग", "करीब", "तकरीबन", "शुरुआत", "मध्य"],
  },
  boilerplate: all([
    "विज्ञापन",
    "शेयर करें",
    "शेयर",
    "फॉलो करें",
    "सब्सक्राइब",
    "फोटो",
    "तस्वीर",
    "इमेज",
    "\\(c\\)",
    "©",
    "कॉपीराइट",
  ]),
  stopAt: all([
    "ये भी पढ़ें",
    "यह भी पढ़ें",
    "इसे भी पढ़ें",
    "ये भी पढें",
    "यह भी पढें",
    "संबंधित खबरें",
    "संबंधित लेख",
    "और पढ़ें",
    "टिप्पणियां",
    "टिप्पणियाँ",
    "टिप्पणी करें",
    "कमेंट्स?",
    "ताजा खबरें",
    "सबसे ज्यादा पढ़ी गई",
    "लेटेस्ट खबरें",
  ]),
  outlet: [
    "^(?:स्रोत|सोर्स)\\s*[:：]\\s*(?<outlet>[^\\n]{2,60}?)\\s*$",
    "^\\(?\\s*इनपुट\\s*[:-]\\s*(?<outlet>[^)\\n]{2,40}?)\\s*\\)?\\s*$",
    "^\\(?(?<outlet>भाषा|पीटीआई|आईएएनएस|एएनआई|रॉयटर्स|PTI|IANS|ANI|Reuters)\\)?\\s*[-—–:]",
  ],
};
