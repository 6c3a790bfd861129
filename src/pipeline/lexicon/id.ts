import type { Lexicon } from "./types.ts";

// Indonesian builds verbs from a root with prefixes and suffixes: tutup → menutup, ditutup,
// penutupan; henti → menghentikan, dihentikan, penghentian; blokir → memblokir, diblokir. The
// active (meN-) form has the company as subject; the passive (di-, ter-) often has the victim,
// which is why app-store removals in the passive read as blocks and in the active as restrictions.

/** China as a market: China, Cina, Tiongkok, RRT, "Negeri Tirai Bambu", mainland China. */
const CN = "(pasar )?(china|cina|tiongkok|rrt|negeri tirai bambu|negeri panda)( daratan)?";
const STOP =
  "(berhenti|menghentikan|hentikan|dihentikan|penghentian|setop|stop|menangguhkan|ditangguhkan|penangguhan|membekukan|dibekukan)";
const SALE =
  "(menjual|penjualan|jualan|pengiriman|mengirim|mengirimkan|ekspor|mengekspor|pasokan|memasok|pengapalan|distribusi|mendistribusikan|penawaran|menawarkan)";
const CLOSE =
  "(menutup\\w*|ditutup\\w*|penutupan|tutup|menghentikan|dihentikan|penghentian|mengakhiri|diakhiri|pengakhiran|mematikan|dimatikan|membubarkan|dibubarkan|pembubaran|menyudahi|mempensiunkan|dipensiunkan)";
const REMOVE =
  "(menghapus\\w*|penghapusan|mencabut|pencabutan|menarik|penarikan|menurunkan|menyingkirkan|mendepak|mengeluarkan)";
const REMOVED =
  "(dihapus\\w*|terhapus|dicabut|ditarik|diturunkan|disingkirkan|didepak|dikeluarkan|lenyap|menghilang|hilang)";
const APP_STORE = "(app ?store|play store|google play|toko aplikasi|etalase)";
/** A word ends here: "diban" must not match "dibandingkan". */
const END = "(?![\\p{gc=L}])";
const STATE =
  "(pemerintah|otoritas|regulator|beijing|badan siber|administrasi (dunia maya|ruang siber|siber)|cyberspace administration|cac|kementerian|penyensor|partai komunis|pihak berwenang)";

