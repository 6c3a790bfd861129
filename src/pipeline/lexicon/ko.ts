import type { Lexicon } from "./types.ts";

// Korean attaches particles and endings to the word: "중국에서", "서비스를", "철수했다". Patterns
// are stems followed by any letters; the verb comes last, so most rules read "object … verb".
// Folding leaves Hangul as it is and lowercases Latin ("SK하이닉스" → "sk하이닉스").
const L = "\\p{gc=L}";
const W = `${L}*`;
/** Up to ten words: a long object ("중국 다롄 공장을 포함한 인텔의 … 사업 부문을") sits between. */
const FAR = "(?:\\s+\\S+){0,10}?\\s+";
/** Bullets that open a page's furniture headings ("■ 관련기사", "▶ 많이 본 뉴스"): symbols, not punctuation. */
const BULLET = "[■□◆◇●○◎▼▽▲△▶►▷★☆◉※☞]*\\s*";
/**
 * "텐센트와 손잡고 내놓은 중국판 서비스": a partner named with the product sits between the actor
 * and the move; the rule that reads it opens the span at the partner, so the actor stays first.
 */
const WITH_PARTNER = `\\S+(와|과|와의|과의) (손잡고|손잡은|함께|합작해|합작으로|합작한|공동으로|공동 개발한|제휴해|제휴한|협력해) (\\S+ ){0,4}?`;

/** China as a word, with whatever particle follows: 중국, 중국에서, 중국의, 中. */
const CN = `(중국|中|중화인민공화국)${W}`;
/** China as the place where something happens: 중국에서, 중국 내, 중국 본토에서. */
const IN_CN = `(중국|中)(에서|에선|에서는|에서도|내|내에서| 내| 내에서| 본토에서| 본토| 현지에서| 시장에서)(?!${L})`;
/** 접다 ("fold up") without 접속 ("connect"). */
const FOLD = `(접는${W}|접었${W}|접기로|접겠${W}|접고)`;
const STOP = `(중단|중지|종료|멈추${W}|멈춘|멈췄${W}|보류|동결|철수|${FOLD}|끝내${W}|끝냈${W}|그만${W})`;
const SALE = `(판매|출하|수출|공급|납품|배송|직판|유통|판매·공급)${W}`;
const CHINESE_STATE = `((중국|中|베이징|중국 공산당)${W} (정부|당국|규제 ?당국|감독 ?당국|인터넷 ?당국|사이버 ?당국|관영 매체|공산당)${W}|[가-힣]*(중급)?인민법원${W}|(중국 )?(국가)?(인터넷정보판공실|인터넷 정보 판공실|사이버공간관리국|사이버 ?정보판공실|공업정보화부|공신부|시장감독관리총국|국가시장감독관리총국|상무부)${W}|(중국|中) 당국${W}|베이징${W}|cac${W}|중국(이|은)(?= ))`;

/**
 * A named party that is not China itself nor Chinese customers: "화웨이에 대한 공급을 중단" is a
 * partnership cut, "중국에 대한 수출" or "중국 고객에게" a sales halt.
 */
const PARTY = `\\S+(?<!중국|中|시장|고객|고객사|소비자|이용자|사용자|지역|국가|현지|기업|기업들|업체들|전 세계|해외)(에 대한|에게|에의|으로의|로의|향)`;
const SUPPLY = `(공급|납품|출하|수출|판매|제공|라이선스 제공|기술 지원|지원|위탁 ?생산|파운드리 생산|서비스 제공)${W}`;

/** Country names with the particles Korean attaches to them ("미국의", "인도 정부는" needs none). */
const PARTICLES = [
  "의",
  "은",
  "는",
  "이",
  "가",
  "에",
  "에서",
  "에선",
  "과",
  "와",
  "을",
  "를",
  "도",
  "으로",
  "로",
  "산",
  "측",
  "계",
];
const COUNTRIES: Record<string, string> = {
  미국: "US",
  일본: "JP",
  한국: "KR",
  인도: "IN",
  대만: "TW",
  홍콩: "HK",
  러시아: "RU",
  베트남: "VN",
  영국: "GB",
  독일: "DE",
  프랑스: "FR",
  싱가포르: "SG",
  캐나다: "CA",
  호주: "AU",
  북한: "KP",
  美: "US",
  日: "JP",
  韓: "KR",
};
const countries: Record<string, string> = {};
for (const [name, code] of Object.entries(COUNTRIES)) {
  countries[name] = code;
  for (const particle of PARTICLES) countries[name + particle] = code;
}

