import type { Lexicon } from "./types.ts";

const L = "\\p{gc=L}";
/** A word ends here: "chiude" must not run on into a longer word. */
const E = `(?!${L})`;

/** Each service noun must end a word: "fabrica" is not "fabricante". */
const wordEnd = (nouns: Record<string, string[]>) =>
  Object.fromEntries(
    Object.entries(nouns).map(([label, list]) => [label, list.map((noun) => `(?:${noun})${E}`)]),
  );

// China as a market right after a verb of leaving: "lascia la Cina", "esce dal mercato cinese".
const CHINA_MARKET =
  "(la |il |dalla |dal |alla |al |in )?(mercato cinese|mercato della cina|cina( continentale)?|gigante asiatico|repubblica popolare( cinese)?|paese del dragone)";
const ADVERB = "((completamente|definitivamente|del tutto|ufficialmente|di fatto) )?";

// Verbs of stopping in most tenses: sospende, sospeso, sospenderà, interrompe, interrotto, blocca…
const STOP = `(sospend${L}*|sospes[oaie]${E}|interromp${L}*|interrott[oaie]${E}|ferm(a|ano|ato|ata|ati|ate|era|eranno|are)${E}|blocc${L}*|congel${L}*|cancell${L}*|pone fine a|mette fine a|ha messo fine a|mettera fine a|porra fine a|stop (a|ad|al|alla|alle|agli|ai))`;
// "smette di", "ha smesso di", "smetterà di", "cessa di".
const CEASE = `(smett${L}* di|smess[oa] di|cess(a|ano|ato|era|eranno|are|asse|assero|i|ino) di)`;

