import { traditional as t } from "./traditional.ts";
import type { ActionRule, Lexicon } from "./types.ts";

// Patterns are written in simplified characters; `t` lets each one also match the traditional
// forms Taiwan and Hong Kong use ("关闭" matches "關閉"). Folding leaves Chinese characters
// alone. Without spaces, `…` is a gap of up to 16 characters.
const all = (items: readonly string[]) => items.map(t);

/** China, mainland China and "in China" (在华, not 在华为). */
const CN = "(中国大陆|中国内地|中国|大陆|内地|华(?!为|尔街|盛顿|纳|人|裔|侨|语))";
const STOP = "(停止|终止|结束|关闭|关停|暂停|中止|全面停止|逐步停止)";
const SALE = "(销售|出售|售卖|贩售|发售|供货|供应|发货|出货|出口|交付|直供)";
/** Another country's government banning Chinese apps is no Chinese block ("印度政府", "美国商务部"). */
const FOREIGN =
  "(?<!印度|美国|日本|韩国|欧盟|英国|德国|法国|台湾|越南|俄罗斯|澳大利亚|澳洲|加拿大|荷兰|美|印|韩|英|欧|台)";
/** A government or regulator as the subject of a ban; the verb may come 30 characters later. */
const GOVERNMENT =
  FOREIGN +
  "(中国政府|中国当局|政府|当局|人民法院|法院|国家网信办|中央网信办|网信部门|国家新闻出版署|文化和旅游部|文旅部|国家广播电视总局|监管部门|监管机构|监管层|主管部门|有关部门|相关部门|网信办|国家互联网信息办公室|工信部|工业和信息化部|商务部|市场监管总局|国家市场监督管理总局|国家安全部|公安部|发改委|北京(?!时间)|中方|官方|审查机构|广电总局|新闻出版署)";
const FAR = ".{0,30}?";
/** Bullets that open a page's furniture headings ("■相关阅读", "▼热门推荐"): symbols, not punctuation. */
const BULLET = "[■□◆◇●○◎▼▽▲△▶►▷★☆◉※#]*\\s*";
/** A denial or negation just before the verb ("否认退出中国", "不会撤出"); "不得不退出" is no denial. */
const NOT = "(?<!否认|否定|辟谣|不会|没有|并未|无意|不打算|拒绝|未曾|从未|(?<!得)不)";
/** A party that is not China itself nor its customers: "向华为供货" is a partnership cut, "向中国客户供货" a sales halt. */
const PARTY = `(?!其|该|所有|全部|部分|现有|旧|老|${CN}|国内|境内|当地|本地|客户|用户|消费者|市场|全球|海外|大陆)`;
/** Stopping, refusing, no longer: the verbs that cut supply to a party. */
const CUT =
  "(停止|暂停|中止|终止|切断|断绝|拒绝|不再|无法再|不能再|不打算(再|继续)?|不会(再|继续)|将不再)";

