import type { Lexicon } from "./types.ts";

// German puts the verb (or its separable prefix) at the end of the clause, often more than six
// words after its object: "den Verkauf seiner Modelle A100 und H100 nach China einstellen".
const FAR = "(?:\\s+\\S+){0,10}?\\s+";
// German closes a clause with its participle: "Ein Gericht hat Apple den Verkauf der meisten
// iPhone-Modelle im Land untersagt" puts a dozen words between the court and its verb.
const CLAUSE = "(?:\\s+\\S+){0,16}?\\s+";
const L = "\\p{gc=L}";

/**
 * A verb-final clause: the object noun is the span (so a company named between it and the
 * verb counts as the party after the move), the closing verb must follow within ten words.
 */
// "sein Entwicklungsteam in Shanghai", "die F&E-Abteilung": a team named by its work.
const TEAM = `[${L}&-]*(entwicklungs|entwickler|forschungs|f&e|r&d|ingenieurs?|software)-?(teams?|abteilung(en)?|gruppen?)(?!${L})`;
const ending = (noun: string, verbs: string) => `(?:${noun})(?!${L})(?=${FAR}(?:${verbs})(?!${L}))`;

/** Adverbs between the object and "nicht mehr": "Huawei bis auf Weiteres nicht mehr beliefern". */
const SUPPLY_ADVERBS =
  "bis auf weiteres|ab sofort|vorerst|vorlaufig|kunftig|zunachst|damit|somit|demnach|offenbar|auch|jetzt|nun";
/** No word of those adverbs is the object itself. */
const SUPPLY_ADVERB_WORDS = `(?!(?:bis|auf|weiteres|ab|sofort|${SUPPLY_ADVERBS})(?!${L}))`;

const STOP_VERBS =
  "einstellen|einzustellen|eingestellt|stoppen|zu stoppen|gestoppt|aussetzen|auszusetzen|ausgesetzt|beenden|zu beenden|beendet";

/**
 * Words that may follow an anaphor ("Der Konzern teilte mit", "Das Unternehmen hat"): any other
 * word right after it is a name ("Der US-Konzern Nvidia"), and the noun is no anaphor then.
 */
const AFTER_ANAPHOR =
  "hat|hatte|habe|hatten|haben|hatte|ist|war|sei|ware|wird|wurde|werde|will|wollte|muss|musste|soll|sollte|kann|konnte|konne|darf|teilte|teilt|gab|gibt|kundigte|kundigt|erklarte|erklart|sagte|sagt|betonte|betont|bestatigte|bestatigt|stellt|stellte|zieht|zog|verkauft|verkaufte|schlie(ß|ss)t|schloss|beendet|beendete|bietet|bot|liefert|lieferte|reagierte|mit|in|im|auf|am|nach|bei|fur|uber|aus|und|sich|sein|seine|seinen|seiner|seinem|ihre|ihren|ihrer|ihr|selbst|jedoch|aber|nun|bereits|schon|zuvor|damals|dann|daher|zufolge|laut|nicht|auch|erst|noch|von|vom|zum|zur|an|als|der|die|das|den|dem|des|hinter|aus|seit|zog|musste|begrundete";
const anaphor = (noun: string) => `${noun}(?!\\s+(?!(?:${AFTER_ANAPHOR})(?!${L}))[\\p{L}\\d])`;

