import type { Lexicon } from "./types.ts";

const L = "\\p{gc=L}";
/** A word ends here: "ferme" must not run on into "fermement". */
const E = `(?!${L})`;

/** Each service noun must end a word: "site" is not "situation". */
const wordEnd = (nouns: Record<string, string[]>) =>
  Object.fromEntries(
    Object.entries(nouns).map(([label, list]) => [label, list.map((noun) => `(?:${noun})${E}`)]),
  );

// China as a market right after a verb of leaving: "quitte la Chine", "sort du marché chinois".
const CHINA_MARKET = `(le |la |du |de la |de l'|d'|de |l')?(marche chinois|marche de (la )?chine|chine( continentale)?|empire du milieu|republique populaire( de chine)?|pays du milieu)${E}`;
// Optional adverbs between a verb and its object: "se retire définitivement de Chine".
const ADVERB = `((completement|definitivement|totalement|officiellement|finalement|entierement|progressivement|discretement|bel et bien|a son tour|deja) )?`;
// Verbs of closing in every tense, without "fermement" or "fermier".
const CLOSE = `(ferm(e|es|ee|ees|er|era|eront|erait|eraient|ait|aient|ant|ent|ons)${E}|referm${L}*|suppr${L}*|desactiv${L}*|debranch${L}*|eteint${L}*|eteind${L}*|demantel${L}*|liquid${L}*|abandonn${L}*|tir${L}* un trait sur|tir${L}* le rideau sur|baiss${L}* le rideau sur)`;
// "met fin à / mettra fin aux / a mis fin au / mettre un terme à".
const END = `((mett${L}*|met|mis|mise|mises) (fin|un terme) (a|aux|au)${E})`;
// Verbs of stopping in every tense: cesse, cessera, arrête, suspend, suspendu, interrompt, gèle, stoppe.
const STOP = `(cess(e|es|ent|era|eront|erait|eraient|ait|aient|ant|er|ee|ees)${E}|arret(e|es|ent|era|eront|erait|eraient|ait|aient|ant|er|ee|ees)${E}|suspend${L}*|interromp${L}*|interrompu${L}*|stopp${L}*|gel(e|es|ent|ee|ees|er|ant)${E}|gele${L}*|gel(era|eront)${E}|${END})`;
// "cesse de", "a cessé de", "arrête de", "cessera de".
const CEASE = `(cess${L}* de|cess${L}* d'|arret${L}* de|arret${L}* d')`;
// Participles that report a closure in the passive: "a été fermé", "seront supprimés".
const CLOSED = `(ferme|supprime|desactive|arrete|debranche|eteint|abandonne|demantele|liquide)(e|s|es)?${E}`;
// Auxiliaries of the passive and the compound past: "a été", "ont été", "sera", "avaient été".
// "a dissous son équipe de R&D": a team or unit disbanded (never a relation: that is a cut).
const DISSOLVE = `(dissou(s|t|te|tes|dre)${E}|dissolv${L}*|demobilis${L}*)`;
const BEEN = `(a|ont|avait|avaient|aura|auront) ete|(est|sont|sera|seront|etait|etaient|serait|seraient|fut|furent)`;