/** Italian (folded: à → a, è → e, ì → i). */
export const it: Lexicon = {
  language: "it",
  spaced: true,
  adjectivesFollow: true,
  countries: {
    usa: "US",
    "stati uniti": "US",
    america: "US",
    "corea del sud": "KR",
    taiwan: "TW",
    "hong kong": "HK",
    "regno unito": "GB",
    russia: "RU",
    india: "IN",
    giappone: "JP",
  },
  nouns: {
    service: wordEnd({
      store: [
        `negozi(o)?${E}`,
        `store${E}`,
        `librer(ia|ie)${E}`,
        "punti vendita",
        "concessionari(e)?",
      ],
      website: [
        `sit(o|i)${E}`,
        "portal(e|i)",
        `version(e|i) (locale|locali|cinese|cinesi|per la cina)`,
        "social network",
        "rete sociale",
        "motore di ricerca",
        "motori di ricerca",
      ],
      service: [`servizi(o)?${E}`, `piattaform(a|e)${E}`, "app store", `annunci${E}`],
      app: [`app${E}`, `applicazion(e|i)${E}`],
      office: [
        `uffic(i|io)${E}`,
        "studi(o)? di (sviluppo|videogiochi)",
        "fabbric(a|he)",
        "stabiliment(o|i)",
        "impiant(o|i) produttiv",
        `centr(o|i) (dati|di ricerca|di sviluppo|r&s|ricerca e sviluppo)`,
        `sed(e|i)${E}`,
        "laborator(io|i)",
        // "il team di ricerca e sviluppo di Shanghai": a team named by its work, never "il team" alone.
        "(team|squadr[ae]|grupp[oi]) (di |del )?(ricerca( e sviluppo)?|sviluppo|sviluppatori|r&s|r&d|ingegneri[ae]?|progettazione|software)",
        "(division[ei]|dipartiment[oi]|unita) (di )?(ricerca( e sviluppo)?|sviluppo|r&s|r&d)",
      ],
      production: ["produzione", "attivita produttive?"],
      business: [
        `attivita${E}`,
        `operazioni${E}`,
        `filial(e|i)${E}`,
        `controllat(a|e)${E}`,
        `business${E}`,
      ],
      product: [`prodott(o|i)${E}`, `(video)?gioc(o|hi)${E}`, `server${E}`],
    }),
    merchant: [
      `venditori${E}`,
      `venditore${E}`,
      `commercianti${E}`,
      `rivenditori${E}`,
      `fornitori${E}`,
      `marchi${E}`,
      `sellers?${E}`,
      `esercenti${E}`,
      "negozi (di venditori|di terzi|online cinesi)",
      "account (di venditori|dei venditori)",
    ],
    relation: [
      `collaborazion(e|i)${E}`,
      `partnership${E}`,
      `(?<!d')accord(o|i)${E}`,
      `contratt(o|i)${E}`,
      `licenz(a|e)${E}`,
      `legami${E}`,
      `rapporti (commerciali|con)${E}`,
      `relazioni (commerciali|con)${E}`,
      `allean(za|ze)${E}`,
      `cooperazione${E}`,
      "joint venture",
      `intes(a|e)${E}`,
      `integrazion(e|i)${E}`,
      `sodalizio${E}`,
      `patt(o|i)${E}`,
    ],
    stake: [
      `quot(a|e)(?! di mercato)${E}`,
      `partecipazion(e|i)(?! (a|al|alla|alle|ai|agli|di mercato)${E})${E}`,
      `azioni${E}(?! proprie)`,
      "pacchetto azionario",
      `\\d+([,.]\\d+)? ?(%|per ?cento) (del|di) (capitale|azioni)`,
    ],
  },
  actions: [
    // Exit: "lascia la Cina", "esce dal mercato cinese", "si ritira dalla Cina", "l'uscita dalla Cina".
    {
      type: "exit",
      pattern: `(lasci${L}*|lascer${L}*|esc(e|ono)|uscit[oaie]|usc(ira|iranno|ire|endo)|si ritir${L}*|ritirat[oaie]|ritirarsi|abbandon${L}*|dice addio|dicono addio|ha detto addio|dira addio|dire addio) ${ADVERB}(da |dalla |dal |a |alla |al )?${CHINA_MARKET}${E}`,
    },
    {
      type: "exit",
      pattern: `(uscita|ritiro|abbandono|addio|disimpegno) (definitiv[oa] |totale )?(di [${L}\\d.&-]+( [${L}\\d.&-]+)? )?(da|dalla|dal|del|della|a|alla|al) ${CHINA_MARKET}${E}`,
    },
    {
      type: "exit",
      pattern: `(chiud${L}*|chius[oaie]|cess${L}*|pone fine a|mette fine a|ha messo fine a|smantell${L}*|termin(a|ano|ato|era|eranno|are)) ${ADVERB}(tutte |tutta )?(la propria|le proprie|la sua|le sue|le|la) (attivita|operazioni)${E}(?! (di|del|della|dei|delle)${E})`,
    },
    {
      type: "exit",
      pattern: `(fa|fanno|ha fatto|hanno fatto|fara|faranno|fare|facendo) le valigie${E}`,
    },
    // "Yahoo se ne va dalla Cina", "chiude in Cina", "stacca la spina nel Paese del Dragone".
    {
      type: "exit",
      pattern: `(se ne (va|vanno|e andat[oaie]|sono andat[oaie]|andra|andranno)|chiud(e|ono|era|eranno)|ha chiuso|hanno chiuso|stacca(no)? la spina|ha staccato la spina|hanno staccato la spina) ${ADVERB}(da |dalla |dal |in |nel |nella )?${CHINA_MARKET}${E}`,
    },
    // "i servizi Yahoo non sono più accessibili dalla Cina".
    {
      type: "exit",
      pattern: `(servizi|prodotti|siti|app) (\\S+ ){0,3}?non (e|sono|saranno|sara) piu (accessibil[ei]|raggiungibil[ei]|disponibil[ei])${E}`,
    },

    // Business with a named party stopped: "interrompe le forniture a Huawei", "non fornirà più Huawei".
    {
      type: "partnership-cut",
      pattern: `(${STOP}|taglia${L}*|tagliat[oaie]) (le |i |gli |ogni |tutti i |tutte le |qualsiasi )?(forniture|rapporti|affari|transazioni|scambi|spedizioni|vendite|relazioni commerciali) (a|al|alla|con) (?!(la|il|i|le|lo|gli|l'|cina|russia|clienti|consumatori)${E})`,
    },
    {
      type: "partnership-cut",
      pattern: `non (fornir${L}*|vender${L}*) piu (a|al) (?!(la|il|i|le|cina|russia|clienti|consumatori)${E})`,
    },
    {
      type: "partnership-cut",
      pattern: `tagli${L}* (i )?ponti${E}`,
    },
    // Sales halt, direct sales first.
    {
      type: "sales-halt",
      pattern: `(${CEASE}|${STOP}) (di )?vendere direttamente`,
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: `${STOP} (le |la |sue |tutte le )?vendit(a|e) dirett(a|e)`,
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: `non (potranno|potra|possono) piu (acquistare|comprare) … direttamente`,
      what: "direct sales",
    },
    // "Smette di offrire il suo servizio di traduzione": the service closes, nothing stops selling.
    {
      type: "shutdown",
      pattern: `${CEASE} (offrire|fornire|erogare|gestire) (il suo |i suoi |la sua |le sue |il |i |la |le |l')(servizi?|applicazion[ei]|app|piattaform[ae]|motore di ricerca|traduttore|social network|sito|versione|strumento|funzion[ei])${E}`,
    },
    // A licence now required to export (or sell) there halts the sales.
    // "L'Aia ha revocato parte delle licenze di esportazione".
    {
      type: "sales-halt",
      pattern: `(revoc${L}*|ritir${L}*|annull${L}*) … licenz[ae]${E}|licenz[ae]${E} … (revocat|ritirat|annullat)${L}*|obbligo di licenza${E}`,
      what: "export licence",
    },
    {
      type: "sales-halt",
      pattern: `(richied${L}*|richiest[oaie]|impon${L}*|impost[oaie]|serv(e|ira|ono|iranno)|occorr${L}*|necessit${L}*|obblig${L}*) … licenz[ae] (per (esportare|vendere|spedire|fornire)|di esportazione|all'esportazione|d'esportazione)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `${CEASE} (vendere|offrire|commercializzare|distribuire|fornire|esportare|spedire|consegnare)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `${STOP} (le |la |i |il |sue |tutte le |ogni |l')?(vendit(a|e)|consegne|spedizioni|esportazioni|fornitur(a|e)|distribuzione|commercializzazione|ordini)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `(sospensione|interruzione|blocco|stop|fine|congelamento) (della |delle |dei |del |alla |alle |agli |ai |al )?(vendit(a|e)|consegne|spedizioni|esportazioni|fornitur(a|e)|distribuzione|commercializzazione)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `non (vende|vendera|venderanno|commercializza${L}*|offre|offrira|offriranno|fornisce|fornira|forniranno|distribuira) piu${E}`,
    },
    {
      type: "sales-halt",
      pattern: `non (potranno|potra|possono|si potra) piu (acquistare|comprare|ordinare)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `(ritir${L}*|tolt[oaie]|togli${L}*) … (dal mercato|dagli scaffali|dalla vendita|dal catalogo|dai negozi)`,
    },

    {
      type: "sales-halt",
      pattern: `non (potra|potranno|puo|possono) piu (vendere|spedire|esportare|consegnare|commercializzare|distribuire)${E}`,
    },
    // Restrictions on sign-ups and features.
    {
      type: "restriction",
      pattern: `(limit${L}*|restring${L}*|ristrett[oaie]|${STOP}|chiud${L}*|chius[oaie]) … (le |i |la )?(registrazion(e|i)|iscrizion(e|i)|nuovi utenti|nuovi account|nuovi clienti|nuovi iscritti|nuove utenze)${E}`,
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `${CEASE} (accettare|registrare|ammettere) … (nuovi|nuove) (utenti|clienti|account|iscritti|utenze)${E}`,
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `non (accetta|accettera|accettano|ammette|consente|consentira) piu (nuovi|nuove) (utenti|registrazioni|clienti|account|iscrizioni)${E}`,
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `(limit${L}*|restring${L}*|ristrett[oaie]|disattiv${L}*|disabilit${L}*|rimuov${L}*|rimoss[oaie]|tagli${L}*) … (l'|l' )?(accesso|funzion(e|i|alita)|opzion[ei]|impostazion[ei]|servizi di)${E}`,
      what: "access",
    },
    {
      type: "restriction",
      pattern: `(accesso|funzion(e|i|alita)) (limitat|ristrett|disattivat|disabilitat)[oaie]${E}`,
      what: "access",
    },

    {
      type: "restriction",
      pattern: `(rimuov${L}*|rimoss[oaie]|ritir${L}*|elimin${L}*|cancell${L}*|tolt[oaie]|togli${L}*|spari${L}*|fa pulizia|ha fatto pulizia|epur${L}*) …… (da|dal|dalla|dallo|dall'|nel|nell'|sul|sull') ?(suo |sua |proprio |propria )?(versione cinese (del|dello|della) (suo |proprio )?)?(app store|negozio (di applicazioni|digitale|online|cinese)|play store|store)${E}`,
      what: "apps from its store",
    },
    {
      type: "restriction",
      pattern: `non (e|sono|sara|saranno) piu disponibil(e|i) (in|per gli utenti in|per gli utenti cinesi|sul mercato) ?(cina|cinese)?`,
      what: "access",
    },
    {
      type: "restriction",
      pattern: `(limit${L}*|restring${L}*|blocc${L}*|tagli${L}*) … (il )?(traffico|api|accesso alla (sua |propria )?api)${E}`,
      what: "access",
    },
    // Seller bans.
    {
      type: "seller-ban",
      pattern: `(band(isce|iscono|ito|ita|iti|ire)|bann${L}*|viet${L}*|blocc${L}*|sospend${L}*|sospes[oaie]${E}|chiud${L}*|chius[oaie]${E}|rimuov${L}*|rimoss[oaie]|espell${L}*|espuls[oaie]|esclud${L}*|esclus[oaie]|cacci${L}*|sanzion${L}*) … {merchant}`,
      what: "sellers",
    },
    {
      type: "seller-ban",
      pattern: `{merchant} … (sono stati|sono state|saranno|vengono|verranno) (bannat|bandit|bloccat|sospes|rimoss|espuls|esclus|vietat)[ie]`,
      what: "sellers",
    },

    // Partnership cuts. ("Chiudere un accordo" is to seal one, so "chiude" is not here.)
    {
      type: "partnership-cut",
      pattern: `non (potranno|potra|possono) piu (accedere|effettuare il login|fare login|collegarsi) con${E}`,
      what: "log-in integration",
    },
    {
      type: "partnership-cut",
      pattern: `(interromp${L}*|interrott[oaie]|romp${L}*|rott[oaie]${E}|tagli${L}*|cancell${L}*|annull${L}*|revoc${L}*|sospend${L}*|sospes[oaie]${E}|termin(a|ano|ato|ata|era|eranno|are)${E}|pone fine a|mette fine a|ha messo fine a|mettera fine a|porra fine a|recid${L}*|recis[oaie]|sciogli${L}*|sciolt[oaie]|congel${L}*|ritir${L}*|disdic${L}*|disdett[oaie]|non rinnov${L}*|stop (a|al|alla|alle|ai|agli)) … {relation}`,
    },
    {
      type: "partnership-cut",
      pattern: `(non|mancato) (\\S+ )?rinnov${L}* (\\S+ ){0,3}?{relation}`,
    },
    {
      type: "partnership-cut",
      pattern: `(fine|rottura|interruzione|sospensione|revoca|cancellazione|annullamento|scioglimento|stop) (della|del|dei|delle|dell'|alla|al|alle|ai) ?(sua |suo |sue |suoi )?{relation}`,
    },
    {
      type: "partnership-cut",
      pattern: `${CEASE} (collaborare|cooperare|lavorare|fare affari) con${E}`,
    },
    {
      type: "partnership-cut",
      pattern: `{relation} … (e stat[oa]|sono stat[ie]|viene|vengono|verra|verranno) (revocat|sospes|interrott|cancellat|annullat|rott|disdett|sciolt)[oaie]${E}`,
    },

    // Divestment.
    // "aveva affidato nel 2005 la gestione di Yahoo China ad Alibaba": its China arm handed over.
    // A unit spun off as a company of its own leaves the parent: a divestment.
    { type: "divestment", pattern: `(scorpor${L}*)` },
    {
      type: "divestment",
      pattern: `(affid${L}*|consegn${L}*|pass(a|ato|ava)) (\\S+ ){0,3}?(la gestione|il controllo|le attivita|l'attivita) (di|del|della|delle|dei) `,
    },
    {
      type: "divestment",
      pattern: `(vend(e|ono|uto|uta|era|eranno|ere|endo)|ced(e|ono|uto|uta|era|eranno|ere|endo)|alien${L}*|dismett${L}*|dismess[oaie]|scorpor${L}*|si disfa di|si e disfatto di|liquid(a|ato|era|are)) (a(l|i|lla)? (\\S+ ){1,5}?)?(anche )?(tutta |tutte |l'inter[ao] |parte (della|delle) |alcun[ie] |(il |l')?\\d+([.,]\\d+)? ?(%|per ?cento) (della |del |dello |delle |dei |di )(sua |suo |propria )?|il controllo (della |del |dello |di )(sua |suo |propria )?|la maggioranza (della |del |dello |di )(sua |suo |propria )?)?(la |il |le |i |la sua |il suo |le sue |i suoi |la propria |le proprie |una |un )?([${L}-]+ )?(quot(a|e)|partecipazion(e|i)|attivita|filial(e|i)|divisione|unita|business|azioni|controllat(a|e)|ramo d'azienda|asset|infrastruttur(a|e)|server|data center|stabiliment(o|i)|fabbric(a|he)|{stake})${E}`,
    },
    {
      type: "divestment",
      pattern: `(vendita|cessione|dismissione|alienazione|scorporo) (della|del|delle|dei|dell') ?(sua |suo |sue |suoi |propria )?([${L}-]+ )?(quota|partecipazione|attivita|filiale|divisione|unita|business|azioni|controllata)${E}`,
    },
    {
      type: "divestment",
      pattern: `(esce|uscita|uscito|uscira|uscire) dal (capitale|azionariato) di${E}`,
    },

    // Stakes taken (other).
    // "Didi acquisisce le attività cinesi di Uber": a sale told from the buyer's side is the seller's.
    {
      type: "divestment",
      pattern: `(acquisisc${L}*|acquis(ire|ira|iranno|ito)|acquist(a|ano|ato|era|are)|compr(a|ano|ato|era|are)|rilev(a|ato|era|are)) (il controllo (delle|del|della) |tutte le )?(le |il |la |l')?(attivita|operazioni|filiali?|divisione|unita|business|asset) (cines[ie] |local[ie] )?(di|del|della|dell') ?`,
      sellerAfter: true,
    },
    // "BYD rileverà lo stabilimento cinese di Jabil": told from the buyer's side.
    {
      type: "divestment",
      pattern: `(acquisisc${L}*|acquis(ire|ira|iranno|ito)|acquist(a|ano|ato|era|eranno|are)|compr(a|ano|ato|era|eranno|are)|rilev(a|ano|ato|era|eranno|are)|prend(e|ono|era|eranno|ere)|pres[oa]) (il controllo (di |del |dello |della |dei |degli |delle )|una quota (di maggioranza )?(del \\d+([,.]\\d+)? ?(%|per ?cento) )?(in|nel|nello|nella|negli|nei|nelle) |la maggioranza (del|dello|della|dei|degli|delle) )?(lo |gli |il |la |le |i |l'|due |tre )?(stabiliment[oi]|fabbric(a|he)|impiant[oi]|sit[oi] produttiv[oi]|attivita|operazioni|filiali?|divisione|unita|business|asset)( (cines[ie]|local[ie]|produttiv[oi]))?( (a|in) \\S+)? (di|del|della|dell'|dello|dei|degli) ?`,
      sellerAfter: true,
    },
    // "Le attività cinesi di Jabil saranno cedute a BYD": the owner before is the seller.
    {
      type: "divestment",
      pattern: `(attivita|filiali?|stabiliment[oi]|fabbric(a|he)|divisione|unita|business|quota|partecipazione)( \\S+){0,4}? (sara|saranno|e stat[oaie]|sono stat[oaie]|verra|verranno|viene|vengono) (\\S+ )?(vendut[oaie]|cedut[oaie]|trasferit[oaie]) (a|al|alla|ai|all')${E}`,
    },
    {
      type: "other",
      pattern: `(acquisisc${L}*|acquisit[oaie]|acquis(ire|ira|iranno)|acquist(a|ano|ato|era|are)|compr(a|ano|ato|era|are)|ril(eva|evato|evera|evare)|ottien${L}*|ottenut[oaie]|ricev${L}*|sale al|salira al|in cambio (di|della|del)) … {stake}`,
      what: "buys a stake in",
    },
    {
      type: "other",
      pattern: `(acquisisc${L}*|acquist(a|ano|ato|era|are)|compr(a|ano|ato|era|are)|ril(eva|evato|evera|evare)) (il |l')?\\d+([,.]\\d+)? ?(%|per ?cento)`,
      what: "buys a stake in",
    },
    {
      type: "other",
      pattern: `(entra|entrato|entrata|entrera|entrare) nel (capitale|azionariato) di${E}`,
      what: "buys a stake in",
    },
    {
      type: "other",
      pattern: `(investe|investono|investito|investira|investiranno|investire) … in (?!(il|la|i|le|lo|gli|un|una|nuov[oaie]|questo|questa|cina|pechino|shanghai|shenzhen|ricerca|sviluppo|infrastrutture)${E})`,
      what: "invests in",
    },

    // Blocked by the Chinese state.
    // "Bing ha ricevuto l'ordine di sospendere": told to by the state.
    {
      type: "blocked",
      pattern: `(ha|hanno) ricevuto l'ordine di (sospendere|fermare|rimuovere|chiudere|disattivare|bloccare)|(e|sono) stat[oaie] (costrett|obbligat)[oaie] a (sospendere|fermare|rimuovere|chiudere|disattivare)`,
    },
    {
      type: "blocked",
      pattern: `(governo|autorita|regolatori|regolatore|pechino|la cina|censori|censura|cyberspazio|cac|ministero|amministrazione cinese|tribunale)${E} … (blocc${L}*|viet${L}*|band(isce|iscono|ito|ita|ire)|bann${L}*|(mett${L}*|messo|mise) al bando|censur${L}*|oscur${L}*|ordin${L}* … (rimozione|rimuovere|ritirare|chiudere|bloccare)|sanzion${L}*|esclud${L}*)`,
    },
    {
      type: "blocked",
      pattern: `(bloccat|vietat|censurat|oscurat|bandit|bannat|inaccessibil)${L}* (in|dalla|dal governo) (cina|pechino)${E}`,
    },
    {
      type: "blocked",
      pattern: "grande (firewall|muraglia (digitale|informatica|di internet|elettronica))",
      backdrop: true,
    },

    {
      type: "blocked",
      pattern: `(e|sono|era|erano|e stat[oaie]|sono stat[ie]|rimane|rimangono|resta|restano|risulta|risultano|divent${L}*) (di fatto |praticamente |completamente |totalmente )?(inaccessibil[ei]|bloccat[oaie]|oscurat[oaie]|censurat[oaie]|irraggiungibil[ei])${E}`,
    },
    {
      type: "blocked",
      pattern: `(su|dietro) (ordine|richiesta|pressione|pressioni|indicazione|ingiunzione) (del|della|delle|dei|di) (autorita|regolatore|regolatori|governo|pechino|censori|amministrazione)${E}`,
    },
    {
      type: "blocked",
      pattern: `(ordin${L}*|impost${L}*|impone${L}*) (la |lo |il )?(chiusura|rimozione|sospensione|blocco|ritiro|oscuramento|spegnimento)${E}`,
    },
    {
      type: "other",
      pattern: `(rinunci${L}*|desist${L}*|abbandon${L}*) … (ad acquistare|ad acquisire|a comprare|all'acquisizione|all'acquisto|alla fusione|all'offerta|l'offerta|l'acquisizione|l'operazione|la propria offerta|la sua offerta)${E}`,
      what: "abandons a deal",
    },
    {
      type: "divestment",
      pattern: `(lo )?(scorporo|spin-?off|scissione) (di|della|del|delle|dei|dell')${E}`,
    },
    {
      type: "divestment",
      pattern: `(scorpor${L}*|separ${L}*|trasferi${L}*|confer${L}*) … in una (societa|entita|azienda|joint venture) (autonoma|indipendente|separata|locale|a se)${E}`,
    },
    {
      type: "divestment",
      pattern: `(vendut[oaie]|cedut[oaie]) … (le |la |il |i |gli |l')?(infrastruttur(a|e)|asset|attivi|impianti|data center|centri dati|operazioni)${E}`,
    },
    // "stopped making TVs in China": production there ends.
    {
      type: "shutdown",
      pattern: `(smett${L}* di|smesso di|cess${L}* di) (produrre|fabbricare|assemblare)`,
      what: "production",
    },
    // Shutdowns, last: they are the most generic.
    {
      type: "shutdown",
      pattern: `(chiud${L}*|chius[oaie]${E}|spegn${L}*|spent[oaie]${E}|disattiv${L}*|sospend${L}*|sospes[oaie]${E}|interromp${L}*|dismett${L}*|dismess[oaie]|termin(a|ano|ato|era|eranno|are)${E}|pone fine a|mette fine a|ha messo fine a|mettera fine a|stacca la spina a|ritir${L}*|sciolt[oaie]${E}|sciogl${L}*|sciols${L}*|smantell${L}*) … {service}`,
    },
    {
      type: "shutdown",
      pattern: `(la |alla )?(chiusura|disattivazione|dismissione|spegnimento|fine) (\\S+ ){0,5}?(della|del|delle|dei|degli|dell') ?(sua |suo |sue |suoi |propria )?([${L}-]+ )?{service}`,
    },
    // "cesserà le attività del suo negozio di libri digitali": one store's business ends.
    {
      type: "shutdown",
      pattern: `(chiud${L}*|chius[oaie]|cess${L}*|termin${L}*) (le |l')?(attivita|operazioni) (della|del|delle|dei|degli|dell') ?(sua |suo |sue |suoi |propria )?([${L}-]+ )?{service}`,
    },
    {
      type: "shutdown",
      pattern: `{service} (smettera|smetteranno|ha smesso|hanno smesso|smette|smettono) di (funzionare|operare|essere disponibil(e|i))${E}`,
    },
    // "Ritira LinkedIn dalla Cina": one product or service withdrawn from the market.
    {
      type: "shutdown",
      pattern: `ritir${L}* … (dalla cina|dal mercato cinese)${E}`,
    },
    // "vendere le sue quote della joint venture al gruppo cinese TPV": a sale of anything to a buyer the text names as Chinese, or that is
    // a Chinese company, is a divestment toward China; to anyone else it is not read here.
    {
      type: "divestment",
      pattern: `(vend${L}*|ced${L}*) (\\S+ ){1,10}?(a|al|alla|ai|agli)${E}`,
      buyerChinese: true,
    },
  ],
  china: [
    // A Chinese domain names the China site: "google.cn".
    `([a-z0-9-]+\\.)+cn${E}`,
    `cin(a|ese|esi)${E}`,
    "pechino",
    "beijing",
    "shanghai",
    "shenzhen",
    "hangzhou",
    "canton",
    "guangzhou",
    "wuhan",
    "chengdu",
    "dalian",
    "cina continentale",
    "gigante asiatico",
    "paese del dragone",
    "repubblica popolare cinese",
  ],
  mainland: ["cina continentale", `continentale${E}`],
  anaphors: [
    "la societa",
    "l'azienda",
    "il gruppo",
    "la piattaforma",
    "il colosso",
    "il gigante",
    "la compagnia",
    "il marchio",
    "il produttore",
    "la multinazionale",
    "la big tech",
    "la startup",
    "il social network",
    "l'app",
    "il servizio",
    "il motore di ricerca",
    "l'americana",
    "la statunitense",
    "la californiana",
    "la giapponese",
    "la sudcoreana",
  ],
  hedges: [
    // A move denied: "Steam has not been banned".
    `non (e|sono|e stat[oaie]|sono stat[ie]|sara) (bloccat|bannat|vietat|censurat|chius|ritirat)${L}*`,
    // An individual user's account closed is not a move in the market.
    `(chius|chiud|sospe|blocc|cancell)${L}*,? (\\S+ ){0,10}?(gli |degli |alcuni )?(account|profili) (di|del|dei|degli)`,
    // A condition, not a move: "unless the company sells its stake".
    "a meno che",
    // "Ha annunciato che avrebbe chiuso" is a decided move (future in the past): the
    // conditional is hearsay only with these words after it.
    "potrebber?o?",
    "avrebber?o? (deciso|intenzione|in programma|gia|avviato|pianificato)",
    "sarebber?o? (pront[oaie]|intenzionat[oaie]|in procinto|al lavoro|in trattativa|orientat[oaie])",
    "dovrebber?o?",
    "starebber?o?",
    `valut(a|ano|ando)${E}`,
    `consider(a|ano|ando)${E}`,
    `(?<!${L})voci${E}`,
    `indiscrezion${L}*`,
    `rumors?${E}`,
    `smentit${L}*`,
    `smentisc${L}*`,
    `neg(a|ano|ato)${E}`,
    `trattativ${L}*`,
    `negoziat${L}*`,
    "colloqui",
    `minacci(a|ano|ato) di${E}`,
    `(?<!${L})se (il|la|i|le|lo|gli|non) `,
    "qualora",
    "nel caso in cui",
    "secondo (indiscrezioni|voci)",
    // Sources alone report a fact ("secondo fonti cinesi, TSMC ha informato…"); with the
    // conditional of hearsay or a plan they report talk.
    "secondo (fonti|alcuni|quanto riportato)[^.]{0,80}?(avrebbe|avrebbero|sarebbe|sarebbero|starebbe|starebbero|potrebbe|potrebbero|intende|intendono|valuta|sta valutando|pianifica)",
    "non ha confermato",
    `speculazion${L}*`,
    `ipotes${L}*`,
    "non esclude",
  ],
  precedent: ["dopo", "come", "sulla scia di"],
  background: [
    "(aveva|avevano|era|erano) gia",
    "in precedenza",
    "precedentemente",
    "in passato",
    "all'epoca",
    "a suo tempo",
    "(da|fino ad|fin da|sin da|gia) allora",
    "di allora",
    "a quel tempo",
    "in quell'occasione",
    "prima di allora",
    "(anni|mesi|giorni) (dopo|piu tardi|prima)",
    "l'anno (successivo|seguente|precedente)",
    `(?<!${L})(sin dal|fin dal)${E}`,
    "(qualche|alcuni|diversi|due|tre|dieci) anni fa",
    "non e la prima volta",
    "per la prima volta",
    "gia nel",
    "si ricordi",
    "ricordiamo",
    "prima ancora",
  ],
  // Getting round a block, beside a name of the Great Firewall: "apps to get around it".
  // China as where something moves to: "to move production to China".
  relocation: ["(trasfer|spost|delocalizz|trasloc)\\S* (\\S+ ){0,5}?(in|verso) "],
  // A sale's buyer follows these: "alla coreana SK Hynix".
  buyerBefore: ["a", "al", "alla", "ai", "all'"],
  circumvent: [
    "aggir\\p{L}*",
    "elud\\p{L}*",
    "scavalc\\p{L}*",
    "super\\p{L}*",
    "bypass\\p{L}*",
    "evit\\p{L}*",
    "saltare",
  ],
  entries: [
    `lanci${L}*`,
    `sbarc${L}*`,
    "entra(re|ra|no|to|ta)? nel mercato",
    `arriv${L}* in cina`,
    "arrivo in cina",
    `(apr(e|ono|ira|iranno|ire)|apert[oaie]|inaugur${L}*)${E}`,
    `espan${L}*`,
    `amplia${L}* (la sua|la propria) (presenza|attivita)`,
    "rafforza (la sua|la propria) presenza",
    "(torna|tornera|ritorna|rientra|rientrera) (in cina|nel mercato cinese)",
    "(il )?(ritorno|rientro) in cina",
    `(si insedia|si stabilisce|insediamento)${E}`,
  ],
  companyMarkers: {
    before: [
      "la (societa|compagnia|startup|piattaforma|multinazionale|big tech|azienda)",
      "l'azienda",
      "il (gruppo|colosso|gigante|produttore|marchio|motore di ricerca)",
      "lo (studio|sviluppatore)",
      "la controllata",
      "una (societa|compagnia|startup|piattaforma|multinazionale|azienda|controllata)",
      "un'azienda",
      "un (gruppo|colosso|gigante|produttore|marchio)",
    ],
    after: [
      "s\\.p\\.a\\.?",
      "spa",
      "s\\.r\\.l\\.?",
      "srl",
      "inc\\.?",
      "ltd\\.?",
      "co\\.",
      "corp\\.?",
      "corporation",
      "gmbh",
      "ag",
      "plc",
      "llc",
      "holdings?",
    ],
  },
  // Words that put a sentence after the day of writing.
  future: ["sara", "saranno", "chiudera", "cessera"],
  effective: [
    `(?<!${L})(dal|dall'|dalla|dai)`,
    "a partire da(l|lla|i)?",
    "a decorrere da(l|lla)?",
    "con effetto",
    "entrer(a|anno) in vigore",
    "in vigore (dal|da)",
    "fino al",
    "entro il",
    `effettiv${L}*`,
    "scadenza",
  ],
  dates: {
    // Also the words that mark a bare number as a year: "nel 2016", "dal 2012", "entro il 2025".
    // "1° novembre": the ordinal mark.
    connectors: [
      "°",
      "di",
      "fine",
      "inizio",
      "meta",
      "primavera",
      "estate",
      "autunno",
      "inverno",
      "del",
      "nel",
      "il",
      "l'",
      "anno",
      "nell'anno",
      "dal",
      "al",
      "entro",
      "entro il",
      "sin dal",
      "gia nel",
      "fino al",
      // "Marzo dell'anno scorso", "giugno della scorsa estate".
      "dell'",
      "della",
      "dello",
    ],
    lastMonth: ["scorso mese di", "scorso", "passato"],
    few: ["alcuni", "alcune", "pochi", "poche", "qualche", "diversi", "diverse", "vari", "varie"],
    numbers: {
      un: 1,
      uno: 1,
      una: 1,
      due: 2,
      tre: 3,
      quattro: 4,
      cinque: 5,
      sei: 6,
      sette: 7,
      otto: 8,
      nove: 9,
      dieci: 10,
      undici: 11,
      dodici: 12,
      quindici: 15,
      venti: 20,
    },
    units: {
      // "da allora": the date last mentioned, from which a state lasts.
      "da allora": ["day", 0],
      giorno: "day",
      giorni: "day",
      settimana: "week",
      settimane: "week",
      mese: "month",
      mesi: "month",
      anno: "year",
      anni: "year",
      // "Lo stesso giorno", "nella stessa giornata": no count, the day of the date last mentioned.
      "stesso giorno": ["day", 0],
      "giorno stesso": ["day", 0],
      "stessa giornata": ["day", 0],
    },
    relative: [
      { pattern: "(?=da allora){unit}", sign: 1, anchor: "previous" },
      { pattern: "{n} {unit} prima", sign: -1, anchor: "previous" },
      { pattern: "{n} {unit} (dopo|piu tardi)", sign: 1, anchor: "previous" },
      { pattern: "{n} {unit} fa", sign: -1, anchor: "publication" },
      { pattern: "(tra|fra|entro) {n} {unit}", sign: 1, anchor: "publication" },
      // "La scorsa settimana", "lo scorso anno", "il mese passato": CLDR has only "settimana scorsa".
      { pattern: "(la|lo|il|nella|nello|nel) scors[oa] {unit}", sign: -1, anchor: "publication" },
      { pattern: "(la|il|nella|nel) {unit} passat[oa]", sign: -1, anchor: "publication" },
      { pattern: "(la|lo|il|nella|nello|nel) prossim[oa] {unit}", sign: 1, anchor: "publication" },
      // Only the zero-count units: "il giorno" alone is not a date.
      {
        pattern: "(lo|il|nello|nella|quello|quella|in quella|la) (?=stess|giorno stesso){unit}",
        sign: 1,
        anchor: "previous",
      },
      // "Il giorno dopo", "la settimana precedente": one unit after or before the date last mentioned.
      {
        pattern: "(il|la|l'|nel|nella) {unit} (dopo|successiv[oa]|seguente)",
        sign: 1,
        anchor: "previous",
      },
      { pattern: "(il|la|l'|nel|nella) {unit} (prima|precedente)", sign: -1, anchor: "previous" },
    ],
    thatSuffix: [],
    sameYear: [
      "dello stesso anno",
      "di quell'anno",
      "di quello stesso anno",
      "nello stesso anno",
      "quell'anno",
      "in quell'anno",
    ],
    recent: [
      "recentemente",
      "di recente",
      "nei giorni scorsi",
      "negli ultimi giorni",
      "ultimamente",
    ],
    years: { "l'anno passato": -1, "dell'anno passato": -1, "di quest'anno": 0 },
    approximate: [
      "inizio",
      "inizi",
      "meta",
      "fine",
      "primi",
      "fine del",
      "inizio del",
      "fine di",
      "inizio di",
      "meta del",
      "verso",
      "circa",
      "intorno al",
      "attorno al",
    ],
  },
  boilerplate: [
    "riproduzione riservata",
    "→",
    "tag\\s*:",
    "argomenti\\s*:",
    "aggiornato (il|alle)",
    "stampa",
    "(foto|immagine)\\s*\\(",
    "credit(i|s)? (foto|fotografici)",
    "pubblicita",
    "condividi",
    "leggi anche",
    "leggi di piu",
    "foto:",
    "immagine:",
    "iscriviti",
    "newsletter",
    "cookies?",
    "questo sito utilizza cookie",
    "seguici",
    "tutti i diritti riservati",
  ],
  stopAt: [
    "(ti )?potrebbe (interessarti|interessare)( anche)?",
    "leggi anche\\s*:?\\s*$",
    "articoli correlati",
    "notizie correlate",
    "correlati",
    "lascia un commento",
    "commenti",
    "i piu letti",
    "altre notizie",
    "potrebbero interessarti",
  ],
  outlet: [
    "^fonte\\s*:\\s*(?<outlet>[^\\n]{2,80}?)\\s*$",
    "^\\(?(?<outlet>ansa|adnkronos|agi|askanews|reuters|afp|ap|bloomberg|xinhua)\\)?\\s*[-—–]",
    "proviene da (?<outlet>[^\\n]{2,80}?)\\.?\\s*$",
    "è apparso (prima|per la prima volta) su (?<outlet>[^\\n]{2,80}?)\\.?\\s*$",
  ],
};
