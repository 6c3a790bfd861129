import type { Lexicon } from "./types.ts";

// Japanese puts the object first and the verb last: "中国事業から撤退", "サービスを年内に終了".
// Folding turns half-width kana and full-width digits and letters into their usual forms and
// lowercases Latin ("AirDrop" → "airdrop"). Without spaces, `…` is a gap of up to 16 characters.

/** China, mainland China, and China as the object of a move (対中, 米中). */
const CN = "(中国本土|中国大陸|中国国内|中華人民共和国|中国|対中|米中)";
/** Where a move takes place: 中国で, 中国での, 中国における, 中国向けの. */
const IN_CN = `${CN}(で|では|での|における|国内で|国内での|向け|向けの|向けに|市場で|市場での)`;
const STOP = "(停止|終了|中止|打ち切|取りやめ|取り止め|見合わせ|休止|凍結|撤退|閉鎖|廃止)";
// Not 販売店 (a shop), 販売業者 or 出品者 (sellers).
const SALE =
  "(販売(?!業者|事業者|者|店|網)|出荷|輸出|供給|出品(?!者)|取り扱い|取扱い|発売|納入|直販|技術供与|ライセンス供与)";
/** Another country's government banning Chinese apps is no Chinese block ("インド政府", "米商務省"). */
const FOREIGN =
  "(?<!インド|米|米国|アメリカ|日本|韓国|欧州|eu|英国|台湾|ベトナム|ロシア|豪州|カナダ|オランダ|独|仏)";
const GOVERNMENT =
  FOREIGN +
  "(政府|当局|規制当局|監督当局|中国当局|裁判所|人民法院|国家インターネット情報弁公室|インターネット情報弁公室|サイバースペース管理局|網信弁|工業情報化省|商務省|国家市場監督管理総局|公安当局|共産党|北京)";
// An authority's order may name the company and the whole product line before its verb:
// "裁判所は10日、アップルに対しiPhoneの大半の機種の中国での販売を禁じる".
const ORDER_REACH = ".{0,48}?";
/** Bullets that open a page's furniture headings ("■関連記事", "▼ランキング"): symbols, not punctuation. */
const BULLET = "[■□◆◇●○◎▼▽▲△▶►▷★☆◉※#]*\\s*";
/** Not followed by a denial or a negation: "中国撤退を否定", "撤退する考えはない", "撤退説". */
const DENIED =
  "(?!説|論|観測|の噂|.{0,12}?(否定|否認|しない|せず|しません|予定はない|計画はない|考えはない|つもりはない))";
/**
 * A named party that is not China itself nor Chinese customers: "ファーウェイ向けの出荷を停止" is a
 * partnership cut, "中国向けの出荷を停止" or "中国企業への輸出を停止" a sales halt.
 */
const PARTY_END =
  "(?<!中国|対中|本土|大陸|国内|市場|顧客|企業|各社|ユーザー|利用者|消費者|地域|海外|世界|同国|現地)";
/**
 * The party's name starts the span: Japanese names the partner before the verb, and a partner
 * left just before the phrase would be read as the one acting.
 */
const NAME = "[\\p{scx=Katakana}\\p{scx=Han}a-z0-9ー・&.-]+";
const PARTY_CUT =
  "(停止|中止|打ち切|取りやめ|取り止め|見合わせ|止め|止まっ|絶|凍結|やめ|控え|できなくな|しなくな)";