/** German (folded: ä → a, ö → o, ü → u; ß stays ß). */
export const de: Lexicon = {
  language: "de",
  spaced: true,
  capitalisesNouns: true,
  countries: {
    us: "US",
    amerika: "US",
    "vereinigten staaten": "US",
    sudkoreas: "KR",
    "sud-korea": "KR",
    russlands: "RU",
    indiens: "IN",
    japans: "JP",
    taiwans: "TW",
    hongkongs: "HK",
    grossbritannien: "GB",
    deutschlands: "DE",
  },
  nouns: {
    service: {
      store: [`[${L}-]*(shops?|stores?|laden|filialen?|buchhandlung${L}*)`, "ladengeschafte"],
      website: [`[${L}-]*(webseiten?|website${L}*|internetseiten?|portal(e|s)?)`, "version(en)?"],
      service: [
        `[${L}-]*(dienst(e|es|en)?|services?|plattform(en)?|netzwerk(e|es|s)?|angebot(e|s)?)`,
      ],
      app: [`[${L}-]*(apps?|anwendung(en)?)`],
      // German compounds its sites: "Handyfabrik", "Chipwerk", "Forschungslabor".
      office: [
        `[${L}-]*(buros?|niederlassung(en)?|fabrik(en)?|labor(e|s)?)`,
        `([${L}-]*entwicklungs|spiele)?studios?`,
        "werk(e|s)?",
        `[${L}]*(produktions|zweig|halbleiter|chip|montage|fertigungs)werk(e|s)?`,
        `[${L}-]*(rechenzentr${L}*|forschungszentr${L}*|entwicklungszentr${L}*)`,
        TEAM,
        "standort(e|s)?",
        "zentrale",
      ],
      production: [`[${L}-]*(produktion|fertigung|herstellung)`],
      business: [
        `tochter(gesellschaft|firma|unternehmen)?${L}*`,
        "betrieb(e|s)?",
        "geschaftstatigkeit(en)?",
      ],
      product: ["produkt(e|s)?", `[${L}-]*spiel(e|s)?`, "server(n|s)?"],
    },
    merchant: [
      `[${L}-]*handler(n|s|innen)?`,
      `[${L}-]*verkaufer(n|s)?`,
      `haendler${L}*`,
      `drittanbieter${L}*`,
      "lieferanten?",
      "zulieferer(n|s)?",
      `[${L}-]*marken`,
      "marke",
      "handlerkonten",
      "verkauferkonten",
      "anbieter(n)? aus china",
    ],
    relation: [
      `[${L}-]*partnerschaft(en)?`,
      `[${L}-]*zusammenarbeit`,
      `[${L}-]*kooperation(en)?`,
      `[${L}-]*vertrag(e|s)?`,
      `[${L}-]*vertragen?`,
      `[${L}-]*vereinbarung(en)?`,
      `[${L}-]*abkommen(s)?`,
      `[${L}-]*lizenz(en)?`,
      `[${L}-]*beziehung(en)?`,
      "verbindung(en)?",
      "allianz(en)?",
      "integration(en)?",
      "joint ventures?",
      `[${L}-]*bundnis(se)?`,
      "bande",
      "auftrage",
    ],
    stake: [
      "anteil(e|en|s)?",
      `[${L}-]*beteiligung(en)?`,
      `aktien(paket)?${L}*`,
      "\\d+([,.]\\d+)? ?(%|prozent)",
      "aktienmehrheit",
      "mehrheit",
    ],
  },
  actions: [
    // Exit: "zieht sich aus China zurück", "verlässt den chinesischen Markt", "Rückzug aus China".
    {
      type: "exit",
      pattern: `(zieh${L}*|zog${L}*|gezogen) sich … (aus|vom) (dem |der )?(china|chinesischen (markt|festland)|festlandchina|volksrepublik|reich der mitte|china-?geschaft)`,
    },
    {
      type: "exit",
      pattern:
        "(ruckzug|abzug|ausstieg|abschied) (aus|vom) (dem |der )?(china|chinesischen (markt|festland)|festlandchina|volksrepublik|reich der mitte|china-?geschaft)",
    },
    {
      type: "exit",
      pattern: `(verla(ss|ß)${L}*|verlie(ß|ss)${L}*) (den |das )?(chinesischen markt|china|festlandchina|chinesische festland|reich der mitte|volksrepublik)`,
    },
    {
      type: "exit",
      pattern: `(steig${L}*|stieg${L}*) … aus (dem )?(chinesischen markt|china-?geschaft) aus`,
    },
    {
      type: "exit",
      pattern: `aus (dem |der )?(china|chinesischen (markt|festland)|festlandchina|volksrepublik|reich der mitte|china-?geschaft) (ganz |komplett |vollstandig |endgultig )?(zuruckgezogen|zuruckziehen|zuruckzuziehen|zuruckzog|verabschiedet|verabschieden|ausgestiegen|auszusteigen|aussteigen|abgezogen|abziehen|abgewandert)(?!${L})`,
    },
    {
      type: "exit",
      pattern: `(verleg${L}*|verlagert?${L}*|umgeleitet|umleit${L}*|leitet${L}* … um|zog … um|umgezogen) … nach (hongkong|hong kong|taiwan|singapur)(?!${L})`,
    },
    { type: "exit", pattern: `(kehr${L}*|gekehrt|zugekehrt) … den rucken` },
    { type: "exit", pattern: "den rucken (gekehrt|kehren|kehrt|kehrte|zugekehrt|zukehren)" },
    {
      type: "exit",
      pattern: `(stell${L}*) (seine|ihre|alle|samtliche|die) (geschaftstatigkeit${L}*|aktivitaten|geschafte|betrieb${L}*) … ein(?!${L})`,
    },
    {
      type: "exit",
      pattern: ending(
        "geschaftstatigkeit(en)?|aktivitaten|geschafte",
        `${STOP_VERBS}|aufgegeben|aufgeben`,
      ),
    },
    {
      type: "exit",
      pattern: ending(
        "dienste?|angebote?|services?|produkte?",
        "nicht mehr (erreichbar|verfugbar|zuganglich|abrufbar|nutzbar)",
      ),
    },

    // Sales halt, direct sales first.
    {
      type: "sales-halt",
      pattern: ending("direktvertrieb(s)?|direktverkauf(s)?", STOP_VERBS),
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: `(stopp${L}*|beend${L}*) (den |seinen |ihren )?(direktvertrieb|direktverkauf)`,
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: `nicht mehr … direkt … (verkauf${L}*|vertreib${L}*|anbiet${L}*|an(?!${L}))`,
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: `(verkaufs|liefer|export|vertriebs|auslieferungs)(stopp|stop|aus|ende)(?!${L})`,
    },
    {
      type: "sales-halt",
      pattern: `(stopp${L}*|gestoppt|beend${L}*) (den |die |seinen |ihren |seine |ihre )?(verkauf|vertrieb|export|ausfuhr|lieferung|auslieferung|verschiffung)${L}*`,
    },
    {
      type: "sales-halt",
      pattern: `(setz${L}*) (den |die |seinen |ihren |seine |ihre )?(verkauf|vertrieb|export|lieferung|auslieferung)${L}* … aus(?!${L})`,
    },
    {
      type: "sales-halt",
      pattern: `(stell${L}*) (den |die |seinen |ihren |seine |ihre )?(verkauf|vertrieb|export|lieferung|auslieferung)${L}* … ein(?!${L})`,
    },
    {
      type: "sales-halt",
      pattern: ending(
        "(verkauf|vertrieb|export|ausfuhr|lieferung|auslieferung|verschiffung|versand)(s|en)?",
        STOP_VERBS,
      ),
    },
    {
      type: "sales-halt",
      pattern: `(nicht mehr|keine(?!${L}) … mehr) … (zu )?(verkauf(en|t|te|ten)|liefer(n|t|te|ten)|vertreib(en|t)|exportier(en|t)|ausliefer(n|t))(?!${L})`,
    },
    {
      type: "sales-halt",
      pattern:
        "(verkauf(t|en|te|ten)|liefer(t|n|te|ten)|vertreib(t|en)|vertrieb(en)?) … (nicht mehr|keine … mehr)",
    },
    { type: "sales-halt", pattern: `(biet${L}*) … nicht mehr … an(?!${L})` },
    {
      type: "sales-halt",
      pattern: `(ausschlie(ß|ss)lich|nur( noch)?) au(ß|ss)erhalb (chinas|von china|der volksrepublik|festlandchinas)`,
    },
    {
      type: "sales-halt",
      pattern: `(export|ausfuhr|liefer)(lizenz|genehmigung|erlaubnis)(en)?(?!${L})(?=(?:\\s+\\S+){0,16}?\\s+(widerrufen|entzogen|zuruckgezogen|verweigert|aufgehoben|nicht (verlangert|erteilt))(?!${L}))`,
      what: "export licence",
    },
    {
      type: "sales-halt",
      pattern: `(lizenz|genehmigung|erlaubnis)(en)? fur (die |den )?(verschiffung|ausfuhr|lieferung|export|verkauf)(?=(?:\\s+\\S+){0,16}?\\s+(widerrufen|entzogen|zuruckgezogen|verweigert|aufgehoben)(?!${L}))`,
      what: "export licence",
    },
    {
      type: "sales-halt",
      pattern: `(widerruf${L}*|entzieh${L}*|entzog${L}*|verweiger${L}*) … (export|ausfuhr)(lizenz|genehmigung|erlaubnis)${L}*`,
      what: "export licence",
    },
    {
      type: "sales-halt",
      pattern:
        "(nicht mehr|keine … mehr) … (kaufen|bestellen|erwerben|beziehen) (konnen|kann|konnten|durfen)",
    },
    { type: "sales-halt", pattern: "aus dem (sortiment|verkauf|angebot) (genommen|nehmen|nimmt)" },

    // Restrictions on sign-ups and features.
    {
      type: "restriction",
      pattern: `(beschrank${L}*|begrenz${L}*|schrank${L}* … ein|eingeschrankt|sperr${L}*|gesperrt|stopp${L}*|gestoppt|setz${L}* … aus|ausgesetzt|aussetz${L}*|stell${L}* … ein) … (neu)?(registrierung|anmeldung|neuanmeldung|kontoeroffnung)${L}*`,
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: ending(
        "(neu)?(registrierung|anmeldung|neuanmeldung|kontoeroffnung)(en)?",
        `beschrankt|begrenzt|eingeschrankt|gesperrt|${STOP_VERBS}`,
      ),
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: "(keine|nicht mehr) … neuen? (nutzer|kunden|konten|mitglieder)",
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `(konten|kunden|nutzer|nutzerinnen|accounts|benutzer) (\\S+ ){0,10}?(nicht mehr|nicht langer) (betreuen|bedienen|unterstutzen|versorgen|anbieten|fuhren|betreut|bedient|unterstutzt)(?!${L})`,
      what: "accounts",
    },
    {
      // "Apple hat auf Druck der Behörden die Apps der Zeitung aus dem App Store entfernt": the
      // auxiliary starts the span, so the publisher named in the object is not the actor.
      type: "restriction",
      pattern: `(hat|haben|hatte|hatten)(?:\\s+\\S+){0,14}?\\s+aus (dem |seinem |ihrem |chinesisch${L}* )*(app ?store|play ?store|app-store)${L}* (\\S+ ){0,3}?(entfernt|genommen|gestrichen|geloscht|verbannt)(?!${L})`,
      what: "apps",
    },
    {
      type: "restriction",
      pattern: `(entfern${L}*|nimmt … aus|nahm … aus|genommen|gestrichen|streicht|strich|loscht${L}*|geloscht) … (aus|im|in seinem|in ihrem) (dem |seinem |ihrem |chinesisch${L}* )*(app ?store|play ?store|app-store)`,
      what: "apps",
    },
    {
      type: "restriction",
      pattern: `aus (dem |seinem |ihrem |chinesisch${L}* )*(app ?store|play ?store|app-store)${L}* (\\S+ ){0,3}?(entfernt|entfernen|genommen|nehmen|gestrichen|streichen|geloscht|loschen|verbannt)(?!${L})`,
      what: "apps",
    },
    {
      type: "restriction",
      pattern: `(beschrank${L}*|begrenz${L}*|schrank${L}* … ein|eingeschrankt|deaktivier${L}*|sperr${L}*|entfern${L}*) … (zugang|zugriff|funktion(en)?|option(en)?|einstellung(en)?|nutzung)(?!${L})`,
      what: "access",
    },
    {
      type: "restriction",
      pattern: ending(
        "zugang|zugriff|funktion(en)?|option(en)?|einstellung(en)?|nutzung",
        "beschrankt|begrenzt|eingeschrankt|deaktiviert|gesperrt|entfernt|eingestellt",
      ),
      what: "access",
    },
    {
      type: "restriction",
      pattern: ending(
        `(kostenlose|kostenlosen|gratis)${L}* (nutzer|konten|kunden|accounts)`,
        "nicht mehr|keine|nur noch",
      ),
      what: "free accounts",
    },

    // Seller bans.
    {
      type: "seller-ban",
      pattern: `(sperr${L}*|gesperrt|verbann${L}*|blockier${L}*|schlie(ß|ss)${L}*|schloss${L}*|geschlossen|wirft … raus|warf … raus|rausgeworfen|rauswerf${L}*|ausgeschlossen|ausschlie(ß|ss)${L}*|entfern${L}*|delist${L}*|suspendier${L}*|loscht${L}*|loschen|geloscht) … {merchant}`,
      what: "sellers",
    },
    {
      type: "seller-ban",
      pattern: ending(
        "{merchant}",
        "gesperrt|verbannt|blockiert|geschlossen|rausgeworfen|ausgeschlossen|entfernt|delistet|suspendiert|geloscht|verbannen|sperren|zu sperren",
      ),
      what: "sellers",
    },

    // Partnership cuts.
    // "will Huawei-Komponenten ersetzen", "verzichtet künftig auf Huawei": a supplier dropped.
    {
      type: "partnership-cut",
      pattern: `(\\S*(komponenten|technik|ausrustung|bauteile|antennen|netzwerktechnik|gerate)) … (ersetz${L}*|ersetzt|auszutauschen|austausch${L}*|ausgetauscht|ausbau${L}*|auszubauen|ausgebaut|entfern${L}*|verbann${L}*)|(ersetz${L}*|tausch${L}*|baut|bauen|entfern${L}*|verbann${L}*) … (\\S*(komponenten|technik|ausrustung|bauteile|antennen|netzwerktechnik))|verzicht${L}* (kunftig |ganz |vollstandig |nun |ab sofort )?auf`,
      what: "equipment supply",
      supplierChinese: true,
    },
    {
      type: "partnership-cut",
      pattern: "(konnen|kann|konnten) sich nicht mehr … (anmelden|einloggen)",
      what: "log-in integration",
    },
    {
      type: "partnership-cut",
      pattern: `(beend${L}*|kundig${L}*|gekundigt|aufgekundigt|kapp${L}*|gekappt|brech${L}* … ab|brich${L}* … ab|brach${L}* … ab|abgebrochen|abbrech${L}*|setz${L}* … aus|ausgesetzt|aussetz${L}*|entzieh${L}*|entzog${L}*|entzogen|widerruf${L}*|storniert|stornier${L}*|annullier${L}*|unterbrech${L}*|unterbrochen|stopp${L}*|gestoppt|friert … ein|eingefroren|einfrier${L}*|legt … auf eis|auf eis gelegt|lost … auf|aufgelost|auflos${L}*) … {relation}`,
    },
    // "verlängerte den Vertrag mit The9 nicht", "nicht verlängert".
    {
      type: "partnership-cut",
      pattern: `(verlanger${L}* (\\S+ ){0,2}?{relation} (\\S+ ){0,4}?nicht|{relation} (\\S+ ){0,4}?nicht (mehr )?verlanger${L}*)`,
    },
    {
      type: "partnership-cut",
      pattern: ending(
        "{relation}",
        `${STOP_VERBS}|gekundigt|kundigen|aufgekundigt|aufkundigen|gekappt|kappen|abgebrochen|abbrechen|entzogen|entziehen|widerrufen|storniert|stornieren|annulliert|unterbrochen|eingefroren|einfrieren|auf eis (gelegt|legen|zu legen)|aufgelost|auflosen`,
      ),
    },

    {
      // "…, Huawei bis auf Weiteres nicht mehr zu beliefern": the object stands before the
      // negation, so the span is empty at its start and the supplied party counts as after.
      type: "partnership-cut",
      pattern: `(?<=[\\s,;:(])(?=${SUPPLY_ADVERB_WORDS}[${L}\\d-]+(?: (?:${SUPPLY_ADVERBS}))* (nicht mehr|nicht langer|keine(?!${L})(?: \\S+){0,3}? mehr) (\\S+ ){0,4}?(zu )?(beliefer(n|t|te|ten)|zuliefern)(?!${L}))`,
      what: "supply",
    },
    {
      type: "partnership-cut",
      pattern: `(beliefer(t|n|te|ten)|versorg(t|en|te|ten)) … (nicht mehr|nicht langer|keine … mehr)`,
      what: "supply",
    },
    {
      type: "partnership-cut",
      pattern: `(belieferung|zusammenarbeit|geschaftsbeziehung(en)?|geschafte) (mit|von|an) … (eingestellt|ausgesetzt|gestoppt|beendet|auf eis gelegt|abgebrochen)(?!${L})`,
    },
    {
      type: "partnership-cut",
      pattern: `(ausgesetzt|eingestellt|gestoppt|beendet|auf eis gelegt|eingefroren) (sind|werden|wurden|seien|waren) (alle |samtliche |die |auch )?(geschafte|geschaftsbeziehungen|lieferungen|transaktionen)`,
    },

    // Divestment.
    // A unit spun off as a company of its own leaves the parent: a divestment.
    {
      type: "divestment",
      pattern: `(abgespalten|ausgegliedert|abspalt${L}*|ausgliederung${L}*|ausglieder${L}*)`,
    },
    // "verkauft 51 Prozent seiner chinesischen Tochter": a share of a unit, named by its owner.
    {
      type: "divestment",
      pattern: `(verkauf(t|te|ten|en)|verau(ß|ss)er${L}*|gib${L}*|gab|ubertrag${L}*|ubertrug${L}*) \\d+([,.]\\d+)? ?(%|prozent) (seiner|ihrer|des|der|an (der|dem|seiner|ihrer))(?!${L})`,
    },
    {
      type: "divestment",
      pattern: `(verkauf(t|te|ten|en)|verau(ß|ss)er${L}*|gib${L}*|gab|trenn${L}* sich von|sto(ß|ss)${L}*|ubertrag${L}*|ubertrug${L}*) (sein|ihr|seine|ihre|seinen|ihren|seiner|ihrer|seinem|ihrem|der|dem|die|den|das|alle|samtliche|restlichen?)(?!${L}) ([${L}-]+ )?([${L}-]*(anteil|beteiligung|aktien|geschaft|sparte|tochter|einheit|betrieb|infrastruktur|server|rechenzentr|werk|fabrik|vermogenswert)${L}*|{stake})`,
    },
    {
      type: "divestment",
      pattern: ending(
        `[${L}-]*(anteil|beteiligung|aktien|geschaft|sparte|tochter|einheit)${L}*|{stake}`,
        "verkauft|verkaufen|zu verkaufen|abgegeben|abgeben|abzugeben|abgesto(ß|ss)en|abzusto(ß|ss)en|abstossen|veraussert|verau(ß|ss)ern|ubertragen|abgetreten|abtreten",
      ),
    },
    {
      type: "divestment",
      pattern: `(verkauf|verau(ß|ss)erung|abspaltung|abgabe) (seines|ihres|des) ([${L}-]+ )?[${L}-]*(anteils|aktienpakets|geschafts|tochter${L}*|sparte|beteiligung)`,
    },
    { type: "divestment", pattern: `(steig${L}*|stieg${L}*) bei … aus(?!${L})` },
    {
      type: "divestment",
      pattern: `(anteil|beteiligung|aktienpaket|aktien|sparte|tochter|geschaft)${L}* … (geht|gehen|ging|gingen|gegangen|wandert|wanderte|fallt|fiel) … an(?!${L})`,
    },
    {
      type: "divestment",
      pattern: `(geht|gehen|ging|gingen|wandert|wanderte|fallt|fiel) (der|die|das|sein|seine|ihr|ihre) (gesamte |ganze |restliche |verbliebene )?(anteil|beteiligung|aktienpaket|paket|aktien|sparte|tochter)${L}* (\\S+ ){0,12}?an(?!${L})`,
    },
    {
      type: "divestment",
      pattern: `(leg${L}*|fusionier${L}*|verschmilz${L}*|verschmolz${L}*|bring${L}*|brachte${L}*) (sein|ihr|seine|ihre|das|die) (china-?geschaft|chinesische(s|n)? (geschaft|sparte|tochter)${L}*) … (mit|in)(?!${L})`,
    },

    // Stakes taken (other).
    // "Didi übernimmt das China-Geschäft von Uber": a sale told from the buyer's side is the seller's.
    {
      type: "divestment",
      pattern: `(ubernimm${L}*|ubernahm${L}*|ubernommen|ubernehmen|kauf(t|te|ten|en)|gekauft|erwirb${L}*|erwarb${L}*|erworben) (das |die |den )?(\\S+s )?([${L}]*-?(china|chinesisch${L}*)[- ]?)?(geschaft|aktivitaten|tochter|sparte|einheit)${L}*( (von|des|der))?`,
      sellerAfter: true,
    },
    // "Luxshare übernimmt zwei Werke von Wistron in Kunshan", "85 Prozent der Werke von AMD".
    // The place after the seller belongs to the phrase: a plant bought in Mexico is no move in China.
    {
      type: "divestment",
      pattern: `(ubernimm${L}*|ubernahm${L}*|ubernommen|ubernehmen|kauf(t|te|ten|en)|gekauft|erwirb${L}*|erwarb${L}*|erworben|erwerben) (\\d+([,.]\\d+)? ?(%|prozent) (an )?(der|den|des|dem) |die mehrheit (an )?(der|den|dem) )?(das |die |den |dem |zwei |drei |vier |beide |alle |samtliche |ein |eine |einen )?([${L}-]+ )?[${L}-]*(werk|fabrik|standort|produktionsstatte|geschaft|sparte|tochter|einheit|niederlassung)${L}* (in [${L}-]+ )?von(?!${L})(?: [^\\s,.;]+(?: [^\\s,.;]+)? in [${L}-]+)?`,
      sellerAfter: true,
    },
    {
      type: "other",
      pattern: `(erwirb${L}*|erwarb${L}*|erworben|erwerben|kauf(t|te|ten|en)|gekauft|ubernimm${L}*|ubernahm${L}*|ubernommen|ubernehmen|sicher${L}* sich|beteilig${L}* sich|erhalt${L}*|erhielt${L}*|bekommt|bekam) … {stake}`,
      what: "buys a stake in",
    },
    {
      type: "other",
      pattern: ending("{stake}", "beteiligt|erworben|ubernommen|gekauft|eingestiegen"),
      what: "buys a stake in",
    },
    {
      type: "other",
      pattern: `(steig${L}*|stieg${L}*) … bei … ein(?!${L})`,
      what: "buys a stake in",
    },
    {
      type: "other",
      pattern: `investier${L}* … (in|bei) (?!(die|den|das|dem|der|eine|einen|ein|neue|neuen|china|peking|shanghai|shenzhen|forschung|entwicklung|produktion|infrastruktur|massiv|milliarden|millionen)(?!${L}))`,
      what: "invests in",
    },
    {
      type: "other",
      pattern: `sich (\\S+ ){0,12}?an (?!den kosten)(\\S+ ){1,3}?beteiligt(?!${L})`,
      what: "buys a stake in",
    },
    {
      type: "other",
      pattern: `(ubernahme|kaufangebot|ubernahmeangebot|gebot|fusion)${L}* … (abgesagt|zuruckgezogen|aufgegeben|abgeblasen|platzen lassen|geplatzt|gescheitert)(?!${L})`,
      what: "abandons a takeover",
    },
    {
      type: "other",
      pattern: `(blast|blies|bliesen|sagt|sagte|sagten) (\\S+ ){0,4}?[${L}-]*(ubernahme|fusion|gebot|ubernahmeangebot|kaufangebot|deal)${L}*(?: \\S+){0,8}? ab(?=\\s*(?:[.,;:!?)-]|und |$))`,
      what: "abandons a takeover",
    },

    // Blocked by the Chinese state.
    // "Das Beschaffungsamt hat sämtliche Cisco-Produkte gestrichen": the state no longer buys them.
    // "Bing wurde angewiesen, die Funktion abzuschalten": told to by the state.
    {
      type: "blocked",
      pattern: `(wurde|wurden|ist|sind|war|waren) (\\S+ ){0,3}?(angewiesen|aufgefordert|gezwungen|verpflichtet),?${FAR}(abzuschalten|einzustellen|auszusetzen|zu (entfernen|nehmen|schliessen|sperren|deaktivieren|loschen|stoppen|beenden))(?!${L})`,
    },
    {
      type: "blocked",
      pattern: `(beschaffung${L}*|einkaufsliste${L}*|vergabeliste${L}*)${FAR}(gestrichen|streicht|strich|entfernt|ausgeschlossen|genommen|verschwunden)(?!${L})`,
      what: "government procurement",
    },
    {
      type: "blocked",
      pattern: `(china|peking) (sperrt|sperrte|blockiert|blockierte|verbietet|verbot|verbannt|verbannte|zensiert|zensierte)(?!${L})`,
    },
    {
      type: "blocked",
      pattern: `(regierung|behorden?|peking|zensur|zensoren|cyberspace|internetbehorde|regulierer|aufsichtsbehorden?|ministerium|cac|gericht)(?!${L})${CLAUSE}(gesperrt|sperrt|sperren|blockiert|blockieren|verbietet|verboten|verbot|untersagt|untersagen|zensiert|entfernt|entfernen|auf (die |ihre |eine )?schwarze liste)(?!${L})`,
    },
    {
      type: "blocked",
      pattern: `(gesperrt|blockiert|verboten|zensiert|unzuganglich)(?!${L}) (in|auf dem) (china|festland|chinesischen festland)`,
    },
    {
      type: "blocked",
      pattern:
        "(in|auf dem) (china|chinesischen festland) (gesperrt|blockiert|verboten|zensiert|unzuganglich)",
    },
    {
      type: "blocked",
      pattern: "(gro(ß|ss)en?|chinesischen?) firewall|great firewall",
      backdrop: true,
    },
    {
      type: "blocked",
      pattern: `(in|aus) (china|festlandchina|der volksrepublik|dem chinesischen festland)(?!${L}) (\\S+ ){0,6}?(gesperrt|blockiert|verboten|zensiert|unzuganglich|nicht (mehr )?(erreichbar|zuganglich|abrufbar|aufrufbar)|gestort)(?!${L})`,
    },
    {
      type: "blocked",
      pattern: `(verbot|verbietet|untersagt|untersagte|sperrt|sperrte|blockiert|blockierte) (die |das |ein |eine |der )?(chinesische |zustandige )?(regierung|behorde|regulierungsbehorde|gericht|cyberspace-behorde|internetbehorde|peking)(?!${L})`,
    },
    {
      type: "blocked",
      pattern: `(gericht|richter)(?!${L})${CLAUSE}(verbot|verbietet|untersagt|untersagte|untersagen|verboten)(?!${L})`,
    },

    {
      type: "blocked",
      pattern: `(war|wurde|wurden|waren|ist|sind|bleibt|blieb|bleiben) (\\S+ ){0,6}?(gesperrt|blockiert|zensiert)(?!${L})`,
    },
    { type: "blocked", pattern: `(sperre|blockade|sperrung) (von|des|der|gegen) ` },

    // Shutdowns, last: they are the most generic.
    { type: "shutdown", pattern: `stell${L}* … {service} … ein(?!${L})` },
    // "Oracle gibt sein Entwicklungszentrum in China auf": the separable verb's particle last.
    { type: "shutdown", pattern: `(gibt|gab|geben|gaben) … {service} … auf(?!${L})` },
    // "löst sein Entwicklungsteam in Shanghai auf": a team disbanded.
    // (A partnership is "aufgelöst" too: that is a cut, so only a team here.)
    { type: "shutdown", pattern: `(lost|loste|losten|losen) … ${TEAM} … auf(?!${L})` },
    { type: "shutdown", pattern: `(aufgelost|auflos${L}*) … ${TEAM}` },
    { type: "shutdown", pattern: ending(TEAM, "aufgelost|auflosen|aufzulosen") },
    {
      type: "shutdown",
      pattern: `(schlie(ß|ss)${L}*|schloss${L}*|geschlossen|abschalt${L}*|abgeschaltet|schalt${L}* … ab|beend${L}*|dicht ?(machen|gemacht|macht)|macht … dicht|gibt … auf|gab … auf) … {service}`,
    },
    {
      type: "shutdown",
      pattern: ending(
        "{service}",
        `${STOP_VERBS}|schlie(ß|ss)en|zu schlie(ß|ss)en|geschlossen|abschalten|abgeschaltet|abzuschalten|dichtmachen|dichtgemacht|aufgeben|aufgegeben|vom netz (nehmen|genommen)`,
      ),
    },
    {
      type: "shutdown",
      pattern: `(schlie(ß|ss)ung|einstellung|abschaltung|auflosung|das aus fur) (seines|ihres|des|der|seiner|ihrer|den|die|das) ([${L}-]+ )?{service}`,
    },
    // "NXP verkauft die Sparte an Investoren aus China": a sale of anything to a buyer the text names as Chinese, or that is
    // a Chinese company, is a divestment toward China; to anyone else it is not read here.
    {
      type: "divestment",
      pattern: `(verkauf${L}*|verausser${L}*|verkaufte${L}*) (\\S+ ){1,10}?an(?!${L})`,
      buyerChinese: true,
    },
  ],
  china: [
    "china",
    `chines${L}*`,
    "volksrepublik(?! korea)",
    "vr china",
    "peking",
    "beijing",
    "shanghai",
    "schanghai",
    "shenzhen",
    "hangzhou",
    "guangzhou",
    "kanton",
    "chengdu",
    "wuhan",
    "dalian",
    "festlandchina",
    "reich der mitte",
    "chinesischen festland",
  ],
  mainland: ["festland", "festlandchina"],
  anaphors: [
    // "der US-amerikanische Speicherhersteller": adjectives and a compound before the noun.
    `das ([${L}-]+e )?[${L}-]*unternehmen`,
    `der ([${L}-]+e )?[${L}-]*(konzern|hersteller|anbieter|riese|gigant)`,
    `die ([${L}-]+e )?[${L}-]*(firma|gruppe)`,
    "die plattform",
    "der riese",
    "der gigant",
    "der hersteller",
    "der anbieter",
    "der dienst",
    "der handler",
    "der onlinehandler",
    "die app",
    "das start-?up",
    "die marke",
    "der chipkonzern",
    "der internetkonzern",
    "der techkonzern",
    "der technologiekonzern",
    "der softwarekonzern",
    "der us-konzern",
    "des unternehmens",
    "des konzerns",
  ].map(anaphor),
  exactHedges: ["könnten?"],
  hedges: [
    // A move denied: "Steam has not been banned".
    `nicht (gesperrt|blockiert|verboten|zensiert|geschlossen)`,
    // An individual user's account closed is not a move in the market.
    `(sperr|schlie|losch|deaktivier)${L}*,? (\\S+ ){0,10}?(die )?(konten|accounts|profile) (von|der|des|einiger|mehrerer)|(konten|accounts|profile) (von|der|des|einiger|mehrerer) (\\S+ ){0,6}?(gesperrt|geschlossen|geloscht|deaktiviert)`,
    // A condition, not a move: "unless the company sells its stake".
    "es sei denn",
    "wurden? (wohl|moglicherweise|eventuell)",
    "sollen? … haben",
    "angeblich",
    "mutma(ß|ss)lich",
    "moglicherweise",
    "eventuell",
    `erwag${L}*`,
    `uberleg${L}*`,
    "pruf(t|en)",
    `geruchte?${L}*`,
    `spekul${L}*`,
    `dementi${L}*`,
    `bestreit${L}*`,
    `bestritt${L}*`,
    "wies … zuruck",
    "weist … zuruck",
    `verhandlung${L}*`,
    `gesprache?${L}*`,
    `droh${L}*`,
    "falls",
    "sofern",
    "berichten zufolge",
    "insidern zufolge",
    "kreisen zufolge",
    "plane?n? nicht",
    "keine plane",
    "nicht betroffen",
    `(?<!${L})(wonach|wolle|erwogen)(?!${L})`,
    "nicht (bestatigt|bestatigen)",
    `plan${L}* … nicht`,
    "keine (stellungnahme|bestatigung)",
  ],
  precedent: ["nach", "wie", "ahnlich wie", "nach dem vorbild (von|der|des)"],
  background: [
    "bereits",
    "schon (zuvor|fruher|damals|im|in|vor|einmal)",
    "zuvor",
    "vorher",
    "fruher",
    "damals",
    "seinerzeit",
    "einst",
    "in der vergangenheit",
    "seitdem",
    "seither",
    "seit (dem|der|jahren)",
    `(\\S+ )?jahre? (spater|danach|zuvor|davor)`,
    "(im|in den) jahre?n? \\d{4}",
    "hatte … (bereits|schon)",
    "erstmals",
    "nicht (neu|das erste mal)",
    "wie schon",
  ],
  // Getting round a block, beside a name of the Great Firewall: "apps to get around it".
  // China as where something moves to: "to move production to China".
  relocation: ["(verlager|verleg|verlegt|umzieh|zieh)\\S* (\\S+ ){0,5}?nach "],
  // A sale's buyer follows these: "an den Konkurrenten SK Hynix".
  buyerBefore: ["an"],
  circumvent: [
    "umgeh\\p{L}*",
    "umgang\\p{L}*",
    "umgehung\\p{L}*",
    "uberwind\\p{L}*",
    "uberwund\\p{L}*",
    "austrickst?\\p{L}*",
    "uberspring\\p{L}*",
  ],
  entries: [
    `(start|startet|startete|gestartet|starten)(?!${L})`,
    `(eroffne|eroffnet|eroffnete|eroffnung)${L}*`,
    `(lanciert|lancierte|lancieren|launch)${L}*`,
    `markteintritt${L}*`,
    `(tritt|trat|eingetreten) … in den (chinesischen )?markt ein`,
    `(expandier|expansion)${L}*`,
    `(baut|baute) … aus(?!${L})`,
    `ausbau${L}*`,
    `(kehrt|kehrte|zuruckgekehrt|ruckkehr) … (nach china|auf den chinesischen markt)`,
    `(fuhrt|fuhrte) … ein(?!${L})`,
    `(bringt|brachte) … auf den (chinesischen )?markt`,
    `neue(s|n|r)? (forschungszentrum|buro|werk|fabrik|rechenzentrum)`,
  ],
  companyMarkers: {
    before: [
      "unternehmen",
      "konzern",
      "firma",
      "gruppe",
      "hersteller",
      "anbieter",
      "plattform",
      `[${L}-]*(konzern|riese|gigant|hersteller|anbieter|dienst)`,
      "start-?up",
    ],
    after: [
      "gmbh",
      "ag",
      "se",
      "kgaa",
      "kg",
      "inc\\.?",
      "ltd\\.?",
      "llc",
      "corp\\.?",
      "co\\.?",
      "plc",
      "n\\.v\\.",
      "b\\.v\\.",
      "s\\.a\\.",
      "holding",
      "group",
    ],
  },
  // Words that put a sentence after the day of writing.
  future: ["wird", "werden"],
  effective: [
    `(?<!${L})ab`,
    `(?<!${L})seit dem`,
    `(?<!${L})bis (zum|spatestens)`,
    `(?<!${L})zum`,
    "mit wirkung (vom|zum|ab)",
    "gultig ab",
    "wirksam (ab|zum)",
    "in kraft",
    "spatestens",
    "frist",
    `(?<!${L})endet`,
    "beginnend (am|mit)",
  ],
  dates: {
    // Also the words that mark a bare number as a year: "bereits 2005", "im Jahr 2005", "Ende 2021".
    connectors: [
      "den",
      "im",
      "am",
      "des",
      "jahres",
      "jahr",
      "vom",
      "in",
      "seit",
      "bis",
      "ab",
      "bereits",
      "schon",
      "erst",
      "noch",
      "anfang",
      "mitte",
      "ende",
      "fruhjahr",
      "sommer",
      "herbst",
      "winter",
      // Verb-second clauses put the year right after the auxiliary: "Google hatte sich 2010 …".
      "sich",
      "hat",
      "hatte",
      "hatten",
      "wurde",
      "wurden",
    ],
    lastMonth: ["letzten", "vergangenen", "vorigen", "letzte", "vergangene", "vorige"],
    few: ["wenigen", "einigen", "ein paar", "mehreren", "wenige", "einige", "mehrere"],
    numbers: {
      ein: 1,
      eine: 1,
      einem: 1,
      einer: 1,
      einen: 1,
      zwei: 2,
      drei: 3,
      vier: 4,
      funf: 5,
      sechs: 6,
      sieben: 7,
      acht: 8,
      neun: 9,
      zehn: 10,
      elf: 11,
      zwolf: 12,
    },
    units: {
      // "seitdem": the date last mentioned, from which a state lasts.
      seitdem: ["day", 0],
      seither: ["day", 0],
      tag: "day",
      tage: "day",
      tagen: "day",
      tages: "day",
      woche: "week",
      wochen: "week",
      monat: "month",
      monate: "month",
      monaten: "month",
      monats: "month",
      jahr: "year",
      jahre: "year",
      jahren: "year",
      jahres: "year",
    },
    relative: [
      { pattern: "(?=seitdem|seither){unit}", sign: 1, anchor: "previous" },
      { pattern: "{n} {unit} (zuvor|vorher|davor|fruher)", sign: -1, anchor: "previous" },
      { pattern: "{n} {unit} (spater|danach|darauf)", sign: 1, anchor: "previous" },
      { pattern: "vor {n} {unit}", sign: -1, anchor: "publication" },
      { pattern: "(in|binnen|innerhalb) {n} {unit}", sign: 1, anchor: "publication" },
      {
        pattern:
          "(im |in der )?(vergangenen|letzten|vorigen) (?!tagen|wochen|monaten|jahren){unit}",
        sign: -1,
        anchor: "publication",
      },
      {
        pattern: "(im |in der )?(kommenden|nachsten) (?!tagen|wochen|monaten|jahren){unit}",
        sign: 1,
        anchor: "publication",
      },
    ],
    thatSuffix: [],
    sameYear: [
      "desselben jahres",
      "des gleichen jahres",
      "im selben jahr",
      "im gleichen jahr",
      "jenes jahres",
      "in diesem jahr",
    ],
    recent: [
      "kurzlich",
      "jungst",
      "vor kurzem",
      "unlangst",
      "in den vergangenen tagen",
      "in den letzten tagen",
    ],
    approximate: [
      "anfang",
      "mitte",
      "ende",
      "fruhjahr",
      "herbst",
      "gegen",
      "etwa",
      "rund",
      "ungefahr",
      "circa",
    ],
  },
  boilerplate: [
    "anzeige",
    "werbung",
    "advertisement",
    "teilen",
    "artikel teilen",
    "jetzt teilen",
    "lesen sie auch",
    "auch interessant",
    "foto:",
    "bild:",
    "abonnieren",
    "newsletter",
    "cookies?",
    "zum artikel",
    "weiterlesen",
    "folgen sie uns",
  ],
  stopAt: [
    "kommentar(e|en)? (schreiben|verfassen|anzeigen)",
    "kommentare",
    "das konnte sie auch interessieren",
    "mehr zum thema",
    "weitere artikel",
    "ahnliche artikel",
    "verwandte artikel",
    "themen des artikels",
    "empfohlene artikel",
    "meistgelesen",
    "zum thema",
  ],
  outlet: [
    "^quelle\\s*:\\s*(?<outlet>[^\\n]{2,80}?)\\s*$",
    "^\\(?(?<outlet>dpa|afp|reuters|ap|dpa-afx|bloomberg)\\)?\\s*[-—–]",
    "erschien zuerst (auf|bei) (?<outlet>[^\\n]{2,80}?)\\.?\\s*$",
  ],
};