/** Chinese, simplified and traditional. */
export const zh: Lexicon = {
  language: "zh",
  spaced: false,
  dropsSubjects: true,
  countries: {
    美国: "US",
    美方: "US",
    日本: "JP",
    韩国: "KR",
    南韩: "KR",
    印度: "IN",
    台湾: "TW",
    臺灣: "TW",
    台灣: "TW",
    香港: "HK",
    澳门: "MO",
    俄罗斯: "RU",
    俄國: "RU",
    英国: "GB",
    德国: "DE",
    法国: "FR",
    越南: "VN",
    新加坡: "SG",
    美國: "US",
    韓國: "KR",
    英國: "GB",
    德國: "DE",
    法國: "FR",
    印尼: "ID",
    澳大利亚: "AU",
    澳洲: "AU",
    加拿大: "CA",
    欧盟: "EU",
  },
  nouns: {
    service: {
      store: all([
        "商店",
        "门店",
        "店铺",
        "网店",
        "书店",
        "零售店",
        "旗舰店",
        "专卖店",
        "体验店",
        "商城",
        "直营店",
        "门市",
        "线下店",
        "授权店",
        "购物中心",
      ]),
      website: all(["网站", "网页版", "中文版", "中国版", "本地版", "版本", "门户"]),
      service: all([
        "服务",
        "房源",
        "平台",
        "社交平台",
        "社交网络",
        "云服务",
        "搜索引擎",
        "电商平台",
        "商城业务",
        "邮箱",
        "邮件服务",
        "地图",
        "音乐",
        "搜索",
        "社区",
        "论坛",
        "博客",
        "直播",
        "网盘",
      ]),
      app: all(["应用程序", "应用", "软件", "客户端", "app", "小程序"]),
      office: all([
        "办公室",
        "办事处",
        "代表处",
        "工厂",
        "生产线",
        "研发中心",
        "研究院",
        "研究中心",
        "实验室",
        "数据中心",
        "总部",
        "门店",
        "研发团队",
        "团队",
        "中国区",
        "分部",
        "分支机构",
        "运营中心",
      ]),
      production: all(["生产(业务|线)?", "制造业务"]),
      business: all(["子公司", "分公司", "业务部门", "部门", "合资公司", "业务"]),
      product: all(["产品", "游戏", "服务器", "项目"]),
    },
    merchant: all([
      "卖家",
      "商家",
      "商户",
      "卖方",
      "供应商",
      "品牌",
      "第三方卖家",
      "(卖家|商家)(的)?(店铺|账户|账号)",
      "店主",
    ]),
    relation: all([
      "合作关系",
      "伙伴关系",
      "合作",
      "协议",
      "合同",
      "合约",
      "授权",
      "许可证",
      "许可",
      "关系",
      "联系",
      "往来",
      "联盟",
      "整合",
      "合资",
      "采购",
      "订单",
      "供货关系",
      "采用计划",
      "采购计划",
      "业务往来",
    ]),
    stake: all([
      "股份",
      "股权",
      "持股",
      "股票",
      "全部股",
      // A fund's units: "所持48.91%合伙份额".
      "(合伙)?份额",
      "\\d+([.]\\d+)?%(的)?(股份|股权|股票|权益|股|(合伙)?份额)",
      "百分之.{1,6}(的)?(股份|股权)",
    ]),
  },
  actions: (
    [
      // Exit: "退出中国市场", "撤出中国", "关闭在华业务", "停止在中国大陆提供……业务".
      {
        type: "exit",
        pattern: `${NOT}(退出|撤出|撤离|离开|告别|淡出|逃离)(了)?${CN}(的)?(市场|业务)?`,
      },
      // "旗下全部产品和服务……已无法在中国大陆访问", "服务不再向中国大陆用户提供".
      {
        type: "exit",
        pattern: `(全部|所有|一切)(的)?(产品|服务|产品和服务).{0,12}?(已|将)?(无法|不能|不再)(在${CN})?(访问|使用|提供)`,
      },
      {
        type: "exit",
        pattern: `服务不再向${CN}(的)?(用户|地区)?提供`,
      },
      {
        type: "exit",
        pattern: `${NOT}(退出|撤出|撤离|离开|告别|淡出)(了)?(在华|在中国|中国|大陆|内地)(的)?(市场|业务)`,
      },
      {
        type: "exit",
        pattern: `${STOP}(了)?(其|所有|全部|一切)?(在)?${CN}(的)?(所有|全部|一切)?(业务|运营|营运|经营)`,
      },
      { type: "exit", pattern: `${STOP}(了)?(其)?(在|于)${CN}…(提供|开展|运营|经营)…(业务|服务)` },
      { type: "exit", pattern: `${NOT}(退出|撤出)(了)?(其)?…${CN}(的)?市场` },
      {
        type: "exit",
        pattern: `${NOT}(全面|彻底|正式|完全|逐步)?(撤出|撤离|逃离|撤退出)(了)?…${CN}`,
      },
      {
        type: "exit",
        pattern: `${CN}(的)?(市场|业务|之旅|生涯)…(画上句号|划上句号|落下帷幕|告终|谢幕|退场|离场|撤场|黯然离场)`,
      },
      {
        type: "exit",
        pattern: `${NOT}(撤出|退出|撤离)(在华|在中国|中国|大陆|内地)(的)?(全部|所有)?(业务|运营|市场)`,
      },

      // A named partner's log-in or sharing cut off ("微信登录用不了了", "未获得微信登录权限").
      {
        type: "partnership-cut",
        pattern:
          "(登录|登陆|授权登录|分享)(按钮|功能|入口|权限|接口|选项|服务)?.{0,12}?(用不了|不能用|无法使用|失效|被封|被禁|被关闭|被取消|不可用|被移除|消失|被切断|无法登录)",
        what: "log-in integration",
      },
      {
        type: "partnership-cut",
        pattern:
          "(未|没有|尚未|不再)(获得|取得|开通|提供|支持).{0,8}?(登录|登陆|分享)(权限|接口|功能|服务)",
        what: "log-in integration",
      },
      {
        type: "partnership-cut",
        pattern:
          "(切断|关闭|取消|封禁|屏蔽|停用|暂停)(了)?.{0,10}?(登录|登陆|分享)(接口|权限|入口|功能|服务)",
        what: "log-in integration",
      },

      // Supply, orders and manufacturing cut off for a named party (Huawei, ZTE, SMIC…). The
      // party stays outside the matched span, after it, where the extractor reads the counterparty.
      {
        type: "partnership-cut",
        pattern: `${CUT}(继续)?(向|对|给|为|与)(?=${PARTY}.{1,14}?(供应|供货|出货|发货|交货|交付|提供|出售|销售|代工|生产|制造|授权|许可|更新|升级|技术支持))`,
      },
      {
        type: "partnership-cut",
        pattern: `${CUT}(继续)?(接受|接收|承接|接)(来自)?(?=${PARTY}.{0,10}?(订单|新订单|委托))`,
      },
      {
        type: "partnership-cut",
        pattern: `${CUT}(继续)?(出货|供货|供应|交货|发货|出售|卖)(给|予)${PARTY}`,
      },

      // Sales halt, direct sales first.
      {
        type: "sales-halt",
        pattern: `${STOP}(了)?…(直销|直营销售|直接销售|直接向)`,
        what: "direct sales",
      },
      { type: "sales-halt", pattern: "不再(直接)?(向…)?直接(销售|出售)", what: "direct sales" },
      { type: "sales-halt", pattern: `(停止|暂停|中止|终止|叫停|停)(了)?(向|对|在|于)?…${SALE}` },
      {
        type: "sales-halt",
        pattern: `${SALE}(业务|活动)?(已|被|将|已经|宣告)?(暂停|停止|中止|叫停|终止)`,
      },
      { type: "sales-halt", pattern: `(不再|无法再|不能再|将不再)((在|向|对|往|于)…)?${SALE}` },
      { type: "sales-halt", pattern: `(无法|不能|不得)(在|向|对|往)${CN}…${SALE}` },
      // Export licences now required: "出口至中国必须事先取得许可证".
      {
        type: "sales-halt",
        pattern: `${SALE}(至|到|往|给)?.{0,40}?(须|必须|需|需要|均须|均需|都须|都需|要)(事先|提前|预先|先|另行)?(获得|取得|申请|获取|拿到|得到).{0,16}?(许可|许可证|执照|批准)`,
      },
      {
        type: "sales-halt",
        pattern:
          "(实施|实行|施加|提出|发布|收紧)(了)?(新的|新|更严格的)?出口(许可|许可证)(要求|规定|制度)",
      },
      {
        type: "sales-halt",
        pattern: `(停止|暂停|不再)(接受|承接|接)(来自)?(${CN}|国内|境内)(的)?(客户)?.{0,6}?(订单|新订单)`,
      },
      { type: "sales-halt", pattern: "(停止|暂停|中止)(接单|接受订单|预订|预售|订购)" },
      // "将停止为其生产7纳米芯片", "停止替中国客户代工": making for customers is selling to them.
      {
        type: "sales-halt",
        pattern: `(停止|暂停|中止|不再)(为|替|给)(其|他们|${CN}.{0,8}?客户|客户)(代工|生产|制造|供应|供货|出货)`,
      },
      { type: "sales-halt", pattern: "(无法|不能|不再能)(再)?(购买|买到|订购)" },
      {
        type: "sales-halt",
        pattern: "(下架|撤下)(了)?…(产品|商品|手机|芯片|型号|机型|系列|车型|电脑)",
      },
      { type: "sales-halt", pattern: "(停售|停产停售|断货)" },

      // Blocked by the Chinese state (before restrictions: "监管部门限制……" is a block).
      // "思科的产品已从政府采购清单中消失": the state no longer buys them.
      {
        type: "blocked",
        pattern:
          "(?<=采购.{0,80})((清单|名单|目录)(中|里|上)?|被(一并|一同)?)(消失|移出|剔除|删除|除名|踢出|拿掉|排除)",
        what: "government procurement",
      },
      {
        type: "blocked",
        pattern: `${GOVERNMENT}${FAR}(禁止|封禁|屏蔽|封锁|封杀|下架|叫停|关停|责令|勒令|命令|要求…(停止|下架|不得|删除|关闭)|不得|列入…(清单|名单)|禁用|停止采购)`,
      },
      {
        type: "blocked",
        pattern: `(在)?${CN}(境内)?…(被|遭|遭到)(当局|政府|监管部门)?(封禁|屏蔽|封锁|封杀|禁止|禁用|下架|约谈后下架)`,
      },
      {
        type: "blocked",
        pattern: `(在)?${CN}(境内)?…(无法访问|不能访问|无法打开|无法使用|无法连接|无法登录|连不上|打不开|上不去|被墙|访问受阻|访问中断|无法正常(访问|使用|连接))`,
      },
      { type: "blocked", pattern: "(被墙|不可靠实体清单)" },
      { type: "blocked", pattern: "(防火长城|长城防火墙|网络长城)", backdrop: true },

      // Restrictions on sign-ups and features.
      {
        type: "restriction",
        pattern:
          "(限制|暂停|停止|关闭|冻结|叫停|中止)(了)?…(新用户|新会员|新账户|新帐户|新增用户|用户注册|注册|开户|新客户)",
        what: "sign-ups",
      },
      {
        type: "restriction",
        pattern: "(注册|新用户注册|会员注册|开户)(功能|服务)?(已|被|将)?(暂停|停止|关闭|限制|冻结)",
        what: "sign-ups",
      },
      {
        type: "restriction",
        pattern: "(限制|禁用|关闭|移除|删除|取消|下线|屏蔽)(了)?…(功能|访问|权限|使用)",
        what: "access",
      },
      { type: "restriction", pattern: "(暂停|停止|不再)(提供|支持)?…功能", what: "access" },
      // "关掉这些地区的API流量", "OpenAI中国API服务终止": a developer platform's access cut off.
      {
        type: "restriction",
        pattern:
          "(关掉|关闭|切断|封锁|阻断|屏蔽|限制|停止|终止)(了)?[^,。;]{0,12}?api(流量|访问|服务|调用|接口)?|api(流量|访问|服务|调用|接口)(将|已|被)?(终止|停止|关闭|中断|切断)",
        what: "API access",
      },
      // A platform throttling a rival's links or content ("链接在微信里打不开", "仅自己可见").
      {
        type: "restriction",
        pattern:
          "(?<=(链接|外链|内容|视频).{0,24})(打不开|无法打开|被屏蔽|遭屏蔽|被封|被拦截|遭拦截|被限流|被限制|仅(自己|本人)可见)",
        what: "access",
      },
      { type: "restriction", pattern: "(仅(自己|本人)可见|限流|屏蔽外链)", what: "access" },
      {
        type: "restriction",
        pattern: `(锁区|区域限制|地区限制|不(对|向)(其)?${CN}(的)?(用户|地区|消费者)?开放|(对|向)${CN}(的)?(用户|地区)(关闭|屏蔽|隐藏))`,
        what: "access",
      },
      // Apps pulled from a Chinese app store.
      {
        type: "restriction",
        pattern:
          "(从|在)(其)?…(应用商店|app ?store|应用市场|应用商城|商店)(中|里|上|内)?…(下架|移除|删除|撤下)",
        what: "apps",
      },
      {
        type: "restriction",
        pattern: "(功能|访问|权限)(已|被|将)?(受到|受)?(限制|禁用|关闭|移除)",
        what: "access",
      },
      {
        type: "restriction",
        pattern: `(在|于|向)${CN}…不(会|再|予)?(提供|开放|推出)`,
        what: "access",
      },

      // Seller bans.
      {
        type: "seller-ban",
        pattern:
          "(封禁|封停|封杀|关闭|关停|下架|清退|移除|删除|冻结|暂停|禁止|屏蔽|驱逐|踢出|查封|封掉|封)(了)?…{merchant}",
        what: "sellers",
      },
      {
        type: "seller-ban",
        pattern: "{merchant}(的)?(店铺|账户|账号)?…(被|遭)(封|封禁|封停|关闭|冻结|下架|移除|清退)",
        what: "sellers",
      },
      { type: "seller-ban", pattern: "(封号|封店)(潮)?", what: "sellers" },

      // Partnership cuts.
      {
        type: "partnership-cut",
        pattern: "(无法|不能|不再能)(再)?…(登录|登陆)",
        what: "log-in integration",
      },
      {
        type: "partnership-cut",
        pattern:
          "(终止|结束|中止|暂停|切断|断绝|中断|停止|取消|解除|撤销|吊销|收回|冻结|搁置|叫停|撕毁|放弃|退出)(了)?…{relation}",
      },
      // "暂停了与华为之间涉及硬件、软件和技术服务转让的业务往来": dealings "with" a party may
      // be described at length before their noun.
      {
        type: "partnership-cut",
        pattern:
          "(终止|结束|中止|暂停|切断|断绝|中断|停止|取消|解除|冻结|搁置|叫停)(了)?(与|同|和|跟)[^,。;]{1,40}?{relation}",
      },
      {
        type: "partnership-cut",
        pattern:
          "{relation}(已|被|将|宣告)?(终止|中止|暂停|破裂|破局|告吹|取消|冻结|搁置|叫停|结束|谈崩|触礁)",
      },
      {
        type: "partnership-cut",
        pattern:
          "((?<!芯片|晶片|被|遭|遭到|面临|受到|担心|避免)断供|断交|分道扬镳|脱钩|解约|不再续约|未续约|拒绝续约|到期不续|未能(就)?续约|未能(就)?续签|续约谈判破裂|(不再|拒绝|未)(与|和|同|跟)[^,。;]{1,16}?(续约|续签)|终止授权|收回授权|停止授权|吊销授权)",
      },

      // Divestment.
      {
        type: "divestment",
        pattern:
          "(出售|售出|卖掉|卖出|转让|剥离|出让|处置|减持|清仓|抛售|变卖|转售|分拆|售予|售与|甩卖|出清|套现)(了)?…({stake}|业务|子公司|部门|资产|工厂|合资公司|股)",
      },
      {
        type: "divestment",
        pattern:
          "(将|把)(其|旗下)?…(业务|股份|股权|子公司|资产|工厂|部门|合资公司|{stake})…(出售|转让|出让|卖)(给|予)",
      },
      { type: "divestment", pattern: "(撤资|清仓|套现|退出…股东)" },
      // "以雅虎中国的全部业务……换取了阿里巴巴约40%的股份", "收购优步中国的全部资产".
      {
        type: "divestment",
        pattern: "以(其|旗下)?…(业务|资产|子公司)…换取",
      },
      {
        type: "divestment",
        pattern: "(收购|买下|接管)(了)?…(中国|在华)(的)?(全部|所有)?(业务|资产|运营)",
      },
      { type: "divestment", pattern: "(回售|卖回|售回)(了)?…(股份|股权|{stake})" },
      // Spun off or merged into a local firm: "从母公司中拆分出来", "在华业务并入…", "持有合并后公司的股份".
      { type: "divestment", pattern: "(拆分|分拆|剥离|分离)(出来|出去|出|为|成为|成|独立)" },
      {
        type: "divestment",
        pattern: `(在华|${CN}|本地|当地)(的)?(业务|子公司|分公司|运营|公司|部门)…(并入|合并|注入|转入|交由…(控股|运营))`,
      },
      {
        type: "divestment",
        pattern: "(控股权|控制权|多数股权|经营权|大部分股权)(转|交|让|移)(给|予|至|交|让)",
      },

      // Stakes taken (other).
      // "立讯精密收购纬创昆山工厂": told from the buyer's side, the seller follows the verb.
      {
        type: "divestment",
        pattern:
          "(收购|买下|购入|接手|接盘|入主|拟收购|将收购)(了)?.{1,14}?(工厂|厂区|厂房|业务|子公司|分公司|部门|生产线|生产基地|事业部)",
        sellerAfter: true,
      },
      // "捷普的中国业务将出售给比亚迪": the owner before is the seller.
      {
        type: "divestment",
        pattern:
          "(业务|工厂|子公司|部门|资产|生产基地)(将|已|被|已被|将被)?(整体)?(出售|转让|卖|出让)(给|予)",
      },
      {
        type: "other",
        pattern: "(收购|购买|买入|入股|增持|认购|获得|取得|买下|注资)(了)?…{stake}",
        what: "buys a stake in",
      },
      { type: "other", pattern: "(入股|注资|战略投资)", what: "buys a stake in" },

      // Shutdowns, last: they are the most generic.
      {
        type: "shutdown",
        pattern:
          "(关闭|关停|停止|终止|结束|停运|下线|停止运营|暂停|撤销|解散|裁撤|撤除|停用|停服)(了)?…{service}",
      },
      {
        type: "shutdown",
        pattern:
          "{service}(将|已|将于|已于|已经)?…(关闭|关停|停止运营|停运|下线|停止服务|终止服务|终止运营|解散|停服|关门|停业|歇业|关张|熄灯)",
      },
      {
        type: "shutdown",
        pattern: "(关门大吉|关门|闭店|歇业|停业|关张|撤店|熄灯|停服|停更|关站|停止运营|终止运营)",
      },
    ] satisfies ActionRule[]
  ).map((rule): ActionRule => ({ ...rule, pattern: t(rule.pattern) })),
  china: all([
    "中国",
    "中华人民共和国",
    "中国大陆",
    "中国内地",
    "大陆",
    "内地",
    "境内",
    "我国",
    "国内",
    "中方",
    "大中华",
    "(在|对|来|赴|驻|访|涉|离|撤|在华|中|华)华(?!为|尔街|盛顿|纳|人|裔|侨|语)",
    "华东",
    "华南",
    "华北",
    "北京(?!时间)",
    "上海",
    "深圳",
    "杭州",
    "广州",
    "成都",
    "武汉",
    "大连",
    "天津",
    "南京",
    "苏州",
    "重庆",
    "西安",
    // Chinese state organs stand for China: "网信办责令下架".
    "(国家|中央)?网信办",
    "工信部",
    "工业和信息化部",
    "(国家)?市场监(督)?管(理)?总局",
    "广电总局",
    "国家新闻出版署",
  ]),
  mainland: all(["大陆", "内地", "境内"]),
  anaphors: all([
    "该公司",
    "这家公司",
    "此公司",
    "该集团",
    "该平台",
    "该品牌",
    "该企业",
    "这家企业",
    "公司方面",
    "该网站",
    "该应用",
    "该巨头",
    "这家巨头",
    "这家美国公司",
    "该美国公司",
    "这家(美国|美|日本|日|韩国|韩|欧洲|德国|英国|法国|外国|外资)(公司|企业|厂商|巨头|科技巨头|芯片巨头)",
    "该(厂商|软件|服务|网站|社交平台|芯片巨头|科技巨头|美企|外企)",
    "这家(厂商|平台|网站|社交平台|芯片巨头|科技巨头|芯片制造商|搜索巨头|电商巨头)",
    "(美|外|日|韩)企",
    "公司(表示|称|宣布|回应|证实|发言人)",
  ]),
  hedges: all([
    "可能",
    "或将",
    "或许",
    "也许",
    "恐将",
    "考虑",
    "据传",
    "传闻",
    "传言",
    "谣言",
    "否认",
    "辟谣",
    "谈判",
    "磋商",
    "威胁",
    "如果",
    "假如",
    "若(?!干)",
    "一旦",
    "是否",
    // Attribution alone ("据知情人士透露") reports a fact; with a plan or a maybe it is hearsay.
    "(据|有)(知情人士|消息人士|知情者|接近.{0,12}?的人士).{0,20}?(计划|打算|准备|考虑|拟|或|可能|正在|酝酿)",
    "据传",
    "有消息称",
    "(传出|出现|流传).{0,20}?(说法|消息|传闻)",
    "说法(并)?不(准确|属实|实)",
    "不实",
    "不属实",
    "子虚乌有",
    "不予置评",
    "(暂无|尚无|没有|并无)(计划|打算|时间表)",
    "(并未|没有|未曾|从未|不会|不打算)(退出|撤出|离开|关闭|停止|撤离)",
    "假设",
    "倘若",
    "要是",
    "万一",
    "拟议",
    "没有(计划|打算)",
    "并无(计划|打算)",
    "无意",
    "不会(退出|撤出|离开)",
    "未受影响",
    "不受影响",
    // "外界猜测此举与监管有关" guesses at a reported move's reason; the move itself stands.
    "猜测(?!(此举|此舉|这一举动|這一舉動|这一决定|這一決定|原因|背后|背後|其原因|与|與|和))",
    "据报道称.{0,16}?(计划|打算|考虑|或将)",
  ]),
  background: all([
    "此前",
    "早在",
    "早前",
    "先前",
    "以前",
    "之前",
    "曾经",
    "曾(?!经理|任|是)",
    "过去",
    "当年",
    "当时",
    "彼时",
    "那时",
    "多年前",
    "\\d+年前",
    "(几|两|三|数)年(后|之后|以后)",
    "后来",
    "随后",
    "此后",
    "再往前",
    "回顾",
    "追溯",
    "上一次",
    "首次.{0,16}?(于|是在)",
    "自从",
    "以来",
  ]),
  // Getting round a block, beside a name of the Great Firewall: "apps to get around it".
  circumvent: [
    "翻越",
    "绕过",
    "绕开",
    "绕道",
    "突破",
    "翻墙",
    "规避",
    "穿越",
    "越过",
    "避开",
    "躲避",
  ],
  entries: all([
    "进入(中国)?市场",
    "进军",
    "入华",
    "登陆(中国|大陆|国内)",
    "落地",
    "上线",
    "推出",
    "开设",
    "开业",
    "开张",
    "开放(商用)?",
    "正式商用",
    "扩大",
    "扩张",
    "加码",
    "布局",
    "重返",
    "回归",
    "重新进入",
    "恢复(销售|供货|服务|运营)",
    "首家",
    "设立",
    "成立",
    "新建",
    "投资建设",
    "签署合作",
    "达成合作",
    "战略合作",
  ]),
  companyMarkers: {
    // "软件商SAS", "開發商Zynga": a vendor, maker or developer.
    before: all([
      "公司",
      "集团",
      "企业",
      "厂商",
      "巨头",
      "品牌",
      "平台",
      "旗下",
      "\\p{Script=Han}{1,3}商",
    ]),
    after: all([
      "(股份)?有限(责任)?公司",
      "公司",
      "集团",
      "控股",
      "科技",
      "网络",
      "株式会社",
      "inc[.]?",
      "ltd[.]?",
      "corp[.]?",
      "co[.]",
      "llc",
      "gmbh",
      "ag",
      "s[.]?a[.]?",
      "plc",
    ]),
  },
  // Not 自 / 从 / 自从 alone: "自2015年以来" is "since"; "自11月1日起" is caught by 起 after the date.
  // Words that put a sentence after the day of writing.
  future: ["将于", "将会", "即将", "计划于"],
  effective: all([
    "将于",
    "拟于",
    "定于",
    "计划于",
    "截至",
    "截止(到|至)?",
    "直至",
    "直到",
    "最迟",
    "不晚于",
    "生效日期为",
    "起至",
  ]),
  // Chinese closes "from" after the date: "自11月1日起", "11月1日开始".
  // "从2015年加入公司起就一直在讨论" is "ever since", not a date a change takes effect.
  effectiveAfter: [
    "起(?!.{0,3}?(就|便|一直|至今|已经|已經))",
    "开始(?!.{0,3}?(就|便|一直|至今))",
    "開始(?!.{0,3}?(就|便|一直|至今))",
    "生效",
    "以后",
    "以後",
    // "9月14日之后不再出货": after that day.
    "之后",
    "之後",
  ],
  dates: {
    connectors: ["号", "號", "份", "于", "於"],
    lastMonth: [],
    few: ["几", "幾", "数", "數", "若干"],
    numbers: {
      一: 1,
      二: 2,
      两: 2,
      兩: 2,
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
      天: "day",
      日: "day",
      周: "week",
      週: "week",
      星期: "week",
      个星期: "week",
      個星期: "week",
      个礼拜: "week",
      個禮拜: "week",
      月: "month",
      个月: "month",
      個月: "month",
      年: "year",
      // "即日起", "同日", "当天", "同月": the day or month of the date before, as zero units.
      即日: ["day", 0],
      同日: ["day", 0],
      当日: ["day", 0],
      當日: ["day", 0],
      当天: ["day", 0],
      當天: ["day", 0],
      同月: ["month", 0],
      当月: ["month", 0],
      當月: ["month", 0],
    },
    relative: [
      // "7月前" is "before July" and "21日前" "before the 21st": a bare 月 or 日 counts only after 几 / 数.
      { pattern: "(?=[几数幾數]){n}{unit}(之|以)?前", sign: -1, anchor: "publication" },
      { pattern: "{n}(?![月日]){unit}(之|以)?前", sign: -1, anchor: "publication" },
      { pattern: "{n}(?![月日]){unit}(之内|以内|内|內)", sign: 1, anchor: "publication" },
      { pattern: "上(?![天日]){unit}", sign: -1, anchor: "publication" },
      { pattern: "下(?![天日]){unit}", sign: 1, anchor: "publication" },
      {
        pattern: "(?=即日|同日|当日|當日|当天|當天|同月|当月|當月){unit}",
        sign: 1,
        anchor: "previous",
      },
    ],
    thatSuffix: [],
    sameYear: ["同年", "当年", "當年", "该年", "該年", "同一年"],
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
    // "日前" (the other day), but not in "10月19日前" (before 19 October).
    recent: [
      "近日",
      "(?<![\\d一二三四五六七八九十])日前",
      "近期",
      "最近",
      "近来",
      "近來",
      "(?<![\\d一二三四五六七八九十])日內",
      "近几天",
      "近幾天",
    ],
    years: { 前年: -2, 去年: -1, 今年: 0, 本年: 0, 明年: 1 },
    weekdays: [
      ["周一", "週一", "礼拜一", "禮拜一"],
      ["周二", "週二", "礼拜二", "禮拜二"],
      ["周三", "週三", "礼拜三", "禮拜三"],
      ["周四", "週四", "礼拜四", "禮拜四"],
      ["周五", "週五", "礼拜五", "禮拜五"],
      ["周六", "週六", "礼拜六", "禮拜六"],
      ["周日", "週日", "周天", "星期天", "礼拜天", "礼拜日", "禮拜天", "禮拜日"],
    ],
    approximate: ["约", "約", "大约", "大約", "大概", "将近", "將近", "接近"],
  },
  // A Chinese line start is followed by more letters, so furniture that runs on carries ".*".
  boilerplate: all([
    "广告",
    "编辑",
    "来源",
    "图片来源",
    "图源",
    "声明",
    "图",
    "记者",
    "(免责声明|责任编辑|原标题|分享到|扫码|扫描二维码|关注我们|点击|版权所有|未经授权|本文仅供参考|本文不构成).*",
    "(分享|收藏|点赞|打印|字号|举报|扫一扫|微信扫一扫|返回搜狐|查看更多|展开全文|阅读全文|订阅|打开app|打开客户端)",
    "(作者|摄影|摄|图|图片|图为|标签|关键词|文章标签|热门标签|稿件来源|本文来自|更新时间|发布时间|阅读量|编者按)\\s*[:|].*",
  ]),
  stopAt: all([
    "相关阅读",
    "相关新闻",
    "相关文章",
    "相关报道",
    "相关推荐",
    "延伸阅读",
    "推荐阅读",
    "热门推荐",
    "猜你喜欢",
    "网友评论",
    "发表评论",
    "评论",
    "更多精彩",
    "往期回顾",
    "热门文章",
    "热门评论",
    "全部评论",
    "精彩评论",
    "相关链接",
    "更多阅读",
    "推荐文章",
    "热点推荐",
    "大家都在看",
    "网友留言",
    "上一篇",
    "下一篇",
    "版权声明",
    "更多报道",
  ]).map((item) => BULLET + item),
  outlet: [
    "^[\\s(（【\\[]*(?:来源|來源|文章来源|本文来源)\\s*[:：]\\s*(?<outlet>[^\\s　，,。|｜]{2,30})",
    // "新华社：" as a credit line; a lead that opens with the agency is still the lead.
    "^[(（]?(?<outlet>新华社|中新社|路透社|彭博社|美联社|法新社|央视新闻|人民日报|财新|第一财经)[)）]?\\s*[-—–:：]\\s*[^。！？!?]{0,30}$",
  ],
};
