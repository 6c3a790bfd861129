import type { Lexicon } from "./types.ts";

// Dutch, like German, puts the verb at the end of a subordinate clause, often far from its
// object: "dat het de verkoop van zijn producten aan klanten in China stopzet".
const FAR = "(?:\\s+\\S+){0,10}?\\s+";
const L = "\\p{gc=L}";
/** A word ends here. */
const E = `(?!${L})`;

/** Each service noun must end a word: "fabrica" is not "fabricante". */
const wordEnd = (nouns: Record<string, string[]>) =>
  Object.fromEntries(
    Object.entries(nouns).map(([label, list]) => [label, list.map((noun) => `(?:${noun})${E}`)]),
  );

/**
 * A verb-final clause: the object noun is the span (so a company named between it and the
 * verb counts as the party after the move), the closing verb must follow within ten words.
 */
const ending = (noun: string, verbs: string) => `(?:${noun})${E}(?=${FAR}(?:${verbs})${E})`;

/**
 * A separable verb in a main clause, its particle after the object: "zet de servers in China
 * stop", "schakelde het bedrijf de functie uit". The span ends with the object, as in `ending`.
 */
const separable = (verbs: string, object: string, particle: string) =>
  `(?:${verbs})\\s+(?:\\S+\\s+){0,4}?(?:${object})${E}(?=${FAR}(?:${particle})${E})`;

// China as a market right after a verb of leaving: "verlaat China", "uit de Chinese markt".
const CHINA_MARKET =
  "(de |het )?(chinese markt|china|chinese vasteland|vasteland van china|volksrepubliek( china)?|rijk van het midden)";

const STOP_VERBS =
  "stopt|stoppen|gestopt|stopzet|stopzetten|stop te zetten|stopgezet|staakt|staken|gestaakt|opschort|opschorten|op te schorten|opgeschort|beeindigt|beeindigen|te beeindigen|beeindigd";

