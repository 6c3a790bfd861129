import type { Lexicon } from "./types.ts";

// Turkish folds ç → c, ğ → g, ö → o, ş → s, ü → u and İ → i, but keeps the dotless ı, and an
// upper-case I folds to i: "çıkış" is "cıkıs" and "ÇIKIŞ" is "cikis", hence the [iı] classes.
const L = "\\p{gc=L}";
/** A word ends here (an apostrophe before a case suffix also ends it: "Çin'den"). */
const E = `(?!${L})`;
const I = "[iı]";

// Turkish is verb-final (SOV): the verb closes the sentence, after the object and often after
// a long run of modifiers. The object noun is the span; its verb must follow.
// Punctuation may close the noun first: "Çin hükümeti, … yasakladı".
const gap = (words: number) => `\\S*(?:\\s+\\S+){0,${words}}?\\s+`;
const ending = (noun: string, verbs: string, words = 8) =>
  `(?:${noun})${E}(?=${gap(words)}(?:${verbs}))`;

/**
 * A counterparty named just before the object, with its case suffix or "ile" ("Didi'ye",
 * "Huawei'nin", "Huawei ile"): it joins the span, so the company before it is the actor.
 */
const PARTY = `(?:[${L}][${L}\\d.&-]*(?:'${L}+| ile)\\s+(?:\\S+\\s+){0,3}?)?`;

// "Çin'den", "Çin pazarından", "Çin anakarasından": leaving China.
const FROM_CHINA = `(cin'?(den|dan)|cin pazar${I}ndan|cin anakaras${I}ndan|pekin'?den)`;

// Verbs of stopping: durdurdu, askıya aldı, sonlandırıyor, son verdi, kesti, dondurdu…
const STOP = `durdur${L}*|s${I}n${I}rland${I}r${L}*|k${I}s${I}tla${L}*|ask${I}ya al${L}*|sonland${I}r${L}*|son ver${L}*|sona erdir${L}*|bitir${L}*|dondur${L}*|kes(ti|ti|iyor|ecek|ece|me|mi|il)${L}*|kest${I}${L}*`;
const CUT = `${STOP}|iptal (et|ed)${L}*|feshe?t${L}*|feshed${L}*|geri cek${L}*|kopar${L}*|yenileme(me|yece[kg]|di)${L}*`;

// Nouns that, standing between a service and "close / stop", are what is stopped instead.
const NOT_THING = `sat${I}s|ihracat|sevkiyat|teslimat|kay${I}t|kayd|erisim|uyelik`;

// Month names as folded lower-case text (ç, ş, ğ, ü folded; ı kept).
const MONTHS = [
  "ocak",
  "subat",
  "mart",
  "nisan",
  "mayıs",
  "haziran",
  "temmuz",
  "agustos",
  "eylul",
  "ekim",
  "kasım",
  "aralık",
];