/** Japanese. */
export const ja: Lexicon = {
  language: "ja",
  spaced: false,
  dropsSubjects: true,
  verbFinal: true,
  countries: {
    米国: "US",
    アメリカ: "US",
    日本: "JP",
    韓国: "KR",
    インド: "IN",
    台湾: "TW",
    香港: "HK",
    マカオ: "MO",
    ロシア: "RU",
    英国: "GB",
    イギリス: "GB",
    ドイツ: "DE",
    フランス: "FR",
    ベトナム: "VN",
    シンガポール: "SG",
    // Not "タイ" alone: it is inside タイムズ, タイトル, タイミング, リアルタイム.
    タイ王国: "TH",
    タイ政府: "TH",
    タイ国内: "TH",
    インドネシア: "ID",
    オーストラリア: "AU",
    カナダ: "CA",
  },
  nouns: {
    service: {
      store: [
        "店舗",
        "直営店",
        "販売店",
        "書店",
        "ストア",
        "ショップ",
        "旗艦店",
        "アップルストア",
        "百貨店",
      ],
      website: [
        "ウェブサイト",
        "サイト",
        "中国版",
        "中国語版",
        "現地版",
        "ポータル",
        "sns",
        "交流サイト",
      ],
      service: [
        "サービス",
        "プラットフォーム",
        "ネット通販",
        "通販",
        "電子商取引",
        "民泊",
        "宿泊施設の掲載",
      ],
      app: ["アプリケーション", "アプリ"],
      office: [
        "事務所",
        "拠点",
        "支社",
        "支店",
        "オフィス",
        "工場",
        "研究所",
        "研究開発(拠点|センター)",
        "開発拠点",
        "データセンター",
        "生産ライン",
        "営業所",
        "本部",
        // "上海の開発チームを解散": a team named by its work, never "チーム" alone.
        "(研究開発|開発|研究|技術|設計|エンジニアリング|ソフトウェア|r&d)(チーム|部隊|部門|グループ)",
      ],
      production: ["生産", "製造"],
      business: ["子会社", "現地法人", "法人", "事業", "合弁会社", "部門"],
      product: ["製品", "ゲーム", "サーバー", "タイトル"],
    },
    merchant: [
      "出品者",
      "販売業者",
      "販売事業者",
      "販売者",
      "セラー",
      "出店者",
      "出店業者",
      "ブランド",
      "サプライヤー",
      "供給業者",
      "業者",
      "事業者",
      "店主",
    ],
    relation: [
      "業務提携",
      "資本提携",
      "提携",
      "協力関係",
      "協力",
      "協業",
      "供給契約",
      "契約",
      "取引関係",
      "取引",
      "関係",
      "合意",
      "ライセンス",
      "採用",
      "調達",
      "合弁",
      "パートナーシップ",
      "連携",
      "統合",
      "発注",
      "注文",
    ],
    stake: [
      "株式(?!会社)",
      "持ち株",
      "持株",
      "持ち分",
      "持分",
      "出資分",
      "保有株",
      "全株",
      "株(?!価|主|式会社)",
      "\\d+([.]\\d+)?(%|パーセント)(の)?(株|株式|持ち分|出資)",
      "株式の\\d+([.]\\d+)?(%|パーセント)",
    ],
  },
  actions: [
    // Supply, licences, support or orders cut off for a named party (Huawei, ZTE, SMIC…).
    {
      type: "partnership-cut",
      pattern: `${NAME}${PARTY_END}(向け|への|に対する|に対して|に対し)(の|、(?![^、。,]{0,12}?(への|向け)))?[^、。,]{0,16}?(出荷|供給|輸出|販売|納入|提供|技術供与|ライセンス供与|サポート|受託生産|生産受託|製造受託|ライセンス|更新|ビジネス|取引)((や|など)[^、。,]{0,12}?)?(を|の|は|も|が)?(すべて|全面的に|一部|一時)?${PARTY_CUT}`,
    },
    {
      type: "partnership-cut",
      pattern: `${NAME}${PARTY_END}(に|には)(は|も)?.{0,12}?(出荷|供給|輸出|販売|納入|提供)(し|でき|され)(ない|なくな|ず)`,
    },
    // A maker's products pulled from a shop: "ファーウェイ製ノートパソコンの販売を取りやめ".
    {
      type: "partnership-cut",
      pattern: `${NAME}(?<!中国|日本|米国|自社|外国|海外|国|社)製.{0,12}?(販売|取り扱い|取扱い|取り扱|扱い|仕入れ|予約受け?付け?)(を|の|は|も)?(すべて|全面的に|一部|一時)?${PARTY_CUT}`,
    },
    {
      type: "partnership-cut",
      pattern:
        "(取引|供給|受注|ライセンス供与|技術供与)(の|を)?(一部|全面)?(停止|中止|打ち切り|禁止|制限)(の列に加わ|に踏み切|を決め|を発表|した|する|へ)",
    },
    // "アームが、ファーウェイとの取引をすべて停止": the partner of "との" opens the span, right after
    // the subject's particle or comma, so the company before it reads as the one acting.
    {
      type: "partnership-cut",
      pattern: `(?<=[、,がはも]|^)[^、。,「」]{1,30}?(と|との|との間の)(一部の?|全ての|すべての|全面的な)?(取引|取引関係|提携|業務提携|資本提携|協力関係|協業|契約|供給契約|ライセンス契約|関係)(を|の|は|も)?(すべて|全面的に|一部|一時的?に?)?${PARTY_CUT}`,
    },

    // Exit: "中国から撤退", "中国市場からの撤退", "中国事業を終了", "中国でのサービス提供を停止".
    {
      type: "exit",
      pattern: `${CN}(市場|事業)?(から|より)(の)?(完全|全面|全面的に|事実上)?(撤退|撤収|退出|手を引|引き揚げ|引き上げ|離脱|去る|去っ)${DENIED}`,
    },
    { type: "exit", pattern: `${CN}(市場|事業)?(の)?(完全|全面)?(撤退|撤収|退出|離脱)${DENIED}` },
    {
      type: "exit",
      pattern: `${CN}(本土|大陸)?(市場|事業|ビジネス)?(から|より)(の)?.{0,12}?(撤退|撤収|手を引|引き揚げ|引き上げ|退場|姿を消)${DENIED}`,
    },
    { type: "exit", pattern: `(対中|中国)(事業|ビジネス)(の)?(清算|撤収|幕引き|終焉)` },
    {
      type: "exit",
      pattern: `${CN}(国内|本土)?(の|での|における)[^、。]{0,12}?(事業|市場|業務|ビジネス)(から|より)(の)?(完全|全面的?に?|事実上)?(撤退|撤収|手を引|引き揚げ|引き上げ)${DENIED}`,
    },
    { type: "exit", pattern: `${CN}(市場)?を(去|離れ|後にし|あとにし)` },
    {
      type: "exit",
      pattern: `${CN}(での|における|国内での|の)?(全|すべての|全ての|一切の)?(事業|営業|業務|事業活動|全サービス)(を|の|は)?…(停止|終了|打ち切|取りやめ|閉鎖|撤収|畳|たたむ|たたん)`,
    },
    {
      type: "exit",
      pattern: `${IN_CN}…(サービス|事業)(の)?提供(を|は)?…(停止|終了|打ち切|取りやめ|中止)`,
    },

    // Sales halt, direct sales first.
    {
      type: "sales-halt",
      pattern: `(直販|直接販売|直営販売|オンライン直販)(を|の|は)?…${STOP}`,
      what: "direct sales",
    },
    { type: "sales-halt", pattern: `直接(販売|購入)(でき|し)なく`, what: "direct sales" },
    {
      type: "sales-halt",
      pattern: `${SALE}(を|の|は|が|も)?…(停止|中止|終了|打ち切|見合わせ|取りやめ|取り止め|休止|凍結|見送|止め)`,
    },
    { type: "sales-halt", pattern: `${SALE}(が|は|も)?(し|でき|され|行え)(ない|なくな|ず)` },
    // Export licences now required: "中国への輸出にライセンスの取得が必要になった".
    {
      type: "sales-halt",
      pattern: `(${CN}[^、。]{0,14}?)?(輸出|販売|出荷|供給)(に|には|の際に?|について|に際し|で)?.{0,20}?(ライセンス|許可|承認)(\\(許可\\))?(の)?(取得|申請)?(が|を)?(必要|義務付け|義務化|求められ|求める|必須)`,
    },
    {
      type: "sales-halt",
      pattern:
        "(新規)?(受注|注文|予約)(の)?(受け付け|受付|受け)?(も|を|は)?(受け付けない|受け付けず|停止|中止|見合わせ|取りやめ)",
    },
    {
      type: "sales-halt",
      pattern: "(売り控え|販売見合わせ|出荷停止|輸出停止|供給停止|販売終了|発売中止|発売延期)",
    },
    { type: "sales-halt", pattern: "(購入|注文)(でき|が(でき|不可))なく" },
    { type: "sales-halt", pattern: "(販売|出荷)(禁止|停止|中止)" },

    // Blocked by the Chinese state (before restrictions: "当局が利用を制限" is a block).
    // "政府調達リストから除外": the state no longer buys it.
    {
      type: "blocked",
      pattern: "調達(リスト|品目|対象|先|名簿)から(除外|外(さ|し|れ)|削除|消え)",
      what: "government procurement",
    },
    {
      type: "blocked",
      pattern: `${GOVERNMENT}${ORDER_REACH}(禁止|禁じ|遮断|ブロック|封鎖|排除|削除を(命じ|求め|要求)|停止を(命じ|求め|要求)|使用停止|調達停止|購入(を)?停止|(停止|禁止|中止)(する|させる)?よう(に)?(命じ|求め|要求|指示)|命じ|指示|禁止令|制裁|取り下げ)`,
    },
    {
      type: "blocked",
      // "中国からSteamのページにアクセスできなくなった": reached from China, as well as in it.
      pattern: `(${IN_CN}(は|も)?…|${CN}から……)((接続|閲覧|アクセス|利用|使用|ログイン|ダウンロード)(が|は)?(でき|不可|不能)(なく|ない|ず|に)|つながらなく|つながりにくく|繋がらなく|使えなくな|見られなくな|表示されなくな)`,
    },
    {
      type: "blocked",
      pattern: `${CN}(政府|当局)?(は|が)(.{0,24}?)(の)?(接続|閲覧|アクセス|利用|使用)(を)?(遮断|禁止|制限|ブロック)`,
    },
    {
      type: "blocked",
      pattern: `${IN_CN}(は)?…(禁止され|遮断され|ブロックされ|封鎖され|使用禁止|利用禁止|アクセス(でき|不能|不可))`,
    },
    {
      type: "blocked",
      pattern: "(グレート・?ファイア(ー)?ウォール|金盾|ネット検閲|検閲対象|接続遮断|アクセス遮断)",
    },
    {
      type: "blocked",
      pattern: `(当局|政府)(の|による)?(要請|要求|指示|命令)(で|を受け|により|に応じ).{0,20}?(削除|取り下げ|配信停止|公開停止|閉鎖)`,
    },

    // Restrictions on sign-ups and features.
    {
      type: "restriction",
      pattern:
        "(新規(会員|ユーザー|利用者|顧客)?(の)?(登録|受け付け|受付|加入|申し込み|申込)|会員登録|ユーザー登録|新規登録|新規加入|新規受付)(を|の|は|が)?…(停止|中止|制限|一時停止|休止|見合わせ|打ち切|凍結)",
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern:
        "(機能|アクセス|利用|閲覧|接続|使用|設定)(を|が|の|は)?…(制限|規制|無効化|使えなく|利用できなく|できなくな)",
      what: "access",
    },
    {
      type: "restriction",
      pattern: `${CN}(で|では|向けには|には|国内では|国内で)(は)?(提供|利用|使用|展開|導入)(しない|せず|されない|できない|不可)`,
      what: "access",
    },
    {
      type: "restriction",
      pattern: `${CN}(で|向け|国内で|本土で)…(に限り|に限って|に限定して)`,
      what: "access",
    },
    { type: "restriction", pattern: "を(一部|大幅に|厳しく)?制限" },
    {
      type: "restriction",
      pattern:
        "(app ?store|アップストア|アプリストア|アプリ配信)(から|で)?.{0,16}?(削除|取り下げ|排除|配信停止|公開停止)",
      what: "apps",
    },

    // Seller bans.
    {
      type: "seller-ban",
      pattern:
        "{merchant}(の)?(アカウント|店舗|出品)?(を|が|は|も)?…(停止|閉鎖|削除|排除|締め出|追放|凍結|禁止|取り消|無効|ban|退場)",
      what: "sellers",
    },
    {
      type: "seller-ban",
      pattern: "(アカウント停止|出品停止|締め出し|アカウントを停止|アカウントを閉鎖)",
      what: "sellers",
    },

    // Partnership cuts.
    {
      type: "partnership-cut",
      pattern: "(ログイン|サインイン)(が|も)?(でき|不可に)なく",
      what: "log-in integration",
    },
    {
      type: "partnership-cut",
      pattern:
        "{relation}(を|の|は|が|も)?…(解消|打ち切|停止|中止|凍結|終了|破棄|撤回|取り消|取りやめ|取り止め|見送|断絶|断(つ|った|ち)|白紙|停止し)",
    },
    {
      type: "partnership-cut",
      pattern:
        "(取引停止|禁輸|関係断絶|絶縁|決別|契約解除|契約を更新しな|更新を見送|提携解消|関係を見直)",
    },

    // Divestment.
    {
      type: "divestment",
      pattern:
        "({stake}|事業|子会社|部門|工場|資産|合弁会社|現地法人)(を|の|は|も)?…(売却|譲渡|譲り渡|手放|放出|処分|売り出|売り渡|売り戻|切り離)",
    },
    // "株式80.1％を中国の美的集団（マイディア）に約537億円で売却": the object marked with を,
    // the buyer and the price may stand long before the verb.
    {
      type: "divestment",
      pattern:
        "({stake}|事業|子会社|部門|工場|資産|合弁会社|現地法人)[^。、を]{0,10}?を[^。、]{0,48}?に[^。、]{0,24}?(売却|譲渡|譲り渡|売り渡)",
    },
    // "パソコン事業をレノボとの合弁に移している": a business moved into a venture with a buyer.
    {
      type: "divestment",
      pattern: "(事業|部門|子会社)を[^。]{0,24}?(合弁|合弁会社|新会社)(に|へ)(移|移管|統合)",
    },
    { type: "divestment", pattern: "(出資|資本)(を)?(引き揚げ|引き上げ|解消)" },
    {
      type: "divestment",
      pattern: "(分社化|スピンオフ|分離独立|独立させ|切り離し|株式を(すべて|全て)?手放)",
    },
    {
      type: "divestment",
      pattern: `(中国|現地|対中)(事業|法人|子会社|部門)(を|は)?.{0,24}?(統合|合併|移管|経営統合|譲渡)`,
    },

    // Stakes taken (other).
    // "BYDがJabilの中国事業を買収": the seller's name heads the object.
    {
      type: "divestment",
      pattern: `${NAME}(の|が持つ|が保有する)(中国|在中|中国国内|現地|.{0,8}?)(事業|工場|子会社|部門|現地法人|拠点|製造拠点|生産拠点|事業部門)(の(全|一部)?株式|株式)?(を|の|も)?…(買収|取得|買い取|譲り受|引き継|取り込)`,
      sellerAfter: true,
    },
    {
      type: "other",
      pattern: "{stake}(を|の)?…(取得|買収|購入|引き受け|買い取|買い増)",
      what: "buys a stake in",
    },
    { type: "other", pattern: "(出資|資本参加)(する|した|し|を決め|を発表)", what: "invests in" },

    // Shutdowns, last: they are the most generic.
    {
      type: "shutdown",
      pattern:
        "{service}(を|の|は|が|も)?…(終了|閉鎖|停止|廃止|閉店|撤去|打ち切|終え|閉じ|畳|たたむ|取りやめ|取り止め|運営停止|サービス終了|閉所|撤収|営業終了|解散)",
    },
    {
      type: "shutdown",
      pattern: "(運営|営業|運用|サービス提供)(を|は|も)?…(終了|停止|打ち切|取りやめ|中止)",
    },
    {
      type: "shutdown",
      pattern:
        "(閉鎖|閉店|廃止|撤去|運営終了|サービス終了|営業終了|閉所|配信終了|提供終了)(する|した|し|へ|を(決め|発表)|となっ|となる|になっ|になる)",
    },
  ],
  china: [
    "中国",
    "中華人民共和国",
    "中国本土",
    "中国大陸",
    "対中",
    "訪中",
    "米中",
    "北京",
    "上海",
    "深セン",
    "深圳",
    "杭州",
    "広州",
    "成都",
    "武漢",
    "大連",
    "天津",
    "南京",
    "蘇州",
    "重慶",
    "西安",
    // Chinese state organs stand for China.
    "(国家)?インターネット情報弁公室",
    "サイバースペース管理局",
    "工業情報化省",
    "国家市場監督管理総局",
  ],
  mainland: ["本土", "大陸"],
  anaphors: [
    "同社",
    "同グループ",
    "同サイト",
    "同店",
    "同アプリ",
    "同サービス",
    "同プラットフォーム",
    "同ブランド",
    "同社広報",
    "同メーカー",
    "同社側",
    "同サイト運営",
    "同ゲーム",
    "同端末",
    "同製品",
    "同企業",
    "同大手",
    "(米|日|欧|韓|独|英|仏)(企業|大手|メーカー)",
  ],
  hedges: [
    "可能性",
    "かもしれ",
    "恐れ",
    "おそれ",
    "検討",
    "協議",
    "交渉",
    "噂",
    "うわさ",
    "観測",
    "否定",
    "もし",
    "仮に",
    "場合",
    "示唆",
    "計画はない",
    "予定はない",
    "影響はな",
    // Attribution alone ("関係者によると", "と報じた") reports a fact; with a plan or a maybe it is hearsay.
    "(関係者|関係筋|消息筋|報道)(によると|の話では).{0,30}?(方針|計画|予定|意向|見通し|可能性|方向)",
    "(方針|計画|予定|意向|方向で調整)(だ|である)?と(報じ|伝え)",
    "撤退説",
    "撤退(を)?計画か",
    "とみられ",
    "見方",
    "事実無根",
    "否認",
    "コメントを控え",
    "(撤退|閉鎖|終了)(する)?(予定|計画|考え)はない",
    "(撤退|閉鎖|終了)(は|を)?しない",
    "ほのめか",
    "脅し",
    "警告",
    "仮定",
    "だろう",
    "かどうか",
  ],
  background: [
    "すでに",
    "既に",
    "以前",
    "以前に",
    "かつて",
    "これまで",
    "これに先立",
    "先立って",
    "当時",
    "その後",
    "その前",
    "過去",
    "前年",
    "\\d+年前",
    "(数|何)年(前|後)",
    "年後",
    "さかのぼ",
    "遡",
    "振り返",
    "以来",
    "初めて",
    "前回",
    "当初",
    "この時",
  ],
  entries: [
    "参入",
    "進出",
    "上陸",
    "開業",
    "開店",
    "出店",
    "開設",
    "設立",
    "新設",
    "発売(する|した|し|を開始|へ)",
    "投入",
    "展開(する|した|し|を開始)",
    "拡大",
    "拡張",
    "増強",
    "再参入",
    "再開",
    "復帰",
    "提携(する|した|し|を結|を発表)",
    "合弁会社を(設立|設け)",
    "サービス(を)?開始",
    "販売(を)?開始",
  ],
  companyMarkers: {
    before: ["同社", "企業", "会社", "大手", "傘下の", "グループ", "メーカー"],
    after: [
      "株式会社",
      "有限会社",
      "合同会社",
      "ホールディングス",
      "グループ",
      "社",
      "inc[.]?",
      "ltd[.]?",
      "corp[.]?",
      "co[.]",
      "llc",
      "gmbh",
      "ag",
      "s[.]?a[.]?",
      "plc",
    ],
  },
  // Words that put a sentence after the day of writing.
  future: ["予定", "方針"],
  effective: ["来る", "早ければ", "遅くとも", "期限は", "発効日は", "施行日は", "適用開始日は"],
  // Japanese puts "from" and "by" after the date: "11月1日から", "年内に".
  effectiveAfter: ["から(?![^、。]{0,16}?(にかけて|まで(?!に)))", "付で", "付け", "以降", "までに"],
  dates: {
    connectors: ["の", "付"],
    lastMonth: [],
    few: ["数", "何"],
    numbers: {
      一: 1,
      二: 2,
      三: 3,
      四: 4,
      五: 5,
      六: 6,
      七: 7,
      八: 8,
      九: 9,
      十: 10,
      十一: 11,
      十二: 12,
    },
    units: {
      日: "day",
      日間: "day",
      週: "week",
      週間: "week",
      か月: "month",
      カ月: "month",
      ヶ月: "month",
      ケ月: "month",
      ヵ月: "month",
      箇月: "month",
      年: "year",
      年間: "year",
      // "同日", "即日", "同月": the day or month of the date before, counted as zero units.
      同日: ["day", 0],
      当日: ["day", 0],
      即日: ["day", 0],
      同月: ["month", 0],
      当月: ["month", 0],
    },
    relative: [
      { pattern: "その{n}{unit}前", sign: -1, anchor: "previous" },
      { pattern: "その{n}{unit}後", sign: 1, anchor: "previous" },
      // CLDR writes "か月"; the press also writes カ月, ヶ月, ケ月.
      { pattern: "{n}(?=[カヶケヵ箇]){unit}前", sign: -1, anchor: "publication" },
      { pattern: "{n}(?=[カヶケヵ箇]){unit}後", sign: 1, anchor: "publication" },
      { pattern: "(?=同日|当日|即日|同月|当月){unit}", sign: 1, anchor: "previous" },
    ],
    thatSuffix: [],
    sameYear: ["同年", "その年", "同じ年"],
    recent: ["最近", "先日", "このほど", "近ごろ", "近頃", "今般", "先ごろ", "先頃"],
    years: { 一昨年: -2, おととし: -2, 去年: -1, 昨年: -1, 本年: 0, 今年: 0, 来年: 1 },
    // Stamps pad the month: "2014年07月03日".
    months: [
      ["01月"],
      ["02月"],
      ["03月"],
      ["04月"],
      ["05月"],
      ["06月"],
      ["07月"],
      ["08月"],
      ["09月"],
    ],
    weekdays: [["月曜"], ["火曜"], ["水曜"], ["木曜"], ["金曜"], ["土曜"], ["日曜"]],
    approximate: ["約", "およそ", "ごろ", "頃"],
  },
  // A Japanese line start is followed by more letters, so furniture that runs on carries ".*".
  boilerplate: [
    "広告",
    "写真",
    "画像",
    "提供",
    "pr",
    "\\(c\\)",
    "©",
    "(この記事は有料会員|有料会員限定|続きを読むには|記事の続き|会員登録|シェア|ツイート|無断転載|無断複製|フォローする).*",
    "(ブックマーク|印刷|保存|いいね|メール|lineで送る|はてな|facebook|twitter|x|コメントする|記事を読む|もっと見る|全文を読む|続きを読む)",
    "(写真|画像|撮影|出所|出典|タグ|キーワード|筆者|文|記者|配信|更新|公開日|最終更新)\\s*[:=|].*",
    "(cookie|クッキー)(を|の|に関する).*",
  ],
  stopAt: [
    "関連記事",
    "関連ニュース",
    "あわせて読みたい",
    "合わせて読みたい",
    "こちらもおすすめ",
    "おすすめ記事",
    "人気記事",
    "アクセスランキング",
    "ランキング",
    "コメント",
    "次の記事",
    "前の記事",
    "最新ニュース",
    "この記事を読んだ人",
    "この記事の関連",
    "注目記事",
    "おすすめ",
    "読まれている記事",
    "話題の記事",
    "ニュースレター",
    "メールマガジン",
    "メルマガ",
    "関連リンク",
    "関連トピックス",
  ].map((item) => BULLET + item),
  outlet: [
    "^(?:出典|出所|ソース|配信元|提供)\\s*[:：]\\s*(?<outlet>[^\\n]{2,60}?)\\s*$",
    // "【ロンドン＝共同】" opens the lead paragraph: only a credit standing alone is the outlet line.
    "^\\s*[（(【][^）)】\\n]{0,12}[＝=](?<outlet>[^）)】\\n]{2,12})[）)】]\\s*$",
  ],
};
