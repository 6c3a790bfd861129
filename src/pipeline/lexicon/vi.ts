import type { Lexicon } from "./types.ts";

// Folding merges words that differ only in tone marks; a move verb must not be read inside
// its homographs. "dừng" (stop) is also "dùng" (use: người dùng, sử dụng, ứng dụng, dung
// lượng); "đóng" (close) is also "động" (hoạt động, tự động), "đồng" (hợp đồng, cộng đồng,
// Quảng Đông, tỷ đồng, đồng ý); "tắt" (switch off) is also "tất" (tất cả, hoàn tất); "cấm"
// (ban) is also "cảm", "cam kết"; "chặn" (block) is also "chắc chắn"; "khóa" (lock) is also
// "khoa học".
const NW = "(?![a-zđ])";
const DUNG = `(?<!(?:nguoi|su|ap|tieu|ung|tuyen|tin|noi|tien|loi|muc|đo|trung|thuong|cach|đuoc|vo|tac|quan|tu|thu|hu|lam|ung) )dung(?! (?:de|cho|chung|thu|luong|cu|tich|nhan|y|hoa|vao|nhu)${NW})`;
const DONG = `(?<!(?:hoat|lao|quang|co|mua|phuong|tac|chu|van|kich|sinh|bien|rung|bao|hanh|tu|xuc|cam|lay|chuyen|hoi|hop|cong|tap|vung|đam|luu|ty|trieu|nghin|ngan|tram|phia|mien|hai|cao|bat|lien|thu|vien|gia|lang|đi|tac) )đong(?! (?:y|nam|bac|thoi|hanh|đuc|nghia|loat|bo|minh|vien|nhat|chi|tien|thuan|sang|tay|ho|nghiep|phuc|đang|goi|gop|luc|ban|su|tinh|sang lap|von)${NW})`;
const TAT = `(?<!(?:hoan|tom) )tat(?! (?:ca|yeu|nhien|nhanh)${NW})`;
const CAM = `cam(?! (?:ket|on|nhan|thay|xuc|hung|ung|tinh|nang|giac|đoan|nghi)${NW})`;
const CHAN = `(?<!chac )chan(?! (?:thanh|dung|chinh|that|troi)${NW})`;
const KHOA = `khoa(?! (?:hoc|truong|luan)${NW})`;