/** French (folded: é → e, ç → c, ô → o). */
export const fr: Lexicon = {
  language: "fr",
  spaced: true,
  adjectivesFollow: true,
  countries: {
    "etats-unis": "US",
    "etats unis": "US",
    "e.-u.": "US",
    usa: "US",
    "coree du sud": "KR",
    taiwan: "TW",
    "hong kong": "HK",
    "hong-kong": "HK",
    "royaume-uni": "GB",
    russie: "RU",
    inde: "IN",
    japon: "JP",
  },
  nouns: {
    service: wordEnd({
      store: [
        "librairies?",
        "boutiques?( en ligne)?",
        "magasins?",
        "stores?",
        "places? de marche",
        "marketplaces?",
        "points? de vente",
        "enseignes?",
        "concessions?",
        "app store",
      ],
      website: [
        "sites?( web| internet)?",
        "portails?",
        "versions? (locales?|chinoises?|en chinois|pour la chine)",
        "reseaux? soci(al|aux)",
        "moteurs?( de recherche)?",
        "messageries?",
        "blogs?",
      ],
      service: ["services?", "plateformes?", "offres?", "abonnements?", "cloud", "annonces"],
      app: ["applications?", "apps?", "applis?", "logiciels?"],
      office: [
        "bureaux",
        "studios?( de (developpement|jeux?( video)?))?",
        "bureau( de representation)?",
        "antennes?",
        "sieges?",
        "centres? (de|d') ?(donnees|recherche|r&d|developpement|innovation|ingenierie)",
        "centres? de recherche et (de )?developpement",
        "laboratoires?",
        "usines?",
        "sites? de production",
        "lignes? de production",
        "data ?centers?",
        // "son équipe de R&D à Shanghai": a team named by its work, never "l'équipe" alone.
        "equipes? (de |d'|du )?(r&d|recherche( et (de )?developpement)?|developpement|developpeurs|ingenieurs|ingenierie|conception|design|logiciels?|produits?)",
        "(branches?|divisions?|departements?|unites?|poles?) (de |d')?(r&d|recherche( et (de )?developpement)?|developpement)",
      ],
      production: ["production", "activites? de production", "fabrication"],
      business: ["activites", "filiales?", "branches?", "divisions?", "succursales?", "operations"],
      product: ["produits?", "jeux?( video)?", "serveurs?", "smartphones?", "terminaux"],
    }),
    merchant: [
      `vendeurs?${E}`,
      `marchands?${E}`,
      `commercants?${E}`,
      `detaillants?${E}`,
      `revendeurs?${E}`,
      `fournisseurs?${E}`,
      `distributeurs?${E}`,
      "boutiques? de (vendeurs|marchands|tiers)",
      "comptes (de|des) (vendeurs|marchands)",
      `marques${E}`,
      `marque chinoise${E}`,
    ],
    relation: [
      `partenariats?${E}`,
      `(?<!d')accords?${E}`,
      `contrats?${E}`,
      `licences?${E}`,
      `liens${E}`,
      `ponts${E}`,
      `relations? (commerciales?|d'affaires|avec)${E}`,
      `alliances?${E}`,
      `integrations?${E}`,
      `cooperations?${E}`,
      `collaborations?${E}`,
      `coentreprises?${E}`,
      `co-entreprises?${E}`,
      `joint-ventures?${E}`,
      "joint ventures?",
      `conventions?${E}`,
      `approvisionnements?${E}`,
      `mises? a jour${E}`,
    ],
    stake: [
      `participations?(?! (a|au|aux|de marche))${E}`,
      `parts(?! de marche)${E}`,
      "\\d+([,.]\\d+)? ?(%|pour ?cent)",
      `actions${E}(?! (en justice|judiciaires?|collectives?))`,
      "capital",
      `(?<!parts de )tour de table${E}`,
    ],
  },
  actions: [
    // "ses services ne sont plus accessibles depuis la Chine": its own services, all of them.
    {
      type: "exit",
      pattern: `(ses|leurs) services (n'(etaient|etait|est|sont|seront|sera)|ne (sont|seront)) plus (accessibles?|disponibles?) (depuis|en) ${CHINA_MARKET}`,
    },
    // Exit: "quitte la Chine", "se retire du marché chinois", "sort de Chine", "son départ de Chine".
    {
      type: "exit",
      pattern: `(quitt${L}*|(se|s'est|s'etait|se sont|s'etaient|s'en|se serait|de se) ${ADVERB}(retir${L}*|desengag${L}*)|retire${L}*|desengag${L}*|sort(ir|ira|iront|ent|ait|aient|ant)${E}|sorti[es]?${E}|abandonn${L}*|renonc${L}* a|renonc${L}* au|dit adieu a|dire adieu a|disent adieu a|fait ses adieux a|tourn${L}* le dos a|tourn${L}* la page( de)?|s'en va|s'en iront|s'en ira) ${ADVERB}${CHINA_MARKET}`,
    },
    {
      type: "exit",
      pattern: `(retrait|depart|sortie|desengagement|abandon|adieux?|repli) (definiti(f|ve) |total |complet )?(d'[${L}\\d.&-]+( [${L}\\d.&-]+)? |de [${L}\\d.&-]+( [${L}\\d.&-]+)? )?(du|de|de la|d'|hors de) ?${CHINA_MARKET}`,
    },
    {
      type: "exit",
      pattern: `(${STOP}|${END}|${CLOSE}|liquid${L}*) ${ADVERB}(toutes |l'ensemble de )?(ses|leurs|les) (activites|operations)${E}(?! (de|du|des|d')${E})`,
    },
    {
      type: "exit",
      pattern: `(pli${L}* bagages?|fait ses valises|faire ses valises|jett${L}* l'eponge|claqu${L}* la porte|met la cle sous la porte|mettre la cle sous la porte|mis la cle sous la porte)`,
    },

    // Deliveries stopped to a named party ("suspend ses livraisons à Huawei") cut a supply tie.
    {
      type: "partnership-cut",
      pattern: `(${STOP}|${END}) (les |ses |leurs |toutes (les|ses) )?(ventes|livraisons|expeditions|exportations|commandes) (a|au|aux|vers|destinees a) (?!(la|le|les|l'|des|ses|leurs|clients|consommateurs|particuliers|chine|russie)${E})`,
    },
    // Sales halt, direct sales first.
    {
      type: "sales-halt",
      pattern: `(${CEASE}|${STOP} de) vendre directement`,
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: `(${STOP}|${END}) (les |ses |leurs |sa |la )?ventes? directes?`,
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: `ne (pourr|peuv|pourront|pourra)${L}* (pas|plus) … acheter … directement`,
      what: "direct sales",
    },
    // "Cesse de proposer son service de traduction": the service closes, nothing stops selling.
    {
      type: "shutdown",
      pattern: `(${CEASE}|${STOP} de) (proposer|offrir|fournir|assurer|exploiter) (son|sa|ses|le|la|les|l') ?(services?|applications?|applis?|apps?|plateformes?|moteur|messagerie|site|version|outil|fonction)${E}`,
    },
    // A licence now required to export (or sell) there halts the sales.
    // "La Haye a révoqué une partie de ses licences d'exportation".
    {
      type: "sales-halt",
      pattern: `(revoqu${L}*|retir${L}*|annul${L}*) … licences?${E}|licences?${E} … (revoquee|retiree|annulee)s?${E}|exigence de licence${E}`,
      what: "export licence",
    },
    {
      type: "sales-halt",
      pattern: `(exig${L}*|impos${L}*|soumi${L}*|soumet${L}*|requi${L}*|necessit${L}*|besoin d') … licences? (d'exportation|d'exporter|pour (exporter|vendre|livrer|expedier))${E}`,
    },
    {
      type: "sales-halt",
      pattern: `(${CEASE}|${STOP} de) (vendre|commercialiser|distribuer|livrer|expedier|exporter|proposer|offrir|ecouler)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `(${STOP}|${END}) (les |ses |leurs |sa |la |toutes (les|ses) )?(ventes?|livraisons?|expeditions?|exportations?|commandes|commercialisation|distribution)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `(arret|suspension|gel|interruption|fin|cessation) (des|de ses|de leurs|de la|du) (ventes?|livraisons?|expeditions?|exportations?|commercialisation|distribution)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `ne (pourr|peuv|pourront|pourra)${L}* (pas|plus) (acheter|commander|se procurer)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `ne (vend|commercialis|livr|expedi|distribu|propos)${L}* plus`,
    },
    {
      type: "sales-halt",
      pattern: `(ne (pourr${L}*|peut|peuvent|pourra|pourront|sera plus autorise${L}* a|est plus autorise${L}* a) (plus )?|n'(est|sont|sera|seront) plus autorise${L}* a |interdi${L}* de )(vendre|exporter|livrer|expedier|commercialiser|distribuer)${E}`,
    },
    {
      type: "sales-halt",
      pattern: `(ne (sera|seront|est|sont) plus|n'(est|etait) plus) (vendu|commercialise|distribue|propose|livre)(e|s|es)?${E}`,
    },
    {
      type: "sales-halt",
      pattern: `(retir${L}*) … (de la vente|des rayons|du catalogue|des etals|des etageres)`,
    },

    // Restrictions on sign-ups, features, content and apps in a store.
    {
      type: "restriction",
      pattern: `(limit${L}*|restrei?n${L}*|suspend${L}*|reserv${L}*|${CLOSE}|gel${L}*|stopp${L}*) … (inscriptions?|enregistrements?|nouveaux (utilisateurs|comptes|clients|abonnes|membres)|creations? de (nouveaux )?comptes?)${E}`,
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `(n'accept|n'admet|ne permet|n'autoris|ne prend)${L}* (plus|pas) (de |les )?(nouveaux|nouvelles) (utilisateurs|inscriptions|clients|comptes|abonnes|membres)${E}`,
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `(limit${L}*|restrei?n${L}*|desactiv${L}*|brid${L}*|retir${L}*|supprim${L}*|coup${L}*) … (l'acces|acces|fonctionnalites?|fonctions?|l'option|options?|parametres?|reglages?|contenus?|trafic|api)${E}`,
      what: "access",
    },
    {
      type: "restriction",
      pattern: `(acces|fonctionnalites?|fonctions?) (limite|restreint|desactive|bride|bloque)(e|s|es)?${E}`,
      what: "access",
    },
    {
      type: "restriction",
      pattern: `(retir${L}*|supprim${L}*|fait disparaitre|faire disparaitre|disparaiss${L}*|disparu${L}*|efface${L}*|dereferenc${L}*|fait le menage|faire le menage|coup de balai|purg${L}*) …… (de |d'|dans |sur )?(la |sa |son |leur |l')?(version chinoise de (son |l')?)?(app store|boutique (d'applications|chinoise|en ligne|d'apple|de google)|magasin d'applications|play store|apple store|store)${E}`,
      what: "apps from its store",
    },
    {
      type: "restriction",
      pattern: `(n'est|ne sont|n'etait|n'etaient|ne sera|ne seront) (plus|pas) (disponibles?|proposee?s?|telechargeables?|offerte?s?|lancee?s?) (en|aux utilisateurs en|pour les utilisateurs en|sur le marche|dans l'app store) ?(chin|continentale)`,
      what: "access",
    },

    // Seller bans.
    {
      type: "seller-ban",
      pattern: `(bann${L}*|exclu${L}*|interdi${L}*|bloqu${L}*|suspend${L}*|${CLOSE}|retir${L}*|radi${L}*|expuls${L}*|dereferenc${L}*|ecart${L}*|chass${L}*|evinc${L}*) … {merchant}`,
      what: "sellers",
    },
    {
      type: "seller-ban",
      pattern: `{merchant} … (${BEEN}) (bannis?|exclus?|interdits?|bloques?|suspendus?|retires?|radies?|expulses?|dereferences?|supprimes?|evinces?)(e|es)?${E}`,
      what: "sellers",
    },

    // Partnership cuts.
    {
      type: "partnership-cut",
      pattern: `ne (seront|pourr${L}*|peuv${L}*|peut) plus (en mesure de |pouvoir )?(se connecter|s'identifier|utiliser leur compte)`,
      what: "log-in integration",
    },
    {
      type: "partnership-cut",
      pattern: `(coup${L}*|romp${L}*|rompu${L}*|cass${L}*|tranch${L}*|brul${L}*|gel${L}*|distend${L}*) (ses|les|leurs|tous les|tous ses) (liens|relations|ponts)${E}`,
    },
    // "n'a pas réussi à s'entendre avec NetEase sur la prolongation des accords de licence".
    {
      type: "partnership-cut",
      pattern: `n'(a|avait|ont|avaient) pas (reussi|pu|su) a (s'entendre|trouver un accord|se mettre d'accord) … (prolongation|renouvellement|extension)`,
    },
    {
      type: "partnership-cut",
      pattern: `(la )?(fin|rupture|resiliation|suspension|annulation|revocation|denonciation|gel|arret|non-renouvellement) (de|du|des|d') ?(son |sa |ses |leur |leurs |l'|la |le |les )?{relation}`,
    },
    {
      type: "partnership-cut",
      pattern: `(${END}|${STOP}|romp${L}*|rompu${L}*|resili${L}*|termin${L}*|retir${L}*|revoqu${L}*|annul${L}*|denonc${L}*|suppr${L}*|ne renouvel${L}* pas|n'(a|avait|ont|avaient|aura|auront) pas (\\S+ )?renouvele|ne pas renouveler|dechir${L}*) … {relation}`,
    },
    {
      type: "partnership-cut",
      pattern: `{relation} … (${BEEN}) (rompue?s?|resilie(e|s|es)?|suspendue?s?|annule(e|s|es)?|revoque(e|s|es)?|gele(e|s|es)?|denonce(e|s|es)?)${E}`,
    },
    // "ses accords de licence avec NetEase arrivant à échéance sans avoir été renouvelés".
    {
      type: "partnership-cut",
      pattern: `{relation} …… (sans (avoir )?(ete )?renouvel${L}*|non renouvel${L}*|(ne|n') (seront|sera|ont|a|ont pas ete|a pas ete) pas (ete )?renouvel${L}*)`,
    },
    // "remplacer le matériel Huawei", "écartant le chinois Huawei", "tournent le dos à Huawei":
    // a supplier dropped.
    {
      type: "partnership-cut",
      pattern: `(remplac${L}*|retir${L}*|demont${L}*|bannir|bann${L}*|exclu${L}*) (progressivement |peu a peu |entierement |totalement )?(les |le |des |du |tout le |tous les )?(materiels?|equipements?|antennes|composants|kit)`,
      what: "equipment supply",
      supplierChinese: true,
    },
    {
      type: "partnership-cut",
      pattern: `(ecart${L}*|tourn${L}* le dos|tourn${L}* la page|se passer|se passe|se passent|se passera|se passeront) (ainsi |donc |desormais |definitivement )?(a |de |d')?(l'|le |la |les )?(chinois |equipementier chinois |groupe chinois )?`,
      what: "equipment supply",
      supplierChinese: true,
    },
    // "Blizzard et NetEase divorcent", "le divorce entre Blizzard et NetEase".
    { type: "partnership-cut", pattern: `divorc${L}*` },
    {
      type: "partnership-cut",
      pattern: `(${CEASE}|${STOP} de|ne plus) (cooperer|collaborer|travailler|faire affaire|commercer|traiter) (avec|d'affaires avec)${E}`,
    },
    {
      type: "partnership-cut",
      pattern: `(${CEASE}|${STOP} de|ne plus) (fournir|approvisionner|equiper|servir)${E}`,
    },
    {
      type: "partnership-cut",
      pattern: `ne (fourni|livr|approvisionn)${L}* plus`,
    },
    {
      type: "partnership-cut",
      pattern: `(${STOP}|${END}) (les |ses |leurs |toutes (les|ses) )?(fournitures?|approvisionnements?|mises? a jour|support|assistance technique)${E}`,
    },
    {
      type: "partnership-cut",
      pattern: `(prive${L}*|privant|priv(er|era|eront)) … (d'acces|de l'acces|des mises a jour|de ses (puces|composants|logiciels)|du (systeme|service|support|store))`,
    },

    // Divestment.
    // A unit spun off as a company of its own leaves the parent: a divestment.
    { type: "divestment", pattern: `(scind${L}*|scission|filialis${L}*|essaim${L}*)` },
    {
      type: "divestment",
      pattern: `(ced${L}*|cede${L}*|vend(u|ue|us|ues|ra|ront|rait|ait|ant|re|ent)?${E}|cede|revend${L}*|se separ${L}* de|se defait de|se defai${L}* de|s'est defait de|se deleste${L}* de|allege${L}*|solde${L}*|liquid${L}*|transfer${L}*|confi${L}*|apport${L}*|filialis${L}*|scind${L}*) ((a|au|aux) (son |sa |ses |leur )?(\\S+ ){1,5}?)?(aussi |egalement |finalement )?(toute |toutes |une partie de |le reste de |certain(e)?s |plusieurs |le controle (de |du |d')|la majorite (de |du |d'))?(sa|ses|leur|leurs|son|la|les|le|des|d'|de ses|de son|de sa)? ?([${L}-]+ )?(participations?|parts|activites|filiales?|branches?|divisions?|operations|actions|coentreprises?|actifs|infrastructures?|serveurs|centres de donnees|datacenters?|usines?|{stake})${E}`,
    },
    {
      type: "divestment",
      pattern: `(la )?(cession|vente|revente|scission|filialisation|desinvestissement) (de|du|des|d') ?(sa |ses |son |leur |leurs |la |le |les )?([${L}-]+ )?(participations?|parts|activites|filiales?|branches?|divisions?|operations|actions)${E}`,
    },
    { type: "divestment", pattern: `(ced${L}*|cede${L}*) … {stake}` },
    {
      type: "divestment",
      pattern: `(sort(ir|ira|ent)?|sorti|se retir${L}*|se desengag${L}*) du (capital|tour de table) (de|d')`,
    },
    {
      type: "divestment",
      pattern: `(fusionn${L}*|fusion de|marier|mari${L}*|convol${L}*|regroup${L}*|rapproch${L}*) (ses |leurs |sa |son )?(activites |filiale |branche |operations )?(chinoises? |locales? )?(avec|a) (son|sa|ses|leur|un|une|le|la) (concurrent|rival|homologue|compatriote|partenaire)${L}*`,
    },
    {
      type: "divestment",
      pattern: `(fusionn${L}*|integr${L}*|absorb${L}*|regroup${L}*) (ses|leurs|sa|son) (activites|filiale|branche|operations|entite) (chinoises?|locales?|en chine)`,
    },

    // Stakes taken (other).
    // "Didi rachète les activités chinoises d'Uber": a sale told from the buyer's side is the seller's.
    {
      type: "divestment",
      pattern: `(acqu(iert|ierent|is|erir|erra|erront)|achet${L}*|rachet${L}*|repren${L}*|reprend|repris) (le controle de |l'ensemble de |la totalite de )?(les |la |le |l')?(activites|operations|filiales?|branches?|unites?|actifs) (chinoises? |locales? )?(de|du|d'|des) ?`,
      sellerAfter: true,
    },
    // "Tongfu prend une participation de 85 % dans les usines d'AMD", "Luxshare rachète l'usine
    // chinoise de Wistron": told from the buyer's side, the seller follows the unit.
    {
      type: "divestment",
      pattern: `((acqu(iert|ierent|is|erir|erra|erront)|achet${L}*|rachet${L}*|repren${L}*|reprend|repris) |(pren(d|nent|ait|aient|dra|dront|dre)|pris|prise) (une |la )?participation (majoritaire |minoritaire )?(de \\d+([,.]\\d+)? ?(%|pour ?cent) )?(dans|au capital de) )(le controle de |l'ensemble de |la totalite de |la majorite de )?(les |la |le |l'|deux |trois |ses |leurs )?(usines?|sites?|fabriques?|activites|operations|filiales?|branches?|divisions?|unites?|actifs)( (chinoises?|locales?|de production|de fabrication|d'assemblage))?( (a|en) \\S+)? ?(de|du|d'|des) ?`,
      sellerAfter: true,
    },
    // "L'activité chinoise de Jabil sera cédée au constructeur BYD": the owner before is the seller.
    {
      type: "divestment",
      pattern: `(activites?|filiales?|usines?|branches?|divisions?|unites?|participation|operations)( \\S+){0,4}? (sera|seront|a ete|ont ete|est|sont|va etre|vont etre|devrait etre|devraient etre|doit etre|doivent etre) (\\S+ )?(ced|vendu|revendu|transfer)(e|ee|s|es|ees)? (a|au|aux)${E}`,
    },
    {
      type: "other",
      pattern: `(acqu${L}*|achet${L}*|rachet${L}*|pris|prise|prend${L}*|saisi${L}*|obten${L}*|obtien${L}*) … {stake}`,
      what: "buys a stake in",
    },
    { type: "other", pattern: "prises? de participation", what: "buys a stake in" },
    {
      type: "other",
      pattern: `(renforc${L}*|mont${L}*) (sa|ses|leur|leurs) (participation|part|parts)${E}(?! de marche)`,
      what: "buys a stake in",
    },
    {
      type: "other",
      pattern: `(entr${L}*) (au|dans le) (capital|tour de table) (de|d')`,
      what: "buys a stake in",
    },
    {
      type: "other",
      pattern: `(invest${L}*) … dans (?!(le|la|les|l'|de|d'|du|un|une|son|sa|ses|leur|leurs|des|ce|cette|ces|chine|pekin|shanghai|shenzhen|la recherche|le developpement)${E})`,
      what: "invests in",
    },

    // Blocked by the Chinese state, named by its country: "la Chine a interdit Windows 8".
    // "Cisco a été retiré de la liste des achats publics": the state no longer buys it.
    // "Bing a reçu l'ordre de suspendre": told to by the state.
    {
      type: "blocked",
      // "Skype n'est plus disponible dans l'App Store en Chine": told from the app's side.
      pattern: `(n'est|ne sont|n'etait|n'etaient) plus (disponibles?|telechargeables?|accessibles?|proposee?s?) (dans|sur|depuis) (l'|le |la |les )?(\\S+ ){0,2}?(app store|boutiques?|play store|magasins? d'applications)`,
      what: "its app",
      undergone: true,
    },
    {
      type: "blocked",
      pattern: `(a|ont|avait|avaient) recu l'ordre de (suspendre|cesser|retirer|fermer|couper|desactiver|bloquer)|(somme|sommee|contraint|contrainte|oblige|obligee)s? (par \\S+ )?de (suspendre|cesser|retirer|fermer|couper|desactiver)`,
    },
    {
      type: "blocked",
      pattern: `(retir${L}*|exclu${L}*|ray${L}*|supprim${L}*|disparu${L}*) …… de la liste (des |d')?(achats|fournisseurs|marches|approvisionnements?)`,
      what: "government procurement",
    },
    {
      type: "blocked",
      pattern: `(la )?chine (a |avait |va |vient d'|a decide d'|annonce qu'elle va )?(interdi${L}*|bloqu${L}*|bann${L}*|proscri${L}*)`,
    },
    {
      type: "blocked",
      pattern: `(autorites|gouvernement|regulateurs?|pekin|censeurs?|censure|cyberespace|cac|ministere|miit|grande muraille|pare-feu|tribunal|cour)${E} … (bloqu${L}*|interdi${L}*|bann${L}*|censur${L}*|retir${L}*|suspend${L}*|coup(e|es|ent|era|eront|ait|aient|ant|er|ee|ees)${E}|ferm(e|es|ee|ees|er|era|eront|ait|aient|ant|ent)${E}|ordonn${L}* … (retirer|supprimer|fermer|bloquer|retrait|suppression|fermeture)|sanction${L}*|exclu${L}*|rend${L}* inaccessible)`,
    },
    {
      type: "blocked",
      pattern: `(bloque|interdit|censure|banni|inaccessible|coupe|filtre|bride|perturbe|suspendu)(e|s|es)? (en chine|en chine continentale|dans toute la chine|par la chine|sur le territoire chinois|par pekin|par les autorites|par le gouvernement chinois|par les censeurs|par le regulateur|dans le pays|dans l'empire du milieu|derriere la grande muraille)${E}`,
    },
    {
      type: "blocked",
      pattern: `((a|ont|avait|avaient) ete|est|sont|etait|etaient) ${ADVERB}(bloque|censure|banni|rendu inaccessible|filtre)(e|s|es)?${E}(?! (aux|des|du|en|dans) (etats|usa|pays|inde|europe|ue|montana))`,
    },
    {
      type: "blocked",
      pattern: `(plus|pas) (accessibles?|joignables?|consultables?) (en|depuis la|depuis le territoire) (chine|continentale)`,
    },
    {
      type: "blocked",
      pattern: `(sur|a la|par) (injonction|demande|ordre|requete|exigence)s? (des|du|de la|de l') (autorites|regulateurs?|gouvernement|pekin|administration|cac|ministere)`,
    },
    {
      type: "blocked",
      pattern: `grande muraille (numerique|electronique|de l'internet|informatique)|grand pare-feu|great firewall|pare-feu chinois`,
      backdrop: true,
    },

    {
      type: "blocked",
      pattern: `(est|sont|etait|etaient|reste|restent|demeure${L}*|devenu${L}*|(a|ont|avait|avaient) ete) (rendue?s? )?(quasiment |pratiquement |totalement |completement |largement )?(inaccessibles?|injoignables?|indisponibles? en chine)${E}`,
    },
    {
      type: "other",
      pattern: `(renonc${L}*|abandonn${L}*|jet${L}* l'eponge sur) … (a racheter|a acquerir|au rachat|a l'acquisition|a la fusion|a son offre|son offre|le rachat|l'acquisition|l'operation)${E}`,
      what: "abandons a deal",
    },
    {
      type: "divestment",
      pattern: `(scind${L}*|scission|spin-?off|filialis${L}*|separ${L}*) … (en|dans) une (societe|entite|entreprise|coentreprise) (autonome|independante|distincte|separee|locale)${E}`,
    },
    // "il cesserait de fabriquer pour eux des puces d'IA": making for customers is selling to them.
    {
      type: "sales-halt",
      pattern: `(cess${L}* de|arret${L}* de|ne plus) (produire|fabriquer|fournir|livrer|graver) …… pour (eux|elles|(ses |leurs |les |des )(\\S+ ){0,2}?clients)`,
    },
    // "stopped making TVs in China": production there ends.
    {
      type: "shutdown",
      pattern: `(cess${L}* de|arret${L}* de) (produire|fabriquer|assembler)`,
      what: "production",
    },
    // Shutdowns, last: they are the most generic.
    {
      type: "shutdown",
      pattern: `(${CLOSE}) (ses|leurs|les) portes`,
      what: "its store",
    },
    // "a dissous son partenariat avec Alibaba": a relation dissolved is a cut, not a closure.
    {
      type: "partnership-cut",
      pattern: `${DISSOLVE} (\\S+ ){0,3}?{relation}`,
    },
    {
      type: "shutdown",
      pattern: `(${CLOSE}|${STOP}|${END}|${DISSOLVE}) … {service}`,
    },
    {
      type: "shutdown",
      pattern: `(la )?(fermeture|suppression|disparition|arret|extinction|desactivation|demantelement|fin) (de|du|des|d') … {service}`,
    },
    {
      type: "shutdown",
      pattern: `{service} … (${BEEN}) ${ADVERB}(${CLOSED}|dissou(s|te|tes)${E})`,
    },
    {
      type: "shutdown",
      pattern: `{service} … (cess${L}*|arret${L}*) de (fonctionner|repondre|etre (disponibles?|accessibles?|operationnel(le)?s?))${E}`,
    },
    {
      type: "shutdown",
      pattern: `(serveurs|services?|sites?) … (s'eteind${L}*|s'eteint|s'eteignent|s'eteindront|ferment|fermeront) ${ADVERB}(definitivement|pour de bon|le|ses|leurs|en)`,
    },
    // "Retire LinkedIn de Chine": one product or service withdrawn from the market.
    {
      type: "shutdown",
      pattern: `retir${L}* … (de (la )?chine|du marche chinois|hors de chine|de l'empire du milieu)${E}`,
    },
    // "Toshiba a cédé son activité dans l'électroménager au chinois Midea": a sale of anything to a buyer the text names as Chinese, or that is
    // a Chinese company, is a divestment toward China; to anyone else it is not read here.
    {
      type: "divestment",
      pattern: `(ced${L}*|cede|vend(u|ue|us|ues|ra|ront|rait|ait|ant|re|ent)?|revend${L}*) (\\S+ ){1,10}?(a|au|aux)${E}`,
      buyerChinese: true,
    },
  ],
  china: [
    // A Chinese domain names the China site: "google.cn".
    `([a-z0-9-]+\\.)+cn${E}`,
    `chin(e|ois|oise|oises)${E}`,
    "pekin",
    "beijing",
    "shanghai",
    "shenzhen",
    "hangzhou",
    "canton",
    "guangzhou",
    "wuhan",
    "chengdu",
    "tianjin",
    "chine continentale",
    "empire du milieu",
    "republique populaire de chine",
  ],
  mainland: ["chine continentale", `continentale${E}`],
  anaphors: [
    "la societe",
    "l'entreprise",
    "la plateforme",
    "le groupe",
    "la firme",
    "le geant",
    "la compagnie",
    "le site",
    "la marque",
    "le fabricant",
    "le constructeur",
    "le distributeur",
    "le detaillant",
    "l'editeur",
    "le reseau social",
    "le moteur de recherche",
    "l'application",
    "l'appli",
    "le service",
    "la start-up",
    "la startup",
    "la multinationale",
    "le mastodonte",
    "le numero un",
    "l'americain",
    "l'americaine",
    "le californien",
    "la californienne",
    "le japonais",
    "le sud-coreen",
    "le groupe americain",
    "la firme de cupertino",
    "la firme americaine",
    "le geant americain",
  ],
  hedges: [
    // A move denied: "Steam has not been banned".
    `(n'a|n'ont|n'est|ne sont|n'etait|n'a jamais) (pas |jamais )?(ete )?(bloque|interdit|censure|ferme|retire)${L}*`,
    // An individual user's account closed is not a move in the market.
    `(ferm|suspend|bloqu|supprim)${L}*,? (\\S+ ){0,10}?(les |des |leurs )?comptes (de|d')`,
    // A condition, not a move: "unless the company sells its stake".
    "a moins (que|qu'|de|d')",
    // An individual user's account suspended is not a move in the market.
    `(suspend${L}*|ferm${L}*|bloqu${L}*) (le|son|leur|les|des) comptes? (d'un|d'une|de|du|des)`,
    "pourrai(t|ent)",
    // A fear is not a move: "a fait craindre que la plateforme ne soutienne la censure".
    `crain${L}* que`,
    `craindre que`,
    "pourrait-il",
    `envisag${L}*`,
    `rumeur${L}*`,
    `dement${L}*`,
    "a nie",
    "ont nie",
    "nie avoir",
    "nie que",
    "pourparlers",
    `negocia${L}*`,
    `menac${L}* de`,
    "aurai(t|ent) l'intention",
    `(?<!${L})si (la|le|les|l'|elle|il|ils|elles|un|une) `,
    "au cas ou",
    "dans l'hypothese",
    `reflechi${L}*`,
    "etudie la possibilite",
    "songe(nt)? a",
    "serai(t|ent) (en train|sur le point|pret|prete|en discussion|en negociation)",
    "selon (des|plusieurs|certaines) rumeurs",
    // Sources alone report a fact; with the conditional of hearsay or a plan they report talk.
    "(selon (des|plusieurs|certaines) (sources|informations de presse)|de source proche)[^.]{0,80}?(aurai(t|ent)|serai(t|ent)|pourrai(t|ent)|envisag|prevoirai(t|ent)|compterai(t|ent))",
    "n'a pas confirme",
    "n'exclut pas",
    `speculation${L}*`,
    `eventuel${L}*`,
    "hypothetique",
    `dementi${L}*`,
  ],
  precedent: ["apres", "comme", "a l'instar de", "dans la foulee de"],
  background: [
    "avai(t|ent) deja",
    "etai(t|ent) deja",
    "auparavant",
    "precedemment",
    "par le passe",
    "dans le passe",
    "a l'epoque",
    "en son temps",
    "autrefois",
    "jadis",
    "plus tot",
    "avant cela",
    "bien avant",
    "(quelques|plusieurs|deux|trois|des) (annees|ans|mois) (plus tard|auparavant|apres)",
    "l'annee suivante",
    "l'annee precedente",
    "depuis lors",
    "naguere",
    "il y a (quelques|plusieurs|\\d+|deux|trois|dix) (annees|ans)",
    "en premier",
    "pour la premiere fois",
    "n'est pas la premiere fois",
    "ce n'est pas la premiere",
    "dans la foulee de",
    "rappel(ons|le)",
    "pour memoire",
  ],
  // Getting round a block, beside a name of the Great Firewall: "apps to get around it".
  // China as where something moves to: "to move production to China".
  relocation: ["(deplac|delocalis|transfer|demenag)\\S* (\\S+ ){0,5}?(vers|en) "],
  // A sale's buyer follows these: "à l'américain Bain".
  buyerBefore: ["a", "au", "aux"],
  circumvent: [
    "contourn\\p{L}*",
    "echapp\\p{L}* a",
    "passer outre",
    "franchi\\p{L}*",
    "dejou\\p{L}*",
    "sauter",
    "traverser",
  ],
  entries: [
    `lanc(e|ent|era|eront|ait|aient|ant|ement|er|ee|ees|es)${E}`,
    "a lance",
    "ont lance",
    `s'implant${L}*`,
    `implantation${E}`,
    `(fait|faire|fera|font) son (entree|retour)`,
    "entre(e|nt|ra|ront)? (sur|dans) le marche",
    `arriv${L}* en chine`,
    `arrivee en chine`,
    `debarqu${L}*`,
    `(ouvr|ouvert|ouvre|inaugur)${L}*`,
    `(s'etend|etend|etendre|s'etendre)${E}`,
    `expansion${E}`,
    `develop${L}* (sa|ses|son) (presence|activites)`,
    `revient en chine`,
    `retour (en|sur le marche) chin`,
    `(s'install|install)${L}* en chine`,
    `renforc${L}* (sa|ses) (presence|activites)`,
    `accord de (lancement|distribution)`,
  ],
  companyMarkers: {
    before: [
      "la societe",
      "l'entreprise",
      "le groupe",
      "la firme",
      // An apposition: "Harlow Systems, une société texane,".
      "une (societe|entreprise|firme|start-?up|plateforme|marque|compagnie|filiale)",
      "un (groupe|editeur|fabricant|constructeur|equipementier|geant|fondeur|specialiste|operateur)",
      "la start-up",
      "la startup",
      "l'editeur",
      "le fabricant",
      "le constructeur",
      "l'equipementier",
      "le geant",
      "le (petit |jeune )?studio",
      "un (petit |jeune )?studio",
      "la plateforme",
      "la marque",
      "le fondeur",
      "le specialiste",
      "l'operateur",
      "la compagnie",
      "la filiale",
      "la licorne",
    ],
    after: [
      "sas",
      "sarl",
      "inc\\.?",
      "ltd\\.?",
      "co\\.?",
      "corp\\.?",
      "corporation",
      "ag",
      "gmbh",
      "plc",
      "llc",
      "nv",
      "bv",
      "holdings?",
      "s\\.a\\.",
      "& cie",
    ],
  },
  // Words that put a sentence after the day of writing.
  future: ["va", "vont", "sera", "seront", "devra", "devront"],
  effective: [
    "a partir du",
    "a partir de",
    "a partir d'",
    "des le",
    "a compter du",
    "a compter de",
    "jusqu'au",
    "jusqu'a",
    "jusqu'en",
    "d'ici le",
    "d'ici au",
    "d'ici a",
    "au plus tard le",
    "entrera en vigueur",
    "entre en vigueur",
    "en vigueur le",
    "effecti\\w*",
    "expiration( comme)?",
    "prendra effet",
    "prend effet",
    "avec effet au",
    "echeance",
  ],
  dates: {
    connectors: [
      "de",
      "du",
      "le",
      "en",
      "courant",
      "mois de",
      "l'an",
      "l'annee",
      "depuis",
      "jusqu'en",
      "fin",
      "debut",
      "mi-?",
      "milieu",
      "printemps",
      "ete",
      "automne",
      "hiver",
    ],
    lastMonth: ["dernier", "passe"],
    few: ["quelques", "plusieurs", "certains", "une poignee de"],
    numbers: {
      un: 1,
      une: 1,
      deux: 2,
      trois: 3,
      quatre: 4,
      cinq: 5,
      six: 6,
      sept: 7,
      huit: 8,
      neuf: 9,
      dix: 10,
      onze: 11,
      douze: 12,
      quinze: 15,
      vingt: 20,
    },
    units: {
      // "depuis lors": the date last mentioned, from which a state lasts.
      "depuis lors": ["day", 0],
      jour: "day",
      jours: "day",
      semaine: "week",
      semaines: "week",
      mois: "month",
      an: "year",
      ans: "year",
      annee: "year",
      annees: "year",
      // "Le même jour": no count, the day of the date last mentioned.
      "meme jour": ["day", 0],
      "jour meme": ["day", 0],
      "meme journee": ["day", 0],
      lendemain: ["day", 1],
    },
    relative: [
      { pattern: "(?=depuis lors){unit}", sign: 1, anchor: "previous" },
      { pattern: "{n} {unit} plus tot", sign: -1, anchor: "previous" },
      { pattern: "{n} {unit} auparavant", sign: -1, anchor: "previous" },
      { pattern: "{n} {unit} plus tard", sign: 1, anchor: "previous" },
      { pattern: "il y a {n} {unit}", sign: -1, anchor: "publication" },
      { pattern: "dans {n} {unit}", sign: 1, anchor: "publication" },
      { pattern: "d'ici {n} {unit}", sign: 1, anchor: "publication" },
      // "La semaine passée", "le mois passé": CLDR has only "dernier".
      { pattern: "(la|le) {unit} passee?", sign: -1, anchor: "publication" },
      // Only the zero-count units: "le jour" alone is not a date.
      { pattern: "(le|la|ce|cette|dans la) (?=meme|jour meme){unit}", sign: 1, anchor: "previous" },
      // "Le lendemain", "la semaine suivante": one unit after the date last mentioned.
      { pattern: "(des |au )?le (?=lendemain){unit}", sign: 1, anchor: "previous" },
      { pattern: "(le|la|l') {unit} (suivante?|d'apres)", sign: 1, anchor: "previous" },
      { pattern: "(le|la|l') {unit} (precedente?|d'avant)", sign: -1, anchor: "previous" },
    ],
    thatSuffix: [],
    sameYear: ["de la meme annee", "de cette annee-la", "la meme annee", "cette annee-la"],
    recent: [
      "recemment",
      "dernierement",
      "ces derniers jours",
      "ces jours-ci",
      "il y a peu",
      "tout recemment",
    ],
    years: {
      "l'an dernier": -1,
      "l'an passe": -1,
      "l'annee passee": -1,
      "cette annee": 0,
      "l'an prochain": 1,
    },
    approximate: [
      "debut",
      "mi",
      "fin",
      "vers",
      "environ",
      "autour de",
      "courant",
      "aux alentours de",
    ],
  },
  boilerplate: [
    "→",
    "publicite",
    "advertisement",
    "spread the love",
    "partager",
    "partagez",
    "partage",
    "lire aussi",
    "a lire aussi",
    "lire la suite",
    "voir aussi",
    "l'image du titre",
    "credits? photo",
    "photo\\s*:",
    "illustration\\s*:",
    "\\(photo",
    "abonnez-vous",
    "inscrivez-vous",
    "newsletter",
    "cookies?",
    "nous utilisons des cookies",
    "ce site utilise des cookies",
    "suivez-nous",
    "tous droits reserves",
    "mis a jour le",
    "publie le",
    "tags?\\s*:",
    "mots-cles\\s*:",
    "envoyer par e-?mail",
    "imprimer",
  ],
  stopAt: [
    "leave a reply",
    "laisser un commentaire",
    "laissez un commentaire",
    "ajouter un commentaire",
    "commentaires?",
    "\\d+ (commentaires|reactions)",
    "reagissez",
    "articles similaires",
    "articles lies",
    "articles connexes",
    "sur le meme sujet",
    "vous aimerez aussi",
    "a voir aussi",
    "a lire egalement",
    "les plus lus",
    "dans la meme rubrique",
    "nos dernieres actualites",
    "a decouvrir aussi",
  ],
  outlet: [
    "^source\\s*:\\s*(?<outlet>[^\\n]{2,80}?)\\s*$",
    "est apparu en premier sur (?<outlet>[^\\n]{2,80}?)\\.?\\s*$",
    "^\\(?(?<outlet>afp|reuters|ap|bloomberg|xinhua|belga|ats)\\)?\\s*[-—–]",
  ],
};