/** Turkish. */
export const tr: Lexicon = {
  language: "tr",
  spaced: true,
  verbFinal: true,
  countries: {
    abd: "US",
    amerika: "US",
    "amerika birlesik devletleri": "US",
    "guney kore": "KR",
    tayvan: "TW",
    "hong kong": "HK",
    rusya: "RU",
    hindistan: "IN",
    japonya: "JP",
    ingiltere: "GB",
    "birlesik krallik": "GB",
  },
  nouns: {
    service: {
      store: [`magaza${L}*`, `kitapc${I}${L}*`, `dukkan${L}*`, `sat${I}s noktas${L}*`],
      website: [
        `(web )?site${L}*`,
        `portal${L}*`,
        `(yerel |cin )?(surum|versiyon)${L}*`,
        `sosyal ag${L}*`,
        `arama motor${L}*`,
      ],
      service: [`hizmet${L}*`, `platform${L}*`, `servis${L}*`],
      app: [`uygulama${L}*`],
      office: [
        `ofis${L}*`,
        `fabrika${L}*`,
        `tesis${L}*`,
        `veri merkez${L}*`,
        `ar-?ge merkez${L}*`,
        `arast${I}rma merkez${L}*`,
        `genel merkez${L}*`,
        `temsilcilig${L}*`,
        // "Şanghay'daki Ar-Ge ekibini": a team named by its work, never "ekip" alone.
        `(ar-?ge|gelistirme|arast${I}rma|muhendislik|yaz${I}l${I}m|tasar${I}m) (ekib|ekip|ekipler|tak${I}m)${L}*`,
        `(ar-?ge|gelistirme|arast${I}rma) (birim|departman|bolum)${L}*`,
      ],
      production: [`uretim${L}*`],
      business: [`sube${L}*`, `yan kurulus${L}*`, `istirak${L}*`],
      product: [`urun${L}*`, `oyun${L}*`, `sunucu${L}*`],
    },
    merchant: [
      `sat${I}c${I}${L}*`,
      `tuccar${L}*`,
      `tedarikci${L}*`,
      `markalar${L}*`,
      `magazalar${L}*`,
      `esnaf${L}*`,
    ],
    relation: [
      `ortakl${I}[kg]${L}*`,
      `is ?birlig${L}*`,
      `anlasma${L}*`,
      `sozlesme${L}*`,
      `lisans${L}*`,
      `baglar${L}*`,
      `iliski${L}*`,
      `ittifak${L}*`,
      `entegrasyon${L}*`,
      `ortak girisim${L}*`,
      `isbirlik${L}*`,
    ],
    stake: [
      `hisse${L}*(?! geri al)`,
      `(?<!pazar )pay(lar)?${I}(n${I})?${E}`,
      `istirak pay${L}*`,
      `yuzde \\d+([,.]\\d+)?'?${L}* (hisse|pay)${L}*`,
    ],
  },
  actions: [
    // Exit: "Çin'den çekiliyor", "Çin pazarından çekilme", "Çin'i terk etti", "Çin'e veda etti".
    {
      type: "exit",
      pattern: `${FROM_CHINA} (\\S+ ){0,2}?(?!\\S*[ae]bil)(cekil${L}*|ayr${I}l${L}*|c${I}k${I}s${L}*|c${I}k(ma|may${I}|mas${I}|${I}yor|t${I}|acak|acag)${L}*|el etek cek${L}*|cek(ti|iyor|ecek|ecegini|tigini)${L}*|kepenk kapat${L}*|faaliyetlerine son ver${L}*)`,
    },
    {
      type: "exit",
      pattern: `cin('?${I}|'?e| pazar${I}n${I}| pazar${I}na| anakaras${I}n${I}) (tamamen |resmen )?(terk (et|ed)${L}*|veda (et|ed)${L}*)`,
    },
    {
      type: "exit",
      pattern: ending(
        `(cin'?deki |cin'de )?(tum |butun )?(faaliyet|operasyon)${L}*`,
        `${STOP}|kapat${L}*`,
        5,
      ),
    },

    // Blocked by the Chinese state: the authority is the span, its verb closes the sentence.
    {
      type: "blocked",
      pattern: ending(
        `(cin )?(hukumet${L}*|otoriteler${L}*|duzenleyici${L}*|denetleyici${L}*|pekin yonetim${L}*|siber uzay${L}*|cac|sansur${L}*|bakanl${I}[kg]${L}*|mahkeme${L}*)|(cin|pekin)'?li yetkili${L}*|(cin|pekin),`,
        `yasakla${L}*|yasak (getir|koy)${L}*|engelle${L}*|erisim(e|i) (kapat|engelle|kes)${L}*|sansurle${L}*|kald${I}rt${L}*|men et${L}*|kara listeye al${L}*`,
        20,
      ),
    },
    // "Çin'in internet düzenleyicisinin emri üzerine", "hükümetin talimatıyla": removed on order.
    {
      type: "blocked",
      pattern: `(hukumet|otorite|yetkili|duzenleyici|denetleyici|yonetim|siber uzay|cac|bakanl${I}[kg])${L}* (\\S+ ){0,1}?(emr${L}*|emir${L}*|talimat${L}*|talep${L}*|talebi${L}*|istek${L}*|istegi${L}*|bask${I}${L}*)( uzerine| dogrultusunda)?${E}`,
    },
    // Passive: "Çin App Store'undan kaldırıldı", "erişime kapatılmıştı", "engellendi".
    {
      type: "blocked",
      pattern: `(app store|magaza|uygulama magaza|google play)${L}*'?(${L}*dan|${L}*den) (\\S+ ){0,2}?(kald${I}r${I}l|c${I}kar${I}l|silin)${L}*`,
    },
    {
      type: "blocked",
      pattern: `(erisime kapat${I}l${L}*|erisime kapand${L}*|erisim${L}* (engellen|kesil)${L}*|(?<!${L})engellen(di|mis|ecek|ece|mesi|dig)${L}*|kullan${I}lamaz hale (geldi|gelmis|getiril)${L}*|erisilemez hale${L}*)`,
    },
    {
      type: "blocked",
      pattern: `(bu yana|beri|olcude|tamamen) (\\S+ ){0,2}?(engelli|yasakl${I})(dir)?${E}`,
    },
    { type: "blocked", pattern: `cin'?(den|dan) … yasa(k|g)${L}*` },
    {
      type: "blocked",
      pattern: `cin'?de (\\S+ )?(yasakland${L}*|engellend${L}*|erisime kapat${L}*|sansurlend${L}*)`,
    },
    { type: "blocked", pattern: `buyuk (cin )?guvenlik duvar${L}*|great firewall`, backdrop: true },

    // Sales halt, direct sales first.
    { type: "sales-halt", pattern: ending(`dogrudan sat${I}s${L}*`, STOP), what: "direct sales" },
    {
      type: "sales-halt",
      pattern: `dogrudan (satmay${I}|satma|sat${I}s yapmay${I}) (b${I}rak${L}*|durdur${L}*)`,
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: ending(
        `sat${I}s${L}*|ihracat${L}*|sevkiyat${L}*|teslimat${L}*|tedarig${I}${L}*`,
        STOP,
        5,
      ),
    },
    { type: "sales-halt", pattern: `sat(may${I}|ma) (b${I}rak${L}*|durdur${L}*)` },
    // "sunucu çip tedarikini durdurma kararı": a supply stopped.
    {
      type: "sales-halt",
      pattern: `(tedarik${L}*|sevkiyat${L}*|teslimat${L}*|ihracat${L}*) (\\S+ ){0,2}?(durdur${L}*|kes${L}*|ask${I}ya al${L}*)`,
    },
    // Export licence requirements: "ihracatı lisansa bağlandı", "lisans şartı getirildi".
    {
      type: "sales-halt",
      pattern: `(ihracat${L}*|sat${I}s${L}*|sevkiyat${L}*) (\\S+ ){0,3}?(lisans|izin)${L}* (sart${L}*|zorunlulug${L}*|gerekliligi${L}*|bagla${L}*|bagl${I}${L}*|tabi${L}*|gerek${L}*)|(lisans|izin) (sart${I}|zorunlulugu) (getir|koy)${L}*`,
    },
    {
      type: "sales-halt",
      pattern: `art${I}k … (sat(m${I}yor|mayacak|mayacag)|sunm(ayacak|${I}yor)|ihrac etmeyecek)${L}*`,
    },
    { type: "sales-halt", pattern: `sat${I}n alam(ayacak|${I}yor|az|ayacag)${L}*` },
    { type: "sales-halt", pattern: `(sat${I}stan|raflardan|magazalardan) kald${I}r${L}*` },

    // Restrictions on sign-ups and features. An app pulled from a store by its owner.
    {
      type: "restriction",
      pattern: `(app store|magaza|uygulama magaza|google play)${L}*'?(${L}*dan|${L}*den) (\\S+ ){0,2}?(kald${I}r(d${I}|${I}yor|acak|d${I}g|m${I}s|mas${I})|c${I}kar(d${I}|${I}yor|acak|d${I}g|m${I}s|mas${I})|sil(di|iyor|ecek|dig|mis))${L}*`,
      what: "apps",
    },
    {
      type: "restriction",
      pattern: ending(
        `(yeni )?(kullan${I}c${I} |uye )?(kay${I}t${L}*|kayd${L}*|uyelik${L}*|uye al${I}m${L}*)`,
        `${STOP}|s${I}n${I}rla${L}*|k${I}s${I}tla${L}*|kapat${L}*|engelle${L}*`,
        5,
      ),
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `yeni (kullan${I}c${I}|uye|musteri|hesap)${L}* … kabul (etm|etmey)${L}*`,
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: ending(
        `erisim${L}*|ozellig${L}*|ozellik${L}*|fonksiyon${L}*|islev${L}*|trafig${L}*|api${L}*`,
        `s${I}n${I}rla${L}*|k${I}s${I}tla${L}*|devre d${I}s${I} b${I}rak${L}*|kald${I}r${L}*|engelle(di|yecek|yece|meye|mis|dig|me)${L}*|kes(ti|ecek|meye)${L}*`,
        5,
      ),
      what: "access",
    },
    {
      type: "restriction",
      pattern: ending(
        `ucretsiz (kullan${I}c${I}|hesap|uyelik)${L}*`,
        `art${I}k|${L}*(amayacak|emeyecek|am${I}yor|emiyor)${L}*`,
      ),
      what: "free accounts",
    },

    // Seller bans.
    {
      type: "seller-ban",
      pattern: ending(
        "{merchant}",
        `yasakla${L}*|engelle${L}*|kapat${L}*|ask${I}ya al${L}*|kald${I}r${L}*|uzaklast${I}r${L}*|c${I}kar(d${I}|${I}yor|acak|t${I})${L}*|sil(di|iyor|ecek)${L}*|men et${L}*|ihrac et${L}*`,
      ),
      what: "sellers",
    },

    // Partnership cuts.
    {
      type: "partnership-cut",
      pattern: `(art${I}k )?(giris|oturum acma)${L}* yapam(ayacak|${I}yor)${L}*`,
      what: "log-in integration",
    },
    { type: "partnership-cut", pattern: ending(`${PARTY}(?:{relation})`, CUT) },
    // "The9 ile yollarını ayırdı": parted ways with a partner.
    { type: "partnership-cut", pattern: `${PARTY}yollar${I}n${I} ay${I}r${L}*` },
    {
      type: "partnership-cut",
      pattern: `(ortakl${I}g${I}n${I}n|is ?birlig${I}n${I}n|anlasman${I}n|sozlesmenin|lisans${I}n${I}n|iliskilerin) (sona ermesi|sonland${I}r${I}lmas${I}|iptali|askiya al${I}nmas${I})`,
    },

    // Divestment.
    {
      type: "divestment",
      pattern: ending(
        `${PARTY}(hisse${L}*|(?<!pazar )pay(lar)?${I}(n${I}n?)?|yuzde \\d+([,.]\\d+)?'${L}*|istirak${L}*|birim${L}*|is kol${L}*|bolum${L}*|yan kurulus${L}*|is(ini|lerini)|faaliyetlerini|operasyonlar${I}n${I})`,
        `satt${I}|sat${I}yor|satacak${L}*|satmay${I}|satmak|satma(s${I}|ya)${L}*|satarak|sat${I}s${I}${L}*|devret${L}*|devred${L}*|elden c${I}kar${L}*|elinden c${I}kar${L}*`,
      ),
    },

    // Stakes taken (other).
    // "BYD, Jabil'in Çin'deki mobilite işini satın aldı": the seller's name heads the object.
    {
      type: "divestment",
      pattern: `(?<![${L}\\d])[${L}\\d][${L}\\d.&-]*'(${I}n|n${I}n|un|nun)\\s+(\\S+\\s+){0,3}?(is${I}ni|islerini|isletmesini|fabrikas${I}n${I}|fabrikalar${I}n${I}|tesisini|tesislerini|birimini|bolumunu|operasyonlar${I}n${I}|faaliyetlerini|yan kurulusunu|istirakini)\\s+(\\S+\\s+){0,2}?(sat${I}n al${L}*|devral${L}*|devir al${L}*|ald${I}${L}*|alacak${L}*|al${I}yor${L}*)`,
      sellerAfter: true,
    },
    // "Çin'deki işinin BYD'ye satılacağını": told in the passive, the owner is the seller.
    {
      type: "divestment",
      pattern: `(is${I}n${I}n|islerinin|isletmesinin|fabrikas${I}n${I}n|fabrikalar${I}n${I}n|tesisinin|biriminin|bolumunun|operasyonlar${I}n${I}n|faaliyetlerinin|is${I}|isleri|fabrikas${I}|birimi|operasyonlar${I})\\s+(\\S+\\s+){0,5}?\\S+'(y?[ae])\\s+(sat${I}l${L}*|devred${I}l${L}*|devredil${L}*)`,
    },
    {
      type: "other",
      pattern: ending(
        `${PARTY}(yuzde \\d+([,.]\\d+)?'?${L}* )?(hisse${L}*|(?<!pazar )pay(lar)?${I}(n${I})?|istirak${L}*)`,
        `sat${I}n al${L}*|ald${I}|al${I}yor|alacak${L}*|edin${L}*|devral${L}*|sahip ol${L}*`,
        5,
      ),
      what: "buys a stake in",
    },
    { type: "other", pattern: `(hisse|pay)${L}* karsil${I}g${I}nda`, what: "buys a stake in" },
    {
      type: "other",
      pattern: `(?!(cin|pekin|sanghay|shenzhen)')[${L}\\d.&-]+'(y?[ae]|n[ae]) (\\S+ ){0,4}?yat${I}r${I}m (yapt${I}|yap${I}yor|yapacak|yapm${I}s)${L}*`,
      what: "invests in",
    },

    // Shutdowns, last: they are the most generic. A sales or sign-up noun between the thing
    // and the verb makes it another move ("ürünlerinin satışını durdurdu"); a genitive
    // ("Çin sürümünün sunucularını kapatacak") is not the thing closed.
    {
      type: "shutdown",
      pattern: `(?:{service})(?<!n[iıu]n)${E}(?=\\S*(?:\\s+(?!${NOT_THING})\\S+){0,4}?\\s+(?:kapat${L}*|son ver${L}*|sonland${I}r${L}*|durdur${L}*|devre d${I}s${I} b${I}rak${L}*|fis${L}* cek${L}*|hizmet vermeyi b${I}rak${L}*|dag${I}tt${L}*|dag${I}taca(k|g)${L}*|dag${I}t${I}l(d|m|aca)${L}*|feshet${L}*|feshed${L}*|lagvet${L}*|lagved${L}*))`,
    },
    // "mağazasının kapanacağını": the closing thing is the genitive subject of "kapanmak".
    {
      type: "shutdown",
      pattern: `(?:{service})${E}(?=\\S*(?:\\s+(?!${NOT_THING})\\S+){0,4}?\\s+kapan(d${I}|${I}yor|acak|acag|mas${I}|m${I}s)${L}*)`,
    },
    {
      type: "shutdown",
      pattern: `(kapan${I}s${I}|kapat${I}lmas${I}|kapat${I}lacag${I}) … {service}`,
    },
  ],
  china: [
    `cin${E}`,
    `cinli${L}*`,
    `pekin${E}`,
    `sanghay${E}`,
    `shanghai${E}`,
    `shenzhen${E}`,
    `guangzhou${E}`,
    `kanton${E}`,
    `hangzhou${E}`,
    `wuhan${E}`,
    `chengdu${E}`,
    `dalian${E}`,
    "cin anakaras",
    "anakara cin",
    "cin halk cumhuriyeti",
  ],
  mainland: [`anakara${L}*`],
  anaphors: [
    `sirket(in|i|e|ten)?`,
    `firma(n${I}n|y${I}|ya)?`,
    "grup",
    `platform(un|u)?`,
    `(teknoloji |abd'li |amerikan )?dev(i|in)?`,
    `uretici(si|nin)?`,
    `marka(n${I}n|y${I})?`,
    `uygulama(n${I}n)?`,
  ],
  hedges: [
    `${L}+[ae]bilir${L}*`,
    `olas${I}`,
    "muhtemel",
    "muhtemelen",
    `iddia${L}*`,
    `soylenti${L}*`,
    `yalanla${L}*`,
    `reddet(ti|ti|iyor)${L}*`,
    `gorusme${L}*`,
    `muzakere${L}*`,
    `tehdit${L}*`,
    `(?<!${L})eger${E}`,
    `${L}{3,}(ir|${I}r|ur|er|ar)(se|sa)${E}`,
    `plan${L}* (yok|bulunm${L}*|olmad${L}*)`,
    `planlam${I}yor${L}*`,
    `degerlendir(iyor|me)${L}*`,
    `dusun(uyor|uldugu)${L}*`,
    `kulis${L}*`,
    "iddiaya gore",
    `kaynaklara gore`,
    "dogrulanmad",
    "teyit edilmed",
  ],
  background: [
    "daha once",
    "onceden",
    "gecmiste",
    `o donem${L}*`,
    `o zaman${L}*`,
    `o s${I}rada`,
    `(\\S+ )?y${I}l sonra`,
    `(\\S+ )?y${I}l once`,
    `ilk (kez|olarak)`,
    `zaten`,
    `${L}+m${I}st${I}`,
    `${L}+mist${I}`,
    `${L}+musti`,
    `'?(den|dan|ten|tan) beri`,
    "o tarihten bu yana",
    "bu yana",
    `sonras${I}nda`,
  ],
  // Getting round a block, beside a name of the Great Firewall: "apps to get around it".
  circumvent: [
    "as(mak|mayi|abilen|an|t\\p{L}*|ip|arak|ilan)",
    "atlat\\p{L}*",
    "del(mek|en|ip)",
    "etrafindan dolas\\p{L}*",
    "bypass",
  ],
  entries: [
    `(cin('?e| pazar${I}na)) (\\S+ ){0,2}?(gir${L}*|ad${I}m at${L}*|don${L}*|geri don${L}*)`,
    `pazara gir${L}*`,
    `piyasaya (sur${L}*|c${I}k${L}*)`,
    `(faaliyete|hizmete) (gir|bas?la|sok)${L}*`,
    `(ofis|magaza|fabrika|merkez)${L}* (ac(t${I}|${I}yor|acak|mas${I})|ac${I}l${L}*)`,
    `genislet${L}*`,
    `genisle${L}*`,
    `buyu(t|me)${L}*`,
    `yat${I}r${I}m yap${L}*`,
    `lansman${L}*`,
    `tan${I}t${L}*`,
    `kur(du|acak|uyor|mas${I})${L}*`,
  ],
  companyMarkers: {
    before: [
      `sirket${L}*`,
      `firma${L}*`,
      `grup${L}*`,
      `platform${L}*`,
      `teknoloji devi`,
      `dev${E}`,
    ],
    after: [
      `a\\.?s\\.?`,
      `ltd\\.?( sti\\.?)?`,
      `sirket${L}*`,
      `holding${L}*`,
      `teknoloji${L}*`,
      `inc\\.?`,
      `corp\\.?`,
      `co\\.?`,
      "llc",
      "gmbh",
      "ag",
      "plc",
      "group",
    ],
  },
  // Turkish puts most markers after the date ("1 Kasım'dan itibaren", "30 Haziran'a kadar");
  // only these stand before it.
  effective: ["en gec", "son tarih", `yururluk tarihi`],
  // Turkish puts "from" and "until" after the date: "1 Kasım'dan itibaren", "30 Haziran'a kadar".
  effectiveAfter: [
    "itibaren",
    `itibar${I}yla`,
    `itibariyle`,
    "kadar",
    "gecerli olmak uzere",
    "yururluge",
  ],
  dates: {
    // "2023 yılının Mayıs ayında".
    connectors: [`y${I}l${I}n${I}n`, `y${I}l${I}`, `ay${I}n${I}n`],
    lastMonth: ["gecen", "gectigimiz", "son"],
    few: ["birkac", "bir kac", `baz${I}`, "bircok"],
    numbers: {
      bir: 1,
      iki: 2,
      uc: 3,
      dort: 4,
      bes: 5,
      altı: 6,
      alti: 6,
      yedi: 7,
      sekiz: 8,
      dokuz: 9,
      on: 10,
      "on bir": 11,
      "on iki": 12,
      "on bes": 15,
      yirmi: 20,
    },
    units: {
      gun: "day",
      hafta: "week",
      ay: "month",
      yıl: "year",
      yil: "year",
      sene: "year",
    },
    relative: [
      { pattern: `{n} {unit} (oncesinde|evvel)`, sign: -1, anchor: "previous" },
      { pattern: `bundan {n} {unit} once`, sign: -1, anchor: "publication" },
      { pattern: `{n} {unit} once`, sign: -1, anchor: "publication" },
      { pattern: `{n} {unit} (icinde|zarf${I}nda)`, sign: 1, anchor: "publication" },
    ],
    thatSuffix: [],
    sameYear: [`ayn${I} y${I}l${I}n`, `ayn${I} y${I}l`, `o y${I}l${I}n`],
    recent: [
      "gectigimiz gunlerde",
      "son gunlerde",
      `yak${I}n zamanda`,
      `k${I}sa sure once`,
      "gecenlerde",
    ],
    approximate: [`yaklas${I}k`, `civar${I}nda`],
    // Written without a date, a month is lower-case ("nisan ayında"): CLDR's capitalised
    // months alone would not take it.
    months: MONTHS.map((m) =>
      ["ayında", "ayı", "ayının", "ayından", "ayına", "ayıyla"].map((s) => `${m} ${s}`),
    ),
    // "pazar" is both Sunday and market: a weekday here is followed by "günü".
    weekdaySuffix: ["gunu", "gunku", "aksam", "sabah"],
  },
  boilerplate: [
    "reklam",
    "paylas",
    "abone ol",
    "bulten",
    "cerez",
    "cookies?",
    "foto:",
    `fotograf:`,
    "takip edin",
    "haber merkezi",
  ],
  stopAt: [
    "ilgili haber(ler)?",
    "benzer haberler",
    "yorum yap",
    "yorumlar",
    "yorum yaz",
    `en cok okunan${L}*`,
    "diger haberler",
    `(bunlar da )?ilginizi cekebilir`,
  ],
  outlet: [
    "^kaynak\\s*:\\s*(?<outlet>[^\\n]{2,80}?)\\s*$",
    "^\\(?(?<outlet>aa|anadolu ajans[ıi]|dha|iha|reuters|afp|ap|bloomberg|xinhua)\\)?\\s*[-—–]",
  ],
};