/** Vietnamese (folded: no tone marks; đ stays đ). */
export const vi: Lexicon = {
  language: "vi",
  spaced: true,
  countries: {
    my: "US",
    "hoa ky": "US",
    "han quoc": "KR",
    "nhat ban": "JP",
    "đai loan": "TW",
    "hong kong": "HK",
    "an đo": "IN",
    nga: "RU",
    anh: "GB",
    đuc: "DE",
    phap: "FR",
  },
  nouns: {
    service: {
      store: ["cua hang", "nha sach", "thu vien"],
      website: [
        "trang web",
        "website",
        "phien ban",
        "cong thong tin( đien tu)?",
        "trang chu",
        "trang tin",
        "mang xa hoi",
        "cong cu tim kiem",
        "(dich vu )?tim kiem",
      ],
      service: ["dich vu", "nen tang", "(hop )?thu đien tu", "email", "mail", "chat", "tinh nang"],
      app: ["ung dung", "app"],
      office: [
        "van phong( đai dien)?",
        "nha may",
        "xuong",
        "chi nhanh",
        "trung tam (du lieu|nghien cuu|r&d|phat trien)",
        "phong thi nghiem",
        "co so (san xuat|nghien cuu)",
        // "giải thể nhóm R&D tại Thượng Hải": a team named by its work, never "đội" alone.
        "(nhom|đoi ngu|đoi|bo phan|phong) (nghien cuu|phat trien|r&d|ky su|ky thuat|lap trinh|thiet ke)",
      ],
      production: ["(?<!quy mo )(hoat đong )?san xuat"],
      business: ["cong ty con", "bo phan", "mang kinh doanh"],
      product: ["san pham", "tro choi", "game", "may chu", "thiet bi"],
    },
    merchant: [
      "nguoi ban",
      "nha ban le",
      "nha ban hang",
      "thuong gia",
      "thuong nhan",
      "nha cung cap",
      "thuong hieu",
      "seller",
      "tieu thuong",
      "doanh nghiep ban hang",
    ],
    relation: [
      "hop tac",
      "quan he",
      "thoa thuan",
      "lien ket",
      "hop đong",
      "giay phep",
      "tich hop",
      "đoi tac",
      "lien doanh",
    ],
    stake: ["co phan", "co phieu", "\\d+([,.]\\d+)? ?(%|phan tram)", "von"],
  },
  actions: [
    // "ngừng kinh doanh với Huawei", "cắt quan hệ làm ăn với ZTE": a cut with a party, not an exit.
    {
      type: "partnership-cut",
      pattern: `(ngung|${DUNG}|cham dut|cat đut|cat|tam ${DUNG}|tam ngung|han che|huy) (moi |cac |toan bo )?(hoat đong )?(kinh doanh|giao dich|lam an|hop tac|quan he( lam an| kinh doanh| đoi tac)?|giao thuong|mua ban) (\\S+ ){0,2}voi`,
    },
    {
      type: "partnership-cut",
      pattern: `(ngung|${DUNG}|cham dut|thoi|tam ngung|tam ${DUNG}|cat|thu hoi|rut) (cung cap |cap )?(giay phep|ban quyen|ban cap nhat|cap nhat|ho tro ky thuat|quyen truy cap)`,
    },
    {
      type: "exit",
      pattern:
        "(rut|rut lui|thoai lui|rut khoi|roi|roi khoi|tu bo|thoat|chia tay) (hoan toan )?(khoi )?(thi truong )?(trung quoc|đai luc|hoa luc)",
    },
    { type: "exit", pattern: "(rut|roi|thao chay) (hoan toan )?khoi thi truong" },
    // "rút toàn bộ dịch vụ khỏi Trung Quốc": every service withdrawn is the market left.
    {
      type: "exit",
      pattern:
        "(rut|go bo|ngung) (toan bo|tat ca|moi) (cac )?(dich vu|san pham)( cua minh)? (khoi|tai) (trung quoc|đai luc|hoa luc)",
    },
    // "sự rút lui hoàn toàn của hãng này khỏi Trung Quốc": the retreat and its place may be apart.
    {
      type: "exit",
      pattern:
        "(rut lui|thoai lui|rut chan) (\\S+ ){0,12}khoi (thi truong )?(trung quoc|đai luc|hoa luc)",
    },
    { type: "exit", pattern: "(noi loi )?tam biet (voi )?thi truong (trung quoc|đai luc|ty dan)" },
    {
      type: "exit",
      pattern: `(ngung|${DUNG}|cham dut|${DONG} cua|khai tu) (moi |toan bo )?hoat đong (kinh doanh )?(tai|o) (trung quoc|đai luc)`,
    },
    {
      type: "sales-halt",
      pattern: `(ngung|${DUNG}|thoi) ban (hang )?truc tiep`,
      what: "direct sales",
    },
    { type: "sales-halt", pattern: "khong (the |con )?mua … truc tiep", what: "direct sales" },
    {
      type: "shutdown",
      pattern:
        "(khong con|se khong con|thoi) (cung cap|van hanh) (cac |moi )?(dich vu|ung dung|nen tang|trang web)",
    },
    {
      type: "shutdown",
      pattern: "ket thuc (hoat đong|van hanh|viec van hanh)( cua)? (\\S+ ){0,2}{service}",
    },
    // "ngừng cung cấp dịch vụ Google Dịch": a service that stops is a shutdown, not a sales halt.
    {
      type: "shutdown",
      pattern: `(ngung|${DUNG}|cham dut|thoi|tam ngung|tam ${DUNG}) (viec )?(cung cap|van hanh|ho tro) (cac |moi |toan bo )?(dich vu|ung dung|nen tang|trang web|website|cong thong tin|cong cu)`,
    },
    {
      type: "sales-halt",
      pattern: `(ngung|${DUNG}|thoi|tam ngung|tam ${DUNG}|cham dut) (viec )?(ban|kinh doanh|phan phoi|cung cap|cung ung|xuat khau|xuat(?! hien)|giao hang|giao(?! (dich|luu|tiep))|van chuyen|nhan đon|ship)`,
    },
    {
      type: "sales-halt",
      pattern:
        "(se )?khong (con |tiep tuc |đuoc )?(cung cap|ban|giao|cung ung|xuat khau|van chuyen) (\\S+ ){0,2}(linh kien|chip|hang|san pham|thiet bi|phan mem|ban dan|vi mach|wafer)",
    },
    { type: "sales-halt", pattern: "khong (con )?nhan (them )?đon (hang|đat hang)" },
    { type: "sales-halt", pattern: "khong (con )?ban … nua" },
    { type: "sales-halt", pattern: "khong (the|con) mua" },
    { type: "sales-halt", pattern: "rut (\\S+ ){0,3}khoi (ke|quay|kenh ban)" },
    {
      type: "restriction",
      pattern:
        "(han che|gioi han|tam ngung|ngung|chi cho phep) … (đang ky|tai khoan moi|nguoi dung moi)",
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: "(han che|gioi han|vo hieu hoa|go bo|siet chat) … (truy cap|tinh nang|chuc nang)",
      what: "access",
    },
    {
      type: "seller-ban",
      pattern: `(${CAM}|${CHAN}|${KHOA}|go bo|loai bo|đinh chi|${DONG} cua|tam ${KHOA}|xoa so|xu ly) … {merchant}`,
      what: "sellers",
    },
    {
      type: "seller-ban",
      pattern:
        "bi (go|go bo|xoa|xoa bo|loai|loai bo|đuoi|cam|khoa|đinh chi) (khoi|tren) (san|nen tang|cua hang|trang)",
      what: "sellers",
    },
    { type: "seller-ban", pattern: "khoa tai khoan (cua )?", what: "sellers" },
    {
      type: "partnership-cut",
      pattern: "(cat đut|cat|cham dut|ngung|huy bo|huy|tam dung) … {relation}",
    },
    { type: "partnership-cut", pattern: "khong (the |con )?đang nhap", what: "log-in integration" },
    {
      type: "divestment",
      pattern:
        "(ban|ban lai|thoai|chuyen nhuong|sang ten) (toan bo )?(co phan|von|mang|hoat đong|chi nhanh|cong ty con|mang kinh doanh|bo phan)",
    },
    { type: "divestment", pattern: "thoai (het )?von" },
    // "Didi sẽ mua lại toàn bộ tài sản của Uber tại Trung Quốc": the buyer speaks of the seller's
    // business; "chuyển sàn EachNet sang một liên doanh": handed to a joint venture.
    {
      type: "divestment",
      pattern:
        "(mua lai|thau tom|tiep quan) (toan bo )?(tai san|hoat đong|mang kinh doanh|đoanh nghiep|chi nhanh|cong ty con)( kinh doanh)? cua",
    },
    {
      type: "divestment",
      pattern: "(chuyen|giao) (\\S+ ){1,3}?(sang|cho) (mot )?(lien doanh|cong ty lien doanh)",
    },
    // "BYD sẽ mua lại nhà máy của Jabil tại Trung Quốc": told from the buyer's side.
    {
      type: "divestment",
      pattern:
        "(mua|mua lai|thau tom|tiep quan|tiep nhan|nhan chuyen nhuong) (toan bo |lai )?(\\d+([,.]\\d+)?% (co phan )?(cua |tai )?)?(nha may|co so san xuat|tai san|hoat đong|mang kinh doanh|đoanh nghiep|chi nhanh|cong ty con|bo phan)( kinh doanh| san xuat)?( \\S+){0,3}? cua ",
      sellerAfter: true,
    },
    // "Mảng kinh doanh tại Trung Quốc sẽ được bán cho BYD": told in the passive.
    {
      type: "divestment",
      pattern:
        "(mang kinh doanh|hoat đong|nha may|chi nhanh|cong ty con|bo phan)( \\S+){0,5}? (se |đa )?(đuoc |bi )?(ban|ban lai|chuyen nhuong) (lai )?cho",
    },
    { type: "other", pattern: "(mua|mua lai|thau tom) … {stake}", what: "buys a stake in" },
    {
      type: "blocked",
      // Vietnamese words are written as syllables, so a gap of words spans twice as many:
      // "chính phủ Trung Quốc vừa đưa ra quyết định gây tranh cãi khi cấm".
      pattern: `(chinh phu|chinh quyen|bac kinh|co quan quan ly|nha chuc trach|gioi chuc|cuc quan ly khong gian mang|bo cong an) …… (${CHAN}|${CAM}|go bo|kiem duyet|yeu cau go|ra lenh go|loai bo|gat|ngung mua|khong (đuoc )?(mua|dung|su dung))`,
    },
    // "gạt hệ điều hành Windows của Microsoft … ra khỏi danh sách mua sắm công": struck from
    // the list of what the state may buy.
    {
      type: "blocked",
      pattern:
        "(gat|loai|loai bo|xoa|xoa bo|đua) …… (ra )?khoi (cac )?danh sach (mua sam|nha cung cap|san pham đuoc phep|đuoc mua)",
      what: "government procurement",
    },
    // "Trung Quốc đã cấm cài đặt Windows 8": the country as the one who bans.
    {
      type: "blocked",
      pattern: `trung quoc (đa |vua |se |chinh thuc |bat đau )?(${CAM}|${CHAN}|loai bo|ra lenh (cam|go|loai))`,
    },
    {
      type: "blocked",
      pattern:
        "bi (chan|cam|kiem duyet|go bo|go khoi|xoa khoi) (\\S+ ){0,3}(tai|o) (trung quoc|đai luc)",
    },
    // "nhiều dịch vụ khác lần lượt bị chặn": in a China story, a service that is blocked.
    {
      type: "blocked",
      pattern:
        "(bi|deu bi|lan luot bi) (chan|kiem duyet)(?! (mua|ban|xuat|nhap|khoi|tren|boi my|tai my))",
    },
    { type: "blocked", pattern: "van truong thanh (lua|ky thuat so)|tuong lua vi đai" },
    // "gỡ ứng dụng khỏi App Store Trung Quốc": an app taken off the store limits access.
    {
      type: "restriction",
      pattern:
        "(go bo|go|xoa|rut) (\\S+ ){0,3}(ung dung|app)( \\S+){0,4} khoi (cua hang|kho|app store)",
      what: "apps",
    },
    {
      type: "shutdown",
      pattern: `(${DONG} cua|ngung|${DUNG}|cham dut|khai tu|go bo|xoa so|loai bo|giai the|thu hep|dep bo|huy bo) … {service}`,
    },
    {
      type: "shutdown",
      pattern: `(${DONG}|rut|rut bo|tu bo|(?<!(?:toan|mot|cac|nhung|moi) )bo|${TAT}) (han |hoan toan )?(\\S+ )?{service}`,
    },
    {
      type: "shutdown",
      pattern: `{service} … (${DONG} cua|ngung hoat đong|${DUNG} hoat đong|bi khai tu|ngung van hanh|sap tiem|chinh thuc ${DONG}|bi ${DONG})`,
    },
  ],
  china: [
    "trung quoc",
    "trung hoa",
    "đai luc",
    "bac kinh",
    "thuong hai",
    "tham quyen",
    "hang chau",
    "quang chau",
    "quang đong",
    "hoa luc",
  ],
  mainland: ["đai luc", "hoa luc"],
  anaphors: [
    "cong ty nay",
    "cong ty",
    "hang nay",
    "tap đoan",
    "nen tang nay",
    "gia khong lo",
    "(?<!(?:may|cac|nhung|nhieu) )ong lon",
  ],
  hedges: [
    "co the",
    "đang can nhac",
    "can nhac",
    "tin đon",
    "bac bo",
    "phu nhan",
    "đam phan",
    "đe doa",
    `neu(?! (?:ro|len|ra|bat|y kien)${NW})`,
    "xem xet",
    `muon(?! (?:nhat|hon|mang)${NW})`,
    "co \\d+ (ngay|thang) đe",
    "han chot",
    "tin đon",
    "đuoc cho la",
    "neu nhu",
    "gia su",
  ],
  background: [
    "truoc đo",
    "truoc đay",
    `(?<!lan luot )tung(?! (?:khach|nguoi|buoc|san pham|loai|nuoc|cong ty|thi truong|truong hop|muc|ngay|thang|nam|phan|mot|chi tiet|ca nhan|thiet bi|hang|dong)${NW})`,
    "đa tung",
    "hoi (thang|nam|đau nam|cuoi nam|giua nam)",
    "cach đay",
    "tu lau",
    "nam ngoai",
    "hoi đo",
    "khi đo",
    "luc đo",
    "vao thoi điem đo",
    "nam sau",
    "\\S+ nam sau",
    "lan đau",
    "trong qua khu",
  ],
  // A sale's buyer follows these: "cho SK Hynix".
  buyerBefore: ["cho"],
  entries: [
    "ra mat",
    "gia nhap",
    "tham nhap",
    "vao thi truong",
    "mo rong",
    "khai truong",
    "mo (cua hang|van phong|nha may|trung tam|chi nhanh)",
    "quay lai",
    "tro lai",
    "đau tu (them|moi)",
  ],
  companyMarkers: {
    before: ["cong ty", "tap đoan", "hang", "nha san xuat", "ong lon", "gia khong lo", "startup"],
    after: ["inc\\.?", "corp\\.?", "co\\.?", "ltd\\.?", "llc", "plc", "gmbh", "ag", "jsc", "group"],
  },
  // China as where something moves to: "to move production to China".
  relocation: ["(chuyen|di doi|dich chuyen)\\S* (\\S+ ){0,6}?(sang|ve|toi|đen) "],
  effective: [
    "ke tu",
    "tu ngay",
    "co hieu luc",
    "đen ngay",
    "truoc ngay",
    "ap dung tu",
    "bat đau tu",
    "het han",
    "tu hom nay",
    "bat đau",
    "đen het",
    "cham nhat",
    "ke tu ngay",
  ],
  dates: {
    connectors: ["ngay", "nam", "vao", "hoi", "trong", "cua", "thang", "tu"],
    lastMonth: ["vua qua", "truoc", "nam ngoai"],
    few: ["vai", "may", "mot vai", "nhieu"],
    numbers: { mot: 1, hai: 2, ba: 3, bon: 4, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 },
    units: { ngay: "day", tuan: "week", thang: "month", nam: "year" },
    relative: [
      { pattern: "{n} {unit} truoc đo", sign: -1, anchor: "previous" },
      { pattern: "{n} {unit} sau đo", sign: 1, anchor: "previous" },
      { pattern: "{n} {unit} sau", sign: 1, anchor: "previous" },
      { pattern: "{n} {unit} truoc", sign: -1, anchor: "publication" },
      { pattern: "trong {n} {unit} toi", sign: 1, anchor: "publication" },
      { pattern: "cach đay {n} {unit}", sign: -1, anchor: "publication" },
    ],
    thatSuffix: ["đo"],
    sameYear: ["cung nam", "nam đo"],
    recent: ["moi đay", "gan đay", "vua qua", "vua moi"],
    weekdayPrefix: ["vao", "hom", "ngay", "sang", "chieu", "toi", "trua", "tu"],
    dayMonthPrefix: [
      "ngay",
      "hom",
      "tu",
      "đen",
      "truoc",
      "sau",
      "vao",
      "toi",
      "trua",
      "sang",
      "chieu",
    ],
    approximate: ["đau", "giua", "cuoi", "khoang", "chung"],
  },
  boilerplate: [
    "video đang hot",
    "quang cao",
    "xem them",
    "anh:",
    "chia se",
    "theo doi",
    "đang ky nhan tin",
  ],
  stopAt: [
    "tin lien quan",
    "bai viet lien quan",
    "co the ban quan tam",
    "binh luan",
    "tin cung chuyen muc",
    "đoc them",
  ],
  outlet: ["^(nguồn|theo)\\s*:\\s*(?<outlet>[^\\n]{2,60}?)\\s*$"],
};