/** Indonesian (and Malay, which shares most of this vocabulary). */
export const id: Lexicon = {
  language: "id",
  spaced: true,
  countries: {
    amerika: "US",
    "negeri paman sam": "US",
    korsel: "KR",
    "korea selatan": "KR",
    inggris: "GB",
    "hong kong": "HK",
    hongkong: "HK",
    taiwan: "TW",
    jepang: "JP",
    "kepulauan virgin britania raya": "VG",
  },
  nouns: {
    service: {
      store: ["toko( buku| daring| online| fisik| ritel)?", "gerai", "outlet", "butik"],
      website: [
        "situs( web)?",
        "laman",
        "website",
        "portal",
        "versi",
        "(jejaring|jaringan) sosial",
      ],
      service: ["layanan", "platform", "servis", "fitur"],
      app: ["aplikasi", "app"],
      office: [
        "kantor( cabang| perwakilan)?",
        "pabrik",
        "fasilitas( produksi)?",
        "laboratorium",
        "lab",
        "pusat (data|riset|penelitian|r&d|pengembangan|litbang)",
        "unit (riset|penelitian|r&d|litbang|pengembangan)",
        "(riset|penelitian) dan pengembangan",
        // "tim pengembang di Shanghai": a team named by its work, never "tim" alone (a football club).
        "tim (r&d|riset|penelitian|pengembang(an)?|insinyur|teknik|rekayasa|perangkat lunak|litbang)",
        "(divisi|departemen) (r&d|riset|penelitian|pengembangan|litbang)",
      ],
      production: ["(kegiatan |operasi )?produksi"],
      business: ["anak (usaha|perusahaan)", "divisi", "unit bisnis"],
      product: ["produk", "gim", "game", "server", "perangkat"],
    },
    merchant: [
      "penjual",
      "pedagang",
      "merchant",
      "vendor",
      "seller",
      "mitra penjual",
      "pemasok",
      "merek",
      "brand",
      "toko daring",
      "toko online",
      "peritel",
    ],
    relation: [
      "kerja ?sama",
      "kemitraan",
      "kesepakatan",
      "perjanjian",
      "kontrak",
      "lisensi",
      "izin",
      "hubungan(?! kerja)",
      "aliansi",
      "integrasi",
      "usaha patungan",
      "joint venture",
      "dukungan",
      "pembaruan",
      "kolaborasi",
      "pasokan",
    ],
    stake: ["saham", "kepemilikan", "ekuitas", "porsi", "\\d+([,.]\\d+)? ?(%|persen)"],
  },
  actions: [
    // Exit: "keluar dari pasar China", "hengkang dari Tiongkok", "menarik diri dari China".
    {
      type: "exit",
      pattern: `(keluar|hengkang|mundur|cabut|angkat kaki|menarik diri|tarik diri|ditarik|pamit|minggat) (sepenuhnya |sama sekali |secara penuh )?(dari )?${CN}`,
    },
    { type: "exit", pattern: `(meninggalkan|tinggalkan|ditinggalkan|menutup pintu) ${CN}` },
    {
      type: "exit",
      pattern: `(penarikan diri|keluarnya|hengkangnya|mundurnya|kepergian|eksodus)( \\S+){0,3} dari ${CN}`,
    },
    {
      type: "exit",
      pattern: `(menarik|ditarik|memindahkan|dipindahkan) (seluruh |semua )?(bisnis|operasi|investasi|modal|usaha)\\w* (\\S+ )?(dari|keluar dari) ${CN}`,
    },
    {
      type: "exit",
      pattern:
        "(menghentikan|hentikan|dihentikan|mengakhiri|diakhiri|menutup|ditutup|menyetop) (seluruh |semua |secara total )?(operasi|operasional|kegiatan (usaha|operasional)|bisnis|usaha)(nya)?",
    },
    { type: "exit", pattern: `gulung tikar${END}` },

    // Sales halts, direct sales first.
    {
      type: "sales-halt",
      pattern: `${STOP} (sementara )?(penjualan|menjual|berjualan) (secara )?langsung`,
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: "(tidak|tak) (lagi )?(bisa|dapat) (lagi )?(membeli|memesan) … (secara )?langsung",
      what: "direct sales",
    },
    { type: "sales-halt", pattern: `${STOP} (sementara )?(seluruh |semua )?${SALE}` },
    {
      type: "sales-halt",
      pattern:
        "(tidak|tak) (akan )?lagi (menjual|memasok|mengirim\\w*|menawarkan|menyediakan|mengekspor)",
    },
    {
      type: "sales-halt",
      pattern:
        "(tidak|tak) (lagi )?(bisa|dapat|boleh) (lagi )?(membeli|memesan|dijual|diekspor|dikirim)",
    },
    {
      type: "sales-halt",
      pattern: "(menarik|ditarik) … dari (pasaran|peredaran|rak|etalase toko)",
    },
    {
      type: "sales-halt",
      pattern: "(larangan|pembatasan|penghentian) (ekspor|penjualan|pengiriman)",
    },

    // Blocks by the Chinese state, and removals suffered (passive) rather than done.
    {
      type: "blocked",
      pattern: `${STATE}\\w* … (memblokir|melarang|menyensor|membatasi|memerintahkan|meminta|menginstruksikan|mengharuskan|menghapus|mencabut)\\w*`,
    },
    {
      type: "blocked",
      pattern: `${REMOVED} (\\S+ ){0,6}dari (\\S+ ){0,2}${APP_STORE}`,
    },
    {
      type: "blocked",
      pattern: `(diblokir|terblokir|disensor|diblok|dicekal|dibanned|diban|dilarang beredar|tidak (lagi )?(dapat|bisa) (diakses|digunakan|dipakai|dibuka)|tak (lagi )?(dapat|bisa) (diakses|digunakan|dipakai|dibuka)|tidak dapat dijangkau)${END}`,
    },
    { type: "blocked", pattern: `dilarang (\\S+ ){0,2}di ${CN}` },
    { type: "blocked", pattern: "(great firewall|tembok api|firewall raksasa)", backdrop: true },
    {
      type: "blocked",
      pattern: `(larangan|pemblokiran|penyensoran|sensor) (terhadap |atas )?(\\S+ ){0,3}(di|oleh) ${CN}`,
    },

    // Restrictions on sign-ups, features, content, app-store listings.
    {
      type: "restriction",
      pattern:
        "(membatasi|dibatasi|pembatasan|menangguhkan|ditangguhkan|menghentikan|dihentikan|menutup|ditutup|membekukan) … (pendaftaran|registrasi|pengguna baru|akun baru)",
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `${REMOVE} (\\S+ ){0,16}dari (\\S+ ){0,2}${APP_STORE}`,
      what: "app store listings",
    },
    {
      type: "restriction",
      pattern:
        "(membatasi|dibatasi|pembatasan|menonaktifkan|dinonaktifkan|menghapus|dihapus|mematikan|dimatikan|memblokir) … (akses|fitur|fungsi|konten)",
      what: "access",
    },
    {
      type: "restriction",
      pattern: `(menonaktifkan|dinonaktifkan|nonaktif)${END}`,
      what: "access",
    },
    {
      type: "restriction",
      pattern: `(tidak|tak) (lagi |akan )?(tersedia|ditawarkan|diluncurkan|hadir|dirilis) (\\S+ ){0,3}di ${CN}`,
      what: "access",
    },

    // Seller bans.
    {
      type: "seller-ban",
      pattern:
        "(melarang|dilarang|larangan|memblokir|diblokir|menangguhkan|ditangguhkan|menutup|ditutup|menghapus|dihapus|mengeluarkan|dikeluarkan|menendang|ditendang|mendepak|didepak|membekukan|dibekukan|menonaktifkan|dinonaktifkan|menyingkirkan|disingkirkan) … {merchant}",
      what: "sellers",
    },
    {
      type: "seller-ban",
      pattern: "(menutup|ditutup|membekukan|dibekukan|menangguhkan|ditangguhkan) (\\S+ ){0,2}akun",
      what: "sellers",
    },

    // Partnership cuts: "memutus kerja sama dengan Huawei", "mencabut lisensi".
    // "tidak lagi memperpanjang kontrak kerja sama dengan NetEase".
    {
      type: "partnership-cut",
      pattern: `tidak (akan )?(lagi )?(memperpanjang|melanjutkan|memperbarui|memperbaharui) (\\S+ ){0,3}?(kontrak|kerja ?sama|perjanjian|lisensi|kemitraan)`,
    },
    {
      type: "partnership-cut",
      pattern: "(tidak|tak) (lagi )?(bisa|dapat) (masuk|login|log in)",
      what: "log-in integration",
    },
    {
      type: "partnership-cut",
      pattern:
        "(memutus\\w*|diputus\\w*|pemutusan|putus|mengakhiri|diakhiri|menghentikan|dihentikan|membatalkan|dibatalkan|pembatalan|mencabut|dicabut|menangguhkan|ditangguhkan|membekukan|dibekukan|ditarik|keluar dari|mundur dari) … {relation}",
    },
    {
      type: "partnership-cut",
      pattern: `${STOP} (\\S+ ){0,3}(ke|kepada|untuk|dengan) (huawei|zte|smic|hikvision|dji)`,
    },

    // Divestment.
    {
      type: "divestment",
      pattern:
        "(menjual|dijual|melepas|dilepas|melepaskan|dilepaskan|pelepasan|mendivestasikan|divestasi|mengalihkan|dialihkan|pengalihan) … (saham|kepemilikan|bisnis|unit|operasi|anak (usaha|perusahaan)|divisi|aset|usaha)",
    },
    {
      type: "divestment",
      pattern: "penjualan (\\S+ )?(saham|unit bisnis|bisnis|anak usaha|anak perusahaan)",
    },
    { type: "divestment", pattern: "(divestasi|spin ?-?off|memisahkan (bisnis|unit)|dipisahkan)" },
    {
      type: "divestment",
      pattern:
        "(menggabungkan|digabungkan|menggabung|merger|melebur|dilebur|peleburan) (\\S+ ){0,4}(bisnis|operasi|usaha|unit)\\w* (\\S+ ){0,4}dengan",
    },

    // Stakes taken.
    // "BYD akan membeli pabrik Jabil di China": told from the buyer's side.
    {
      type: "divestment",
      pattern:
        "(membeli|dibeli|mengakuisisi|diakuisisi|akuisisi|mengambil alih|diambil alih|mengambilalih|pembelian|pengambilalihan) (\\S+ ){0,2}?(pabrik|unit bisnis|bisnis|operasi|anak usaha|anak perusahaan|divisi|aset|fasilitas produksi|fasilitas)( \\S+){0,2}? (milik )?",
      sellerAfter: true,
    },
    // "Bisnis Jabil di China akan dijual kepada BYD": told in the passive, the owner is the seller.
    {
      type: "divestment",
      pattern:
        "(bisnis|unit|pabrik|operasi|anak usaha|anak perusahaan|divisi|aset)\\S*( \\S+){0,4}? (akan |telah |sudah |resmi )?(dijual|dilepas|dialihkan) (kepada|ke)",
    },
    {
      type: "other",
      pattern:
        "(membeli|dibeli|pembelian|mengakuisisi|diakuisisi|akuisisi|mengambil alih|diambil alih|menambah|memborong|menguasai) … {stake}",
      what: "buys a stake in",
    },

    // Shutdowns, last: the most generic.
    { type: "shutdown", pattern: `${CLOSE} … {service}(nya)?${END}` },
    { type: "shutdown", pattern: "(berhenti|tidak lagi|tak lagi) beroperasi" },
  ],
  china: [
    "china",
    "cina",
    "tiongkok",
    "rrt",
    "negeri tirai bambu",
    "negeri panda",
    "beijing",
    "shanghai",
    "shenzhen",
    "hangzhou",
    "guangzhou",
    "chengdu",
    "wuhan",
    "daratan",
  ],
  mainland: ["daratan", "china daratan", "tiongkok daratan"],
  anaphors: [
    "perusahaan (itu|ini|tersebut|asal \\S+|teknologi)",
    "perseroan",
    "raksasa (teknologi|internet|mesin pencari|e-commerce|ritel) (\\S+ )?(itu|ini|tersebut|asal \\S+)",
    "raksasa (itu|ini|tersebut)",
    "raksasa teknologi",
    "platform (itu|ini|tersebut)",
    "grup (itu|ini|tersebut)",
    "produsen (itu|ini|tersebut)",
    "pihaknya",
    "layanan (itu|ini|tersebut)",
    "aplikasi (itu|ini|tersebut)",
    "startup (itu|ini|tersebut)",
    "merek (itu|ini|tersebut)",
  ],
  hedges: [
    "mungkin",
    "kemungkinan",
    "bisa jadi",
    "barangkali",
    "mempertimbangkan",
    "menimbang",
    "membantah",
    "menyangkal",
    "menepis",
    "rumor",
    "desas-desus",
    "kabar burung",
    "spekulasi",
    "berspekulasi",
    "negosiasi",
    "perundingan",
    "mengancam",
    "ancaman",
    "jika",
    "apabila",
    "seandainya",
    "andaikan",
    "dikabarkan",
    "kabarnya",
    "konon",
    "disebut-sebut",
    "tidak berencana",
    "belum (memutuskan|ada keputusan)",
  ],
  background: [
    "sebelumnya",
    "sebelum itu",
    "pernah",
    "dulu",
    "dahulu",
    "di masa lalu",
    "pada masa lalu",
    // "sejak" alone also dates the main story ("tidak bisa diakses sejak Sabtu").
    "sejak (lama|dulu|dahulu|itu|saat itu|awal)",
    "bertahun-tahun",
    "saat itu",
    "kala itu",
    "waktu itu",
    "ketika itu",
    "silam",
    "lebih dulu",
    "lebih dahulu",
    "\\S+ tahun (kemudian|setelahnya|sesudahnya)",
    "pertama kali",
    "bukan (kali |yang )?pertama",
  ],
  // Getting round a block, beside a name of the Great Firewall: "apps to get around it".
  // A sale's buyer follows these: "kepada SK Hynix".
  buyerBefore: ["kepada", "ke"],
  circumvent: [
    "menembus",
    "mengakali",
    "melewati",
    "menghindari",
    "mengelabui",
    "lolos dari",
    "mem-?bypass",
    "bypass",
    "menerobos",
  ],
  entries: [
    "meluncurkan",
    "diluncurkan",
    "peluncuran",
    "masuk ke (pasar )?",
    "memasuki",
    "ekspansi",
    "memperluas",
    "perluasan",
    "membuka (kantor|toko|gerai|pabrik|pusat)",
    "dibuka",
    "kembali ke",
    "kembali hadir",
    "hadir di",
    "berinvestasi",
    "menanamkan modal",
    "investasi baru",
    "mendirikan",
  ],
  companyMarkers: {
    before: [
      "perusahaan",
      "raksasa teknologi",
      "raksasa",
      "produsen",
      "pembuat",
      "grup",
      "pt",
      "startup",
      "platform",
      "penyedia",
    ],
    after: [
      "inc\\.?",
      "corp\\.?",
      "corporation",
      "co\\.?",
      "ltd\\.?",
      "llc",
      "plc",
      "tbk\\.?",
      "gmbh",
      "ag",
      "sa",
      "holdings?",
      "group",
    ],
  },
  // China as where something moves to: "to move production to China".
  relocation: ["(memindahkan|pindah|dipindahkan|relokasi)\\S* (\\S+ ){0,5}?(ke) "],
  // Words that put a sentence after the day of writing.
  future: ["akan"],
  effective: [
    "mulai( berlaku)?",
    "berlaku( mulai| sejak| efektif)?",
    "efektif( mulai| per| sejak)?",
    "per",
    "terhitung( mulai| sejak)?",
    "hingga",
    "sampai( dengan)?",
    "paling lambat",
    "batas waktu",
    "tenggat( waktu)?",
    "berakhir",
  ],
  dates: {
    connectors: ["tanggal", "tgl\\.?", "pada", "bulan", "tahun", "hari", "sejak"],
    lastMonth: ["lalu", "kemarin", "silam"],
    few: ["beberapa", "sejumlah"],
    numbers: {
      satu: 1,
      se: 1,
      dua: 2,
      tiga: 3,
      empat: 4,
      lima: 5,
      enam: 6,
      tujuh: 7,
      delapan: 8,
      sembilan: 9,
      sepuluh: 10,
      sebelas: 11,
      "dua belas": 12,
    },
    units: {
      hari: "day",
      pekan: "week",
      minggu: "week",
      bulan: "month",
      tahun: "year",
    },
    relative: [
      { pattern: "{n} {unit} (sebelumnya|sebelum itu)", sign: -1, anchor: "previous" },
      {
        pattern: "{n} {unit} (kemudian|setelahnya|sesudahnya|berselang)",
        sign: 1,
        anchor: "previous",
      },
      { pattern: "{n} ?{unit} (lalu|yang lalu|silam|terakhir)", sign: -1, anchor: "publication" },
      // "pekan lalu", "bulan depan": CLDR knows "minggu lalu" but not every synonym of the unit.
      { pattern: "{unit} (lalu|yang lalu|kemarin)", sign: -1, anchor: "publication" },
      { pattern: "{unit} (depan|mendatang)", sign: 1, anchor: "publication" },
    ],
    thatSuffix: ["itu", "tersebut"],
    sameYear: ["tahun yang sama", "pada tahun itu", "tahun itu"],
    recent: ["baru-baru ini", "belakangan ini", "pekan ini", "minggu ini", "hari ini"],
    weekdayPrefix: ["hari", "pada", "sejak", "tiap", ","],
    weekdaySuffix: ["\\(", "lalu", "kemarin", "pagi", "siang", "sore", "malam", "\\d", "waktu"],
    weekdays: [
      ["senin"],
      ["selasa"],
      ["rabu"],
      ["kamis"],
      ["jum'at", "jumat"],
      ["sabtu"],
      ["minggu", "ahad"],
    ],
    months: [
      ["januari", "jan"],
      ["februari", "pebruari", "febuari", "feb"],
      ["maret", "mar"],
      ["april", "apr"],
      ["mei"],
      ["juni", "jun"],
      ["juli", "jul"],
      ["agustus", "agu", "agt", "agust", "ags"],
      ["september", "sept", "sep"],
      ["oktober", "okt"],
      ["november", "nopember", "nov", "nop"],
      ["desember", "des"],
    ],
    years: { "tahun lalu": -1, "tahun kemarin": -1, "tahun ini": 0, "tahun depan": 1 },
    approximate: ["awal", "pertengahan", "akhir", "sekitar", "kira-kira", "menjelang"],
  },
  boilerplate: [
    "baca juga",
    "iklan",
    "advertisement",
    "scroll to (continue|resume)",
    "bagikan",
    "share",
    "foto\\s*:",
    "gambar\\s*:",
    "ilustrasi",
    "sumber foto",
    "editor\\s*:",
    "penulis\\s*:",
    "pewarta\\s*:",
    "reporter\\s*:",
    "copyright",
    "hak cipta",
    "simak (juga|berita)",
    "ikuti (kami|berita)",
    "dapatkan (update|berita)",
    "kunjungi",
    "cookie",
    "tag\\s*:",
    "topik\\s*:",
    "silakan baca",
  ],
  stopAt: [
    "berita terkait",
    "artikel terkait",
    "baca selengkapnya",
    "berita lainnya",
    "berita terkini",
    "berita terpopuler",
    "terpopuler",
    "rekomendasi",
    "komentar",
    "tulis komentar",
    "posting komentar",
    "tinggalkan (komentar|balasan)",
    "artikel lainnya",
    "lihat juga",
  ],
  outlet: [
    "^sumber\\s*:\\s*(?<outlet>[^\\n]{2,60}?)\\s*$",
    "^\\(?(?<outlet>antara|reuters|afp|ap|xinhua)\\)?\\s*[-—–]",
  ],
};