/** Dutch (folded: ë → e, ï → i, é → e). */
export const nl: Lexicon = {
  language: "nl",
  spaced: true,
  countries: {
    vs: "US",
    "verenigde staten": "US",
    amerika: "US",
    "zuid-korea": "KR",
    taiwan: "TW",
    hongkong: "HK",
    "hong kong": "HK",
    rusland: "RU",
    india: "IN",
    japan: "JP",
    vk: "GB",
    "groot-brittannie": "GB",
  },
  nouns: {
    service: wordEnd({
      store: [`[${L}-]*(winkels?|stores?|filialen|verkooppunten)`, `boekwinkel${L}*`],
      website: [
        `[${L}-]*(websites?|sites?|portaal|portalen)`,
        "(chinese |lokale )?versie",
        "sociale netwerk(en)?",
        "zoekmachine",
      ],
      service: [`[${L}-]*(dienst(en)?|services?|platform(s)?|netwerk(en)?)`],
      app: [`[${L}-]*(apps?|applicaties?)`],
      // Dutch compounds its sites: "chipfabriek", "harde-schijvenfabriek".
      office: [
        `[${L}-]*(kantoor|kantoren|fabriek(en)?|vestiging(en)?)`,
        `[${L}-]*(datacent(er|ra|ers)|onderzoekscentr${L}*|ontwikkelcentr${L}*)`,
        // "zijn ontwikkelteam in Shanghai", "de R&D-afdeling": a team named by its work.
        `[${L}&-]*(ontwikkel|ontwikkelings|onderzoeks|r&d|engineering|software)-?(teams?|afdelingen|afdeling|groepen|groep)(?!${L})`,
        "labs?",
        "laboratori(um|a)",
      ],
      production: ["productie", "fabricage"],
      business: [
        `dochter(bedrijf|onderneming|maatschappij)${L}*`,
        "activiteiten",
        "bedrijfsactiviteiten",
        "operaties",
      ],
      product: ["product(en)?", `[${L}-]*(game|spel)(s|len)?`, "servers?"],
    }),
    merchant: [
      `[${L}-]*verkopers?${E}`,
      `[${L}-]*handelaren${E}`,
      `handelaars?${E}`,
      `winkeliers${E}`,
      `leveranciers?${E}`,
      `merken${E}`,
      `sellers?${E}`,
      "webwinkels van",
      `verkopersaccounts${E}`,
      "accounts van (verkopers|handelaren)",
    ],
    relation: [
      `[${L}-]*samenwerking(en|sverband)?`,
      `[${L}-]*partnerschap(pen)?`,
      `[${L}-]*overeenkomst(en)?`,
      `[${L}-]*contract(en)?`,
      `[${L}-]*licenties?`,
      `(zakelijke )?banden${E}`,
      `[${L}-]*relaties?${E}`,
      `allianties?${E}`,
      "joint ventures?",
      `integraties?${E}`,
      `deals?${E}`,
      `afspraken${E}`,
    ],
    stake: [
      `belang(en)?${E}`,
      `(meerderheids|minderheids)belang${E}`,
      `aandeel${E}`,
      `(?<!eigen )aandelen(pakket)?${E}`,
      "\\d+([,.]\\d+)? ?(%|procent) van( de aandelen)?",
    ],
  },
  actions: [
    // Exit: "trekt zich terug uit China", "verlaat de Chinese markt", "de terugtrekking uit China".
    { type: "exit", pattern: `(trek(t|ken)?|trok(ken)?) zich … uit ${CHINA_MARKET}${E}` },
    {
      type: "exit",
      pattern: `zich … uit ${CHINA_MARKET} … (terug(trekt|trekken|te trekken|getrokken|trok|trokken)|teruggetrokken)${E}`,
    },
    {
      type: "exit",
      pattern: `(terugtrekking|vertrek|aftocht|uittocht|exit|afscheid|terugtrekken) (van [${L}\\d.&-]+( [${L}\\d.&-]+)? )?(uit|van) ${CHINA_MARKET}${E}`,
    },
    { type: "exit", pattern: `(verla(at|ten)|verliet(en)?|verlaten) ${CHINA_MARKET}${E}` },
    {
      type: "exit",
      pattern: `${CHINA_MARKET} (verlaat|verlaten|te verlaten|verliet|verlieten|heeft verlaten)${E}`,
    },
    {
      type: "exit",
      pattern: `(vertrek(t|ken)?|vertrok(ken)?|vertrokken|stap(t|pen)|stapte|gestapt) … uit ${CHINA_MARKET}${E}`,
    },
    {
      type: "exit",
      pattern: `uit ${CHINA_MARKET} (vertrekt|vertrekken|te vertrekken|vertrokken|stapt|stappen|gestapt)${E}`,
    },
    { type: "exit", pattern: `(neemt|nam|namen|genomen|nemen) afscheid van ${CHINA_MARKET}${E}` },
    { type: "exit", pattern: `(pakt|pakte|pakten|gepakt|pakken) (zijn|haar|hun|de) biezen${E}` },
    {
      type: "exit",
      pattern: `(staakt|staakte|stopt|stopte|beeindig${L}*) (al |alle )?(zijn|haar|hun|de) (bedrijfs)?(activiteiten|operaties)${E}`,
    },
    {
      type: "exit",
      pattern: separable(
        "zet|zette|zetten|doekt|doekte|doekten",
        "(bedrijfs)?(activiteiten|operaties)",
        "stop|op",
      ),
    },
    {
      type: "exit",
      pattern: ending(
        "(zijn|haar|hun|alle|de) (bedrijfs)?(activiteiten|operaties)",
        `${STOP_VERBS}|opgedoekt|opdoekt|opdoeken`,
      ),
    },

    {
      type: "exit",
      pattern: `(verplaatst${L}*|verhuis${L}*|verlegd${L}*|verleg${L}*|stuurt … door|stuurde … door|doorgestuurd|omgeleid) … naar (hongkong|hong kong|taiwan|singapore)${E}`,
    },

    // Sales halt, direct sales first.
    {
      type: "sales-halt",
      pattern: `(stopt|stopte|stoppen|gestopt|stop) met (de |zijn |haar )?(directe|rechtstreekse) verkoop`,
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: `(niet meer|niet langer|geen${E} … meer) … (rechtstreeks|direct) … (verko(opt|pen|cht)|lever(t|en)|aan(biedt|bieden|geboden))${E}`,
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: `(rechtstreeks|direct) … (niet meer|niet langer) … (verko(opt|pen|cht)|lever(t|en)|aan(biedt|bieden|geboden))${E}`,
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: ending("(de )?(directe|rechtstreekse) verkoop", STOP_VERBS),
      what: "direct sales",
    },
    { type: "sales-halt", pattern: `(verkoop|export|leverings?|uitlever)stop${E}` },
    {
      type: "sales-halt",
      pattern: `(stopt|stopte|stoppen|gestopt|stop) met (de |het |zijn |haar )?(verkoop|verkopen|leveren|leveringen|levering|exporteren|export|uitleveren|aanbieden|distributie)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `(staakt|staakte|gestaakt|opgeschort|stopgezet|beeindig${L}*|bevriest|bevroor|bevroren) (de |zijn |haar |alle )?(verkoop|leveringen|levering|export|uitleveringen|distributie)${E}`,
    },
    {
      type: "sales-halt",
      pattern: separable(
        "schort|schortte|schortten|zet|zette|zetten",
        "verkoop|leveringen|levering|export|uitleveringen|distributie",
        "op|stop",
      ),
    },
    {
      type: "sales-halt",
      pattern: ending(
        "(de |zijn |haar |alle )?(verkoop|levering(en)?|export|leveranties|uitlevering(en)?|distributie)",
        `${STOP_VERBS}|bevroren|bevriest`,
      ),
    },
    {
      type: "sales-halt",
      pattern: `(niet meer|niet langer|geen${E} … meer) … (te )?(verkopen|verkoopt|verkocht|leveren|levert|geleverd|exporteren|exporteert|aanbieden|aanbiedt|uitleveren)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `(verkoopt|verkopen|levert|leveren|exporteert|exporteren) … (niet meer|niet langer)${E}`,
    },
    { type: "sales-halt", pattern: `(biedt|bieden|bood) … (niet meer|niet langer) … aan${E}` },
    {
      type: "sales-halt",
      pattern: `(niet meer|niet langer|geen${E} … meer) … (kopen|bestellen|aanschaffen|afnemen)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `(haalt|haalde|haalden|gehaald) … uit (de verkoop|de schappen|het assortiment)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `(niet meer|niet langer|geen${E} … meer) (\\S+ ){0,2}?naar (china|het chinese vasteland) (mogen|mag|kunnen|kan|worden|geleverd|verkocht|geexporteerd|verscheept|uitgevoerd)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `(export|uitvoer|leverings)?vergunning(en)?${E}(?=(?:\\s+\\S+){0,14}?\\s+(ingetrokken|intrekt|in te trekken|laten verlopen|verlopen|geweigerd|niet verlengd|niet verleend|herroepen)${E})`,
      what: "export licence",
    },
    {
      type: "sales-halt",
      pattern: `(trekt|trok|trokken|weigert|weigerde|liet|laat) … (export|uitvoer)?vergunning(en)?${E}`,
      what: "export licence",
    },

    // Restrictions on sign-ups and features.
    {
      type: "restriction",
      pattern: `(beperk${L}*|perkt|perkte|ingeperkt|blokkeer${L}*|geblokkeerd|stopt met|stopte met|schort|schortte|opgeschort|sluit|sloot|gesloten) … (nieuwe )?(registraties?|aanmeldingen|inschrijvingen|nieuwe (gebruikers|accounts|klanten|leden|abonnees))${E}`,
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: ending(
        "(nieuwe )?(registraties?|aanmeldingen|inschrijvingen)",
        `beperkt|ingeperkt|geblokkeerd|${STOP_VERBS}`,
      ),
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `(geen|niet langer|niet meer) … nieuwe (gebruikers|klanten|accounts|leden|abonnees)${E}`,
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `(beperk${L}*|perkt|perkte|ingeperkt|uitgeschakeld|blokkeer${L}*|geblokkeerd|verwijder${L}*|deactiveer${L}*|gedeactiveerd) … (de |het )?[${L}-]*(toegang|functies?|functionaliteit(en)?)${E}`,
      what: "access",
    },
    {
      type: "restriction",
      pattern: separable(
        "schakelt|schakelde|schakelden|zet|zette|zetten",
        `[${L}-]*(functies?|functionaliteit(en)?)`,
        "uit",
      ),
      what: "access",
    },
    {
      type: "restriction",
      pattern: ending(
        `(de )?[${L}-]*(toegang|functies?|functionaliteit(en)?)`,
        "beperkt|ingeperkt|uitgeschakeld|geblokkeerd|verwijderd|gedeactiveerd|uitschakelt|beperken",
      ),
      what: "access",
    },
    {
      type: "restriction",
      pattern: `gratis (gebruikers|accounts|klanten|versie) … (geen${E} … meer|niet meer|niet langer|alleen nog)`,
      what: "free accounts",
    },

    {
      // "Apple heeft op verzoek van de autoriteiten de apps van The New York Times uit zijn App
      // Store gehaald": the auxiliary starts the span, so the publisher is not the actor.
      type: "restriction",
      pattern: `(heeft|hebben|had|hadden)(?:\\s+\\S+){0,14}?\\s+uit (de |zijn |haar |hun )?(chinese )?(app ?store|play ?store|appwinkel)${L}* (\\S+ ){0,3}?(gehaald|weggehaald|verwijderd|geweerd)${E}`,
      what: "apps",
    },
    {
      type: "restriction",
      pattern: `(haalt|haalde|haalden|verwijder${L}*|weert|weerde|geweerd) … uit (de |zijn |haar |hun )?(chinese )?(app ?store|play ?store|appwinkel)${E}`,
      what: "apps",
    },
    {
      type: "restriction",
      pattern: `uit (de |zijn |haar |hun )?(chinese )?(app ?store|play ?store|appwinkel)${L}* (\\S+ ){0,3}?(gehaald|weggehaald|verwijderd|geweerd)${E}`,
      what: "apps",
    },

    // Seller bans.
    {
      type: "seller-ban",
      pattern: `(verban(t|de|den|nen)|weert|weerde|geweerd|blokkeer${L}*|geblokkeerd|schorst|schorste|geschorst|verwijder${L}*|sluit … af|sloot … af|afgesloten|gooit … eruit|gooide … eruit|eruit gegooid|ban(t|de)|geband|sluit|sloot|gesloten) … {merchant}`,
      what: "sellers",
    },
    {
      type: "seller-ban",
      pattern: ending(
        "{merchant}",
        "verbannen|geweerd|geblokkeerd|geschorst|verwijderd|afgesloten|eruit gegooid|geband|weren|blokkeren|verwijderen",
      ),
      what: "sellers",
    },

    // Partnership cuts.
    // "verstrekt Google niet langer een Android-licentie aan Huawei".
    {
      type: "partnership-cut",
      pattern: `(verstrek|lever|verleen|geef|geeft|gaf|verkoop|verkoopt)${L}* (\\S+ ){0,3}?(niet langer|niet meer) (\\S+ ){0,3}?[${L}-]*(licenties?|chips|onderdelen|software|updates|technologie)${E} aan`,
    },
    {
      type: "partnership-cut",
      pattern: `(kunnen|kan) … (niet meer|niet langer) (inloggen|aanmelden)${E}`,
      what: "log-in integration",
    },
    {
      type: "partnership-cut",
      pattern: `(beeindig${L}*|verbre(ekt|ken)|verbrak(en)?|verbroken|opgezegd|opzeggen|schort|schortte|schortten|opgeschort|ingetrokken|intrekken|stopt met|stopte met|gestopt met|bevriest|bevroor|bevroren|ontbindt|ontbond|ontbonden|annule(ert|erde|ren)|geannuleerd|stopgezet|herroep${L}*) … {relation}`,
    },
    {
      type: "partnership-cut",
      pattern: separable(
        "zegt|zei|zeiden|trekt|trok|trokken|zet|zette|zetten",
        "{relation}",
        "op|in|stop",
      ),
    },
    {
      type: "partnership-cut",
      pattern: ending(
        "{relation}",
        `${STOP_VERBS}|verbroken|verbreekt|verbreken|opgezegd|opzegt|opzeggen|op te zeggen|ingetrokken|intrekt|in te trekken|bevroren|ontbonden|geannuleerd|niet verlengd|niet verlengen`,
      ),
    },
    {
      type: "partnership-cut",
      pattern: `(einde|beeindiging|opzegging|verbreking|stopzetting|intrekking|opschorting) van (de |het |zijn |haar |hun )?{relation}`,
    },

    // Divestment.
    {
      type: "divestment",
      pattern: `(verko(opt|pen|cht|chten)|doet|deed|draagt|droeg|overgedragen) (zijn|haar|hun|het|de|alle|resterende)${E} ([${L}-]+ )?([${L}-]*(belang|aandeel|aandelen|dochter|divisie|tak|activiteiten|bedrijfsonderdeel|onderdeel|afdeling|infrastructuur|servers|datacent|fabriek|activa)${L}*|{stake})`,
    },
    {
      type: "divestment",
      pattern: `(stoot|stootte|stootten) (zijn|haar|hun|het|de|alle) … af${E}`,
    },
    // "verkoopt via dochter SanDisk China 80 procent van SanDisk Semiconductor".
    {
      type: "divestment",
      pattern: `(verko(opt|pen|cht|chten)|verkocht) … {stake}`,
    },
    {
      type: "divestment",
      pattern: ending(
        `(zijn|haar|hun|het|de|alle) ([${L}-]+ )?[${L}-]*(belang|aandelen|dochter${L}*|divisie|tak|bedrijfsonderdeel)`,
        "verkocht|verkopen|te verkopen|verkoopt|afgestoten|afstoten|af te stoten|afstoot|van de hand gedaan|van de hand doet|overgedragen|overdragen|over te dragen",
      ),
    },
    {
      type: "divestment",
      pattern: `(verkoop|afstoting|overdracht) van (zijn|haar|hun|het|de) ([${L}-]+ )?[${L}-]*(belang|aandeel|aandelen|dochter${L}*|divisie|tak|activiteiten|bedrijfsonderdeel)`,
    },
    { type: "divestment", pattern: `(stapt|stapte|gestapt) … uit bij${E}` },

    // Stakes taken (other).
    // "BYD neemt de Chinese fabriek van Jabil over": told from the buyer's side.
    {
      type: "divestment",
      pattern: `(koopt|kocht|kochten|kopen|gekocht|neemt|nam|namen|overgenomen|overnemen|verwerft|verwierf|verwierven|verworven|verwerven) (de |het |twee |drie |alle )?([${L}-]+ )?(fabrie(k|ken)|vestiging(en)?|productielocaties?|bedrijfsonderde(el|len)|activiteiten|divisie|tak|dochter(onderneming|bedrijf)?)( in [${L}-]+)? van `,
      sellerAfter: true,
    },
    // "dat het de Chinese fabriek van Jabil overneemt": the verb ends the clause.
    {
      type: "divestment",
      pattern: `(de |het |twee |drie |alle )([${L}-]+ )?(fabrie(k|ken)|vestiging(en)?|bedrijfsonderde(el|len)|activiteiten|divisie|dochter(onderneming|bedrijf)?) van (?=(\\S+ ){1,6}?(overneemt|overnemen|overnam|overnamen|koopt|kopen|kocht|kochten|verwerft|verwerven|verwierf)${E})`,
      sellerAfter: true,
    },
    {
      type: "other",
      pattern: `(neemt|nam|namen|genomen|koopt|kocht|kochten|gekocht|verwer(ft|ven)|verwierf|verworven|krijgt|kreeg|verkrijgt|verkreeg|ontvangt|ontving|in ruil voor) … {stake}`,
      what: "buys a stake in",
    },
    { type: "other", pattern: `(stapt|stapte|gestapt) … in bij${E}`, what: "buys a stake in" },
    {
      type: "other",
      pattern: `(bod|overnamebod|overname|overnamepoging|fusie)${E} … (ingetrokken|intrekt|laten varen|afgeblazen|afgeblazen|opgegeven|geschrapt|afgeketst)${E}`,
      what: "abandons a takeover",
    },
    {
      type: "other",
      pattern: `(ziet|zag|zagen|afgezien) … af van (de |het |een )?(overname|bod|fusie|aankoop)${E}`,
      what: "abandons a takeover",
    },
    {
      type: "other",
      pattern: `(blaast|blies|bliezen|blazen) (\\S+ ){0,4}?[${L}-]*(overname|bod|overnamebod|fusie|deal|aankoop)${L}*(?: \\S+){0,8}? af(?=\\s*(?:[.,;:!?)-]|en |na |$))`,
      what: "abandons a takeover",
    },
    {
      type: "other",
      pattern: `(trekt|trok) … (bod|overnamebod) … in${E}`,
      what: "abandons a takeover",
    },
    {
      type: "other",
      pattern: `(investeert|investeerde|investeerden|geinvesteerd|investeren) … in (?!(de|het|een|zijn|haar|hun|nieuwe|china|peking|shanghai|shenzhen|onderzoek|ontwikkeling|infrastructuur)${E})`,
      what: "invests in",
    },

    // Blocked by the Chinese state.
    {
      type: "blocked",
      pattern: `(overheid|regering|autoriteiten|toezichthouders?|peking|beijing|censuur|censoren|cyberspace|cac|ministerie|internetwaakhond|waakhond)${E}${FAR}(blokkeert|blokkeerde|blokkeren|geblokkeerd|verbiedt|verbood|verboden|verbieden|weert|weerde|geweerd|censureert|gecensureerd|verwijderd|verwijderen|bant|geband)${E}`,
    },
    {
      type: "blocked",
      pattern: `(geblokkeerd|verboden|gecensureerd|onbereikbaar|ontoegankelijk) (in|op het) (china|chinese vasteland)${E}`,
    },
    {
      type: "blocked",
      pattern: `in (china|het chinese vasteland) (geblokkeerd|verboden|gecensureerd|onbereikbaar|ontoegankelijk)${E}`,
    },
    { type: "blocked", pattern: "great firewall|grote (chinese )?firewall", backdrop: true },
    {
      type: "blocked",
      pattern: `in (china|het chinese vasteland)${E} (\\S+ ){0,8}?(geblokkeerd|verboden|gecensureerd|onbereikbaar|ontoegankelijk|verstoord|platgelegd|plat gelegd|niet (meer )?(bereikbaar|toegankelijk|beschikbaar))${E}`,
    },
    {
      type: "blocked",
      pattern: `(verbiedt|verbood|verboden|blokkeert|blokkeerde|weert|weerde) (de |het |een )?(chinese )?(overheid|regering|autoriteiten|toezichthouder|rechtbank|rechter|peking|internetwaakhond)${E}`,
    },
    {
      type: "blocked",
      pattern: `(rechtbank|rechter)${E}${FAR}(verbiedt|verbood|verboden|verbieden)${E}`,
    },
    {
      // "In april gingen de iBooks Store en iTunes Movies van het bedrijf in China op zwart":
      // the subject between the verb and "op zwart" is often long.
      type: "blocked",
      pattern: `((ging|gingen|gaat|gaan|gegaan)(?:\\s+\\S+){0,12}?\\s+op zwart|op zwart (gezet|gegaan|gaan|gaat|ging|gingen))${E}`,
    },
    {
      type: "blocked",
      pattern: `(china|peking) (blokkeert|blokkeerde|verbiedt|verbood|weert|weerde|bant|bande|censureert|censureerde)${E}`,
    },

    // "stopped making TVs in China": production there ends.
    {
      type: "shutdown",
      pattern: `(stopt|stopte|stoppen|stopten|gestopt) met (het )?(produceren|maken|fabriceren|assembleren)`,
      what: "production",
    },
    // Shutdowns, last: they are the most generic.
    {
      type: "shutdown",
      pattern: `(sluit|sloot|sloten|gesloten|sluiten|opgedoekt|opdoeken|stopgezet|stopzetten|stopt met|stopte met|gestopt met|offline gehaald|uitgeschakeld|trekt de stekker uit|trok de stekker uit|beeindig${L}*|opgeheven) … {service}`,
    },
    {
      type: "shutdown",
      pattern: separable(
        "zet|zette|zetten|doekt|doekte|doekten|haalt|haalde|haalden|schakelt|schakelde|schakelden",
        "{service}",
        "stop|op|offline|uit",
      ),
    },
    // "heft zijn ontwikkelteam in Shanghai op": a team disbanded.
    { type: "shutdown", pattern: separable("heft|hief|hieven", "{service}", "op") },
    {
      type: "shutdown",
      pattern: ending(
        "{service}",
        `${STOP_VERBS}|sluit|sluiten|te sluiten|gesloten|opdoekt|opdoeken|op te doeken|opgedoekt|offline haalt|offline halen|offline gehaald|uitschakelt|uitgeschakeld|niet meer beschikbaar|niet langer beschikbaar|opheft|opheffen|op te heffen|opgeheven`,
      ),
    },
    {
      type: "shutdown",
      pattern: `(sluiting|opheffing|stopzetting|beeindiging|het einde) van (de|het|zijn|haar|hun) ([${L}-]+ )?{service}`,
    },
    // "NXP verkoopt een bedrijfsonderdeel aan het Chinese Goodix": a sale of anything to a buyer the text names as Chinese, or that is
    // a Chinese company, is a divestment toward China; to anyone else it is not read here.
    {
      type: "divestment",
      pattern: `(verkoop${L}*|verkoopt|verkocht${L}*|verkopen) (\\S+ ){1,10}?aan${E}`,
      buyerChinese: true,
    },
  ],
  china: [
    "china",
    `chine(es|se|zen)${E}`,
    "volksrepubliek(?! korea)",
    "peking",
    "beijing",
    "sjanghai",
    "shanghai",
    "shenzhen",
    "hangzhou",
    "kanton",
    "guangzhou",
    "wuhan",
    "chengdu",
    "dalian",
    "chinese vasteland",
    "rijk van het midden",
  ],
  mainland: ["vasteland"],
  anaphors: [
    // "het Amerikaanse opslagbedrijf": an adjective and a compound before the noun.
    "het ([\\p{L}-]+e )?[\\p{L}-]*(bedrijf|concern)",
    "de ([\\p{L}-]+e )?[\\p{L}-]*(onderneming|groep|fabrikant|producent|maker|gigant)",
    "het platform",
    "de techgigant",
    "de gigant",
    "de fabrikant",
    "de dienst",
    "de app",
    "de start-?up",
    "het merk",
    "de webwinkel",
    "de chipmaker",
    "de chipfabrikant",
    "het techbedrijf",
    "de internetgigant",
    "de zoekgigant",
    "het techconcern",
  ],
  hedges: [
    // A condition, not a move: "unless the company sells its stake".
    "tenzij",
    "zou(den)? … (hebben|willen|kunnen|overwegen)",
    "zou(den)? (mogelijk|eventueel|wellicht)",
    "mogelijkerwijs",
    "misschien",
    "eventueel",
    "wellicht",
    `overw(eegt|egen|oog|ogen|ogen)${E}`,
    `gerucht${L}*`,
    `speculat${L}*`,
    `ontken${L}*`,
    "weerspreekt",
    `gesprekken${E}`,
    `onderhandel${L}*`,
    `dreig(t|de|den|en)${E}`,
    `(?<!${L})indien`,
    "ingeval",
    "naar verluidt",
    "volgens (bronnen|ingewijden|geruchten|berichten)",
    "niet bevestigd",
    "niet van plan",
    "geen plannen",
    "niet (volledig|helemaal|geheel)",
  ],
  precedent: ["na", "net als", "zoals", "in navolging van"],
  background: [
    "al eerder",
    "eerder",
    "destijds",
    "toen",
    "vroeger",
    "in het verleden",
    "voorheen",
    "sindsdien",
    `(\\S+ )?jaar (later|eerder|daarvoor|daarna)`,
    "al in \\d{4}",
    "in \\d{4} al",
    "had (al|eerder)",
    "voor het eerst",
    "niet (nieuw|de eerste keer)",
    "net als",
  ],
  // Getting round a block, beside a name of the Great Firewall: "apps to get around it".
  // A sale's buyer follows these: "aan het Zuid-Koreaanse SK Hynix".
  buyerBefore: ["aan"],
  circumvent: [
    "omzeil\\p{L}*",
    "ontwijk\\p{L}*",
    "ontdui\\p{L}*",
    "(heen|omheen) (te )?(kom|gaan|geraken)\\p{L}*",
    "omheen",
    "voorbij",
  ],
  entries: [
    `(lanceert|lanceerde|gelanceerd|lanceren|lancering)${E}`,
    `(opent|opende|geopend|openen|opening)${E}`,
    `(start|startte|gestart|starten)${E}`,
    `(betreedt|betrad|betreden) … (markt|china)`,
    `(breidt|breidde) … uit${E}`,
    `(uitbreiding|expansie|expandeert)${L}*`,
    `(keert|keerde|teruggekeerd|terugkeer) … (naar china|op de chinese markt)`,
    `(introduceert|introduceerde|geintroduceerd)${E}`,
    `(brengt|bracht) … op de (chinese )?markt`,
    `nieuw(e)? (onderzoekscentrum|kantoor|fabriek|datacenter)`,
  ],
  companyMarkers: {
    before: [
      "bedrijf",
      "onderneming",
      "concern",
      "groep",
      "fabrikant",
      "platform",
      `[${L}-]*(bedrijf|concern|gigant|fabrikant|maker|reus)`,
      "start-?up",
    ],
    after: [
      "n\\.?v\\.?",
      "b\\.?v\\.?",
      "inc\\.?",
      "ltd\\.?",
      "llc",
      "corp\\.?",
      "co\\.?",
      "plc",
      "gmbh",
      "ag",
      "s\\.a\\.",
      "holding",
      "group",
    ],
  },
  // Words that put a sentence after the day of writing.
  future: ["zal", "zullen"],
  effective: [
    `(?<!${L})vanaf`,
    `(?<!${L})per`,
    "met ingang van",
    `(?<!${L})ingaande`,
    `(?<!${L})tot( en met)?`,
    `(?<!${L})uiterlijk`,
    "gaat in op",
    "treedt in werking",
    "in werking",
    "deadline",
  ],
  dates: {
    // Also the words that mark a bare number as a year: "in 2016", "sinds 2012", "eind 2021".
    connectors: [
      "van",
      "in",
      "op",
      "het jaar",
      "jaar",
      "sinds",
      "tot",
      "vanaf",
      "al in",
      "begin",
      "eind",
      "medio",
      "halverwege",
    ],
    lastMonth: ["afgelopen", "vorige", "jongstleden", "jl\\.?"],
    few: ["een paar", "enkele", "enige", "een aantal", "verscheidene", "meerdere"],
    numbers: {
      een: 1,
      twee: 2,
      drie: 3,
      vier: 4,
      vijf: 5,
      zes: 6,
      zeven: 7,
      acht: 8,
      negen: 9,
      tien: 10,
      elf: 11,
      twaalf: 12,
      vijftien: 15,
      twintig: 20,
    },
    units: {
      // "sindsdien": the date last mentioned, from which a state lasts.
      sindsdien: ["day", 0],
      dag: "day",
      dagen: "day",
      week: "week",
      weken: "week",
      maand: "month",
      maanden: "month",
      jaar: "year",
      jaren: "year",
    },
    relative: [
      { pattern: "(?=sindsdien){unit}", sign: 1, anchor: "previous" },
      {
        pattern: "{n} {unit} (eerder|daarvoor|ervoor|tevoren|voordien)",
        sign: -1,
        anchor: "previous",
      },
      { pattern: "{n} {unit} (later|daarna|erna|nadien)", sign: 1, anchor: "previous" },
      { pattern: "{n} {unit} geleden", sign: -1, anchor: "publication" },
      { pattern: "(over|binnen) {n} {unit}", sign: 1, anchor: "publication" },
    ],
    thatSuffix: [],
    sameYear: [
      "van datzelfde jaar",
      "van hetzelfde jaar",
      "datzelfde jaar",
      "hetzelfde jaar",
      "van dat jaar",
    ],
    recent: [
      "onlangs",
      "recent",
      "recentelijk",
      "kortgeleden",
      "kort geleden",
      "de afgelopen dagen",
      "de laatste dagen",
    ],
    approximate: [
      "begin",
      "medio",
      "eind",
      "eind van",
      "half",
      "halverwege",
      "midden",
      "rond",
      "omstreeks",
      "ongeveer",
      "circa",
    ],
  },
  boilerplate: [
    "advertentie",
    "delen\\s*:?\\s*$",
    "delen (via|op)",
    "deel (dit artikel|via|op)",
    "lees ook",
    "lees meer",
    "foto:",
    "beeld:",
    "abonneer",
    "nieuwsbrief",
    "cookies?",
    "volg ons",
    "meer over",
  ],
  stopAt: [
    "reageer( op dit artikel)?",
    "reacties",
    "lees ook\\s*:?\\s*$",
    "gerelateerde artikelen",
    "gerelateerd",
    "meer nieuws",
    "meest gelezen",
    "plaats een reactie",
    "laat een reactie achter",
    "je moet ingelogd zijn",
  ],
  outlet: [
    "^bron\\s*:\\s*(?<outlet>[^\\n]{2,80}?)\\s*$",
    "^\\(?(?<outlet>anp|belga|reuters|afp|ap|bloomberg|xinhua)\\)?\\s*[-—–]",
    "verscheen eerst op (?<outlet>[^\\n]{2,80}?)\\.?\\s*$",
  ],
};