/** Korean. */
export const ko: Lexicon = {
  language: "ko",
  spaced: true,
  dropsSubjects: true,
  verbFinal: true,
  countries,
  nouns: {
    service: {
      store: [`(오프라인 |온라인 |직영 |플래그십 )?(매장|스토어|점포|서점|직영점|쇼핑몰)${W}`],
      website: [`(웹사이트|사이트|중국판|현지 버전|포털|소셜미디어|sns)${W}`],
      service: [`(서비스|플랫폼|오픈마켓)${W}`],
      app: [`(앱|애플리케이션|어플)${W}`],
      office: [
        `(사무소|사무실|지사|지점|공장|연구소|연구개발센터|r&d ?센터|데이터센터|(설계|개발|연구|디자인)센터|(엔지니어링|연구개발|r&d|개발|연구|설계|디자인|소프트웨어) ?(팀|그룹|조직)|생산라인|생산 라인|생산시설|생산 시설|사업장|본부)${W}`,
      ],
      production: [`(생산|제조)${W}`],
      business: [`(자회사|현지 법인|현지법인|법인|사업부|합작사|합작법인)${W}`],
      product: [`(제품|게임|서버)${W}`],
    },
    merchant: [
      `(판매자|판매업자|셀러|입점 ?업체|입점 ?업자|공급 ?업체|납품 ?업체|상인|가맹점|브랜드)${W}`,
    ],
    relation: [
      `(협력|제휴|파트너십|계약|거래(?!소)|관계(?!자)|협약|합의|라이선스|라이센스|사용권|공급 ?계약|합작|연동|통합|채택|구매|조달|발주|주문)${W}`,
    ],
    stake: [
      `(지분|주식|보유 ?지분|보유 ?주식|경영권)${W}`,
      `\\d+([.]\\d+)? ?%(의)? (지분|주식)${W}`,
    ],
  },
  actions: [
    // Supply, licences or support cut off for a named party (Huawei, ZTE, SMIC…).
    {
      type: "partnership-cut",
      pattern: `${PARTY}(?: \\S+){0,4}? ${SUPPLY}(?: \\S+){0,3}? ${STOP}`,
    },
    {
      type: "partnership-cut",
      pattern: `\\S+(?<!중국|中|시장|고객|고객사|소비자|이용자|사용자|지역|국가|현지|해외)에(게)? (\\S+ ){0,3}(공급|납품|출하|수출|판매|제공)(하지|되지) (않${W}|못${W})`,
    },

    // Exit: "중국 시장에서 철수", "중국에서 손을 뗀다", "중국 사업을 접는다".
    {
      type: "exit",
      pattern: `${CN} ((본토|시장|사업|현지|내수)${W} )*(에서 )?(완전${W} |전면 |사실상 |결국 |모두 )?(철수(?!설|론|하지 않|할 계획이 없|할 생각이 없|는 없|를 부인|설을 부인| 계획 없)|떠나${W}|떠났${W}|떠난${W}|손을 떼${W}|손을 뗐${W}|손을 뗀${W}|손 떼${W}|발을 빼${W}|발을 뺐${W}|발 빼${W}|탈출${W}|빠져나${W}|물러나${W}|물러났${W}|퇴장${W}|짐을 싸${W}|짐 싸${W}|짐을 쌌${W})`,
    },
    {
      type: "exit",
      pattern: `${CN} ((본토|현지)${W} )?(사업|영업|운영|사업장 운영|모든 사업|모든 영업|서비스 제공|영업 활동)${W}${FAR}(중단|중지|종료|${FOLD}|정리|청산|철수|끝내${W}|끝냈${W}|철회)`,
    },
    { type: "exit", pattern: `${IN_CN}${FAR}(서비스|사업) 제공${W} ${STOP}` },
    {
      type: "exit",
      pattern: `${IN_CN}${FAR}(사업|영업|운영|사업장)${W} (완전${W} |전면 |모두 )?(철수(?!설)${W}|${FOLD}|정리${W}|청산${W}|철회${W})`,
    },

    // Sales halt, direct sales first.
    {
      type: "sales-halt",
      pattern: `(직접 판매|직판|직영 판매|온라인 직판|직접 구매)${W} … ${STOP}`,
      what: "direct sales",
    },
    {
      type: "sales-halt",
      pattern: `직접 (판매|구매|구입)${W} (수 없|못|않)`,
      what: "direct sales",
    },
    { type: "sales-halt", pattern: `${SALE} … ${STOP}` },
    { type: "sales-halt", pattern: `${SALE}(하지|할 수|되지) (않${W}|없${W}|못${W})` },
    {
      type: "sales-halt",
      pattern: `더 이상 … (판매|공급|수출|팔|납품)${W} (않${W}|없${W}|못${W})`,
    },
    { type: "sales-halt", pattern: `(구매|구입|주문)${W} (수 없${W}|불가${W}|못${W})` },
    { type: "sales-halt", pattern: `(판매|출하|수출|공급) ?(중단|중지|보류)${W}` },
    {
      type: "sales-halt",
      pattern: `(신규 )?(주문|예약|수주|예약 판매)${W} (\\S+ )?(받지 않${W}|중단${W}|중지${W}|접수 중단${W})`,
    },
    // Export licences now required: "중국 수출 시 허가를 받아야 한다".
    {
      type: "sales-halt",
      pattern: `(수출|판매|출하|공급)${W} … (허가|승인|라이선스|라이센스)${W} (\\S+ )?(필요${W}|받아야${W}|의무화${W}|취득해야${W}|받도록${W})`,
    },
    {
      type: "sales-halt",
      pattern: `(팔지 않${W}|팔지 못${W}|들여오지 않${W}|판매하지 않기로|출시하지 않기로)`,
    },

    // Blocked by the Chinese state (before restrictions: "중국 당국이 … 제한" is a block).
    // "정부 조달 목록에서 제외": the state no longer buys it.
    {
      type: "blocked",
      pattern: `조달 ?(목록|리스트|대상|명단)에서 (제외${W}|빠졌${W}|빠져${W}|삭제${W}|사라졌${W})`,
      what: "government procurement",
    },
    {
      type: "blocked",
      pattern: `${IN_CN}${FAR}(작동하지 않${W}|작동이 멈${W}|먹통${W}|막혔${W}|막힌${W}|막혀${W}|불통${W}|접속 장애${W}|차단됐${W}|차단된${W}|차단돼${W}|차단되${W}|접속이 안 되${W}|접속되지 않${W}|(접속|연결)(이|은)? (이뤄지지|이루어지지) 않${W}|연결되지 않${W}|이용할 수 없게${W}|사용할 수 없게${W}|접속할 수 없${W}|검열${W})`,
    },
    {
      type: "blocked",
      pattern: `(중국|中)(은|이|도|정부는|정부가|정부도|당국은|당국이|당국도)${FAR}(접속|접근|서비스|앱|사이트|이용|사용)${W} (\\S+ )?(차단${W}|금지${W}|막${W}|봉쇄${W}|퇴출${W})`,
    },
    {
      type: "blocked",
      pattern: `${CHINESE_STATE}${FAR}(금지${W}|차단${W}|퇴출${W}|삭제${W}|제재${W}|봉쇄${W}|불허${W}|명령${W}|지시${W}|명${W}|사용 중지${W}|구매 중단${W}|(구매|사용|판매)(하는 것을|를|을)? (금지|중단|중지)${W}|블랙리스트${W}|신뢰할 수 없는 기업${W})`,
    },
    {
      type: "blocked",
      pattern: `${IN_CN} … (차단${W}|금지${W}|접속이 막${W}|접속할 수 없${W}|접속 불가${W}|퇴출${W})`,
    },
    {
      type: "blocked",
      pattern: `(만리방화벽|만리장성 방화벽|방화장성|그레이트 ?파이어월|황금방패)${W}`,
    },
    // "모든 서비스가 막혔다", "접속이 차단됐다": the service cut off from outside, in the passive.
    {
      type: "blocked",
      pattern: `(서비스|접속|연결|접근|앱|사이트|웹사이트|메신저|페이지|포털)(가|이|은|는|도) (\\S+ ){0,2}?(막혔${W}|막혀${W}|막힌${W}|막히${W}|끊겼${W}|끊겨${W}|끊긴${W}|차단됐${W}|차단돼${W}|차단된${W}|차단되${W}|먹통이 됐${W}|먹통${W}|불통${W})`,
    },
    // "네이버의 모든 서비스에 접속할 수 없는 상태다": the service out of reach.
    {
      type: "blocked",
      pattern: `(서비스|사이트|웹사이트|앱|포털|페이지)(에|에는|에도) (접속|접근)(할 수 없${W}|이 안 되${W}|이 불가능${W}|되지 않${W}|하지 못하${W})`,
    },

    // Restrictions on sign-ups and features.
    {
      type: "restriction",
      pattern: `(신규 )?((회원|이용자|사용자|고객|가입자) )?(가입|등록|회원가입|계정 개설|계정 생성)${W} … (중단${W}|중지${W}|제한${W}|막${W}|차단${W}|받지 않${W}|받지 않기로)`,
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `신규 (회원|이용자|사용자|고객|가입자)${W} … (받지 않${W}|모집${W} 중단${W}|제한${W})`,
      what: "sign-ups",
    },
    {
      type: "restriction",
      pattern: `(기능|접근|이용|사용|접속|권한)${W} … (제한${W}|비활성화${W}|불가${W}|못하게${W}|할 수 없${W}|막${W})`,
      what: "access",
    },
    {
      type: "restriction",
      pattern: `${IN_CN} … (제공하지 않${W}|제공되지 않${W}|이용할 수 없${W}|사용할 수 없${W}|제공 불가${W})`,
      what: "access",
    },
    { type: "restriction", pattern: `\\S+(을|를) (일부 |대폭 |크게 )?제한${W}` },
    // "앱 100여 개를 중국 앱스토어에서 삭제했다": apps taken out of a store.
    {
      type: "restriction",
      pattern: `(앱 ?스토어|앱 ?마켓|구글 ?플레이|플레이 ?스토어|app ?store)(에서|서) (\\S+ ){0,3}?(삭제${W}|퇴출${W}|내렸${W}|내려${W}|제거${W}|사라졌${W})`,
      what: "app store listings",
    },

    // Seller bans.
    {
      type: "seller-ban",
      pattern: `{merchant} … (계정${W} … )?(정지${W}|폐쇄${W}|차단${W}|퇴출${W}|삭제${W}|금지${W}|퇴점${W}|쫓아${W}|내쫓${W}|제재${W}|영구 정지${W}|중단${W})`,
      what: "sellers",
    },
    {
      type: "seller-ban",
      pattern: `(계정 정지|계정 폐쇄|입점 금지|판매 금지 조치)${W}`,
      what: "sellers",
    },

    // Partnership cuts.
    {
      type: "partnership-cut",
      pattern: `로그인${W} (할 수 없${W}|불가${W}|안 되${W}|못${W})`,
      what: "log-in integration",
    },
    {
      type: "partnership-cut",
      pattern: `{relation} … (중단${W}|종료${W}|해지${W}|파기${W}|철회${W}|취소${W}|끊${W}|단절${W}|결별${W}|동결${W}|보류${W}|해제${W}|끝내${W}|끝냈${W}|종결${W}|백지화${W})`,
    },
    {
      type: "partnership-cut",
      pattern: `(거래 중단|거래 금지|관계 단절|결별|손절|단교|디커플링|계약 해지|재계약하지 않|계약을 연장하지 않|제휴 종료|협력 종료)${W}`,
    },

    // Divestment. "A는 B의 사업 부문을 인수" is B selling: the owner named just before is the actor.
    // A unit spun off as a company of its own leaves the parent: a divestment.
    { type: "divestment", pattern: `분사(시키|시켜|시켰|시킨|하기로|키로|했다|한다|됐다|된)` },
    {
      type: "divestment",
      pattern: `(?<=의\\s+(?:\\S+\\s+){0,3})(사업|사업부|부문|공장|자회사|법인|사업장|생산시설|합작사|합작법인)${W}${FAR}(인수${W}|사들${W}|넘겨받${W}|매입${W})`,
    },
    {
      type: "divestment",
      pattern: `({stake}|(사업|사업부|부문|공장|자회사|법인|자산|사업장|생산시설|합작사|합작법인)${W})${FAR}(매각${W}|처분${W}|양도${W}|팔았${W}|팔아${W}|팔기로|팔겠${W}|판다|팔 계획|넘기${W}|넘겼${W}|넘긴${W}|청산${W}|분사${W})`,
    },
    { type: "divestment", pattern: `(지분|사업|공장|자회사|법인) (매각|처분|양도|정리)${W}` },
    {
      type: "divestment",
      pattern: `(중국|현지|中) (사업|법인|사업부|자회사|합작사|합작법인)${W}${FAR}(합병${W}|통합${W}|넘기${W}|넘겼${W}|분할${W}|분리${W}|떼어${W}|분사${W})`,
    },

    // Stakes taken (other).
    {
      type: "other",
      pattern: `{stake} … (인수${W}|매입${W}|취득${W}|사들${W}|확보${W}|늘리${W}|늘렸${W})`,
      what: "buys a stake in",
    },
    { type: "other", pattern: "지분 투자", what: "invests in" },

    // Shutdowns, last: they are the most generic.
    {
      type: "shutdown",
      pattern: `${WITH_PARTNER}{service} … (종료${W}|폐쇄${W}|중단${W}|철수${W}|닫${W}|${FOLD}|폐지${W}|문을 닫${W}|셧다운${W})`,
    },
    {
      type: "shutdown",
      // "설계센터의 엔지니어링 그룹을 정리": a site or team wound down.
      pattern: `{service} … (종료${W}|폐쇄${W}|중단${W}|철수${W}|닫${W}|${FOLD}|폐지${W}|문을 닫${W}|철거${W}|셧다운${W}|정리하${W}|정리했${W}|정리한${W}|정리키로|정리할${W}|해체${W}|해산${W})`,
    },
    { type: "shutdown", pattern: `(서비스|운영|영업) ?(종료|중단)${W}` },
    {
      type: "shutdown",
      pattern: `(폐점${W}|폐업${W}|문을 닫${W}|문 닫${W}|가동 중단${W}|가동을 멈${W}|가동을 중단${W}|셧다운${W}|철수${W}하고)`,
    },
  ],
  china: [
    `(중국|中|중화인민공화국)${W}`,
    `베이징${W}`,
    `상하이${W}`,
    `광저우${W}`,
    `항저우${W}`,
    `청두${W}`,
    `우한${W}`,
    `다롄${W}`,
    `톈진${W}`,
    `난징${W}`,
    `쑤저우${W}`,
    `충칭${W}`,
    `선전시${W}`,
    `방중${W}`,
    `대중국${W}`,
    `미중${W}`,
    `한중${W}`,
    // Chinese state organs stand for China.
    `(국가)?(인터넷정보판공실|인터넷 정보 판공실|사이버공간관리국|공업정보화부|공신부|시장감독관리총국)${W}`,
  ],
  mainland: [`본토${W}`, `대륙${W}`],
  anaphors: [
    `(이|해당|같은|동|양) (회사|기업|업체|플랫폼|브랜드|그룹|게임사|제조사|앱|서비스|메신저)${W}`,
    `(이|해당) (미국|일본|한국|외국|글로벌) (회사|기업|업체|플랫폼)${W}`,
    `동사${W}`,
    `(회사|업체|기업) 측${W}`,
    `회사 관계자${W}`,
  ],
  hedges: [
    // "강제 퇴출설": talk of a move, not the move.
    `(퇴출|철수|폐쇄|매각|차단|금지|중단|철회)설`,
    `가능성${W}`,
    `수도 있${W}`,
    `검토${W}`,
    `고려(하|중|할|해|한)${W}`,
    `협상${W}`,
    `논의${W}`,
    `소문${W}`,
    `루머${W}`,
    `관측${W}`,
    `부인${W}`,
    `사실무근${W}`,
    // A letter of intent, and a filing that clarifies a report, are not a sale.
    `(인수)?의향서${W}`,
    `해명 공시${W}`,
    `결정된 (바|것이|사항이?) 없${W}`,
    `사실이 아니${W}`,
    `일축${W}`,
    `철수설${W}`,
    `매각설${W}`,
    `(철수|폐쇄|중단|매각)(할|하는) 계획(은|이)? 없${W}`,
    // "철수할 것으로 알려졌다": the future ending is glued to the verb before it.
    `${W}(할|될) 것으로 (보인${W}|보여${W}|예상${W}|전망${W}|관측${W}|알려${W}|전해${W})`,
    `반박${W}`,
    `위협${W}`,
    "만약",
    "만일",
    `경우${W}`,
    `계획(은|이)? 없${W}`,
    `영향(은|이|을)? (없|받지 않)${W}`,
    `대상에서 제외${W}`,
    `소식통${W}`,
    // Attribution alone ("보도에 따르면", "전해졌다") reports a fact; with a plan or a maybe it is hearsay.
    `(소식통|보도)(에 따르면|은|는|들은)? ${FAR}(계획${W}|방침${W}|예정${W}|의향${W}|방안${W})`,
    `추측${W}`,
    `가정${W}`,
    `(할지|될지|인지) (여부|주목)${W}`,
  ],
  background: [
    `이미`,
    `앞서`,
    `과거${W}`,
    `당시${W}`,
    `이전${W}`,
    `예전${W}`,
    `한때`,
    `일찍이`,
    `처음${W}`,
    `그 ?후`,
    `이후${W}`,
    `그로부터`,
    `\\d+년 전`,
    `(몇|수) ?년 (전|후|뒤)`,
    `거슬러 올라${W}`,
    `지난 \\d{4}년`,
    `이래${W}`,
    `최초${W}`,
  ],
  entries: [
    `진출${W}`,
    `진입${W}`,
    `출시${W}`,
    `론칭${W}`,
    `런칭${W}`,
    `개설${W}`,
    `개장${W}`,
    `오픈${W}`,
    `설립${W}`,
    `확대${W}`,
    `확장${W}`,
    `재진출${W}`,
    `복귀${W}`,
    `재개${W}`,
    `문을 열${W}`,
    `공략${W}`,
    `선보${W}`,
    `손잡${W}`,
    `합작사를 (설립|세우)${W}`,
  ],
  companyMarkers: {
    before: [`(회사|기업|업체|그룹|기업체)`],
    after: [
      "\\(주\\)",
      "\\(주\\)",
      "주식회사",
      `그룹${W}`,
      `홀딩스${W}`,
      `코리아${W}`,
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
  future: ["예정", "계획"],
  reportedBy: [
    "(관련 |국내 |해외 )?(업계|재계|소식통|관계자|외신|보도|증권가|금융투자업계|정보기술\\(it\\)업계|it업계)(들)?(에|의)? ?(따르면|의하면)",
  ],
  effective: ["오는", "늦어도", "빠르면", "기한인"],
  // Korean particles follow the date: "11월 1일부터", "올해 안에", "연내에".
  effectiveAfter: ["부터", "안에", "까지", "내로"],
  dates: {
    years: { 재작년: -2, 지지난해: -2, 지난해: -1, 작년: -1, 올해: 0, 금년: 0, 내년: 1 },
    connectors: ["지난", "올해", "작년", "지난해"],
    lastMonth: ["지난"],
    few: ["몇", "수", "여러"],
    numbers: {
      한: 1,
      두: 2,
      세: 3,
      석: 3,
      네: 4,
      넉: 4,
      다섯: 5,
      여섯: 6,
      일곱: 7,
      여덟: 8,
      아홉: 9,
      열: 10,
      열두: 12,
      같은: 0,
    },
    units: {
      일: "day",
      날: "day",
      주: "week",
      주일: "week",
      개월: "month",
      달: "month",
      년: "year",
      해: "year",
      // Words for one day or month, counted as a unit with its offset; the templates below read
      // them with a particle attached ("이날부터", "지난주에"), which CLDR's phrases do not allow.
      오늘: ["day", 0],
      금일: ["day", 0],
      어제: ["day", 1],
      전날: ["day", 1],
      이날: ["day", 0],
      당일: ["day", 0],
      그날: ["day", 0],
      이튿날: ["day", 1],
      다음날: ["day", 1],
      "다음 날": ["day", 1],
      지난주: ["week", 1],
      "지난 주": ["week", 1],
      이번주: ["week", 0],
      "이번 주": ["week", 0],
      지난달: ["month", 1],
      "지난 달": ["month", 1],
      이달: ["month", 0],
      이번달: ["month", 0],
      "이번 달": ["month", 0],
      그달: ["month", 0],
      다음달: ["month", 1],
      "다음 달": ["month", 1],
      지난해: ["year", 1],
      작년: ["year", 1],
      올해: ["year", 0],
      금년: ["year", 0],
      내년: ["year", 1],
    },
    relative: [
      // "5개월 만에 접었다" counts from something the sentence names (a launch), never from today.
      { pattern: "(그로부터 )?{n} ?{unit} 뒤", sign: 1, anchor: "previous" },
      { pattern: "(그로부터|그 후|이후) {n} ?{unit} 만에", sign: 1, anchor: "previous" },
      { pattern: "(?=오늘|금일|이번 ?주|이번 ?달|이달){unit}", sign: 1, anchor: "publication" },
      { pattern: "(?=어제|지난 ?주|지난 ?달){unit}", sign: -1, anchor: "publication" },
      { pattern: "(?=다음 ?달){unit}", sign: 1, anchor: "publication" },
      { pattern: "(?=이날|당일|그날|그달){unit}", sign: 1, anchor: "previous" },
      // "같은 달" (the same month): 같은 counts as zero.
      { pattern: "(?=같은 ?(달|날|주)){n} ?{unit}", sign: 1, anchor: "previous" },
      { pattern: "(?=전날){unit}", sign: -1, anchor: "previous" },
      { pattern: "(?=이튿날|다음 ?날){unit}", sign: 1, anchor: "previous" },
      { pattern: "그로부터 {n} ?{unit} 후", sign: 1, anchor: "previous" },
      { pattern: "그 {n} ?{unit} 전", sign: -1, anchor: "previous" },
      { pattern: "{n} ?{unit} (전|앞서)", sign: -1, anchor: "publication" },
      {
        pattern: "(향후|앞으로) {n} ?{unit} (안에|내에|이내에|내)",
        sign: 1,
        anchor: "publication",
      },
      // "지난해에는", "올해부터": a year word with a particle and no month after it. Before a month
      // ("지난해 3월") the year words below join the month instead.
      { pattern: "(?=(작년|지난해)(?! ?\\d{1,2}월)){unit}", sign: -1, anchor: "publication" },
      { pattern: "(?=(올해|금년)(?! ?\\d{1,2}월)){unit}", sign: 1, anchor: "publication" },
      { pattern: "(?=내년(?! ?\\d{1,2}월)){unit}", sign: 1, anchor: "publication" },
    ],
    thatSuffix: [],
    sameYear: ["같은 해", "그해", "그 해", "동년", "당해"],
    // Stamps pad the month: "2014년 07월 03일".
    months: [
      ["01월"],
      ["02월"],
      ["03월"],
      ["04월"],
      ["05월"],
      ["06월"],
      ["07월"],
      ["08월"],
      ["09월"],
    ],
    recent: ["최근", "얼마 전", "근래", "최근 들어"],
    approximate: ["약", "대략", "거의"],
  },
  boilerplate: [
    "광고",
    "사진",
    "기자",
    "공유하기",
    "구독",
    "좋아요",
    "기사제보",
    "페이스북",
    "트위터",
    "카카오톡",
    "이 기사를 추천합니다",
    "(c|©|\\(c\\))?\\s*(무단 ?전재|무단 ?복제|저작권자).*",
    "(입력|수정|기사입력|승인|등록|업데이트)\\s*:?\\s*\\d.*",
    "(사진|그래픽|자료|영상편집|촬영|출처|제공)\\s*[:=/|].*",
    "[▶☞■©].*",
    "(카카오스토리|네이버블로그|밴드|링크복사|url ?복사|글자 ?크기|인쇄|스크랩|가|가나다)",
    "(저작권|copyright).*",
  ],
  stopAt: [
    "관련 ?기사",
    "관련 ?뉴스",
    "많이 본 뉴스",
    "인기 기사",
    "댓글",
    "추천 기사",
    "이 시각 주요뉴스",
    "다른 기사 보기",
    "기자의 다른 기사",
    "함께 볼 만한 뉴스",
    "주요 뉴스",
    "많이 본 기사",
    "실시간 인기",
    "이 시각 인기",
    "오늘의 주요",
    "랭킹 ?뉴스",
    "포토 ?뉴스",
    "독자 ?의견",
    "기자 ?프로필",
    "뉴스레터",
    "함께 읽(으면|을 만한)",
  ].map((item) => BULLET + item),
  outlet: [
    "^(?:출처|자료)\\s*[:：]\\s*(?<outlet>[^\\n]{2,60}?)\\s*$",
    // "(서울=연합뉴스) 홍길동 기자 = 중국에서…" opens the lead: only a credit standing alone is furniture.
    "^\\s*[(\\[][^)\\]=\\n]{0,10}=(?<outlet>[^)\\]\\n]{2,15})[)\\]]\\s*(\\S{2,4}\\s*(기자|특파원)\\s*=?\\s*)?$",
  ],
};
