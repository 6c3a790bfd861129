import { phrase, type Isolated, type Phrase } from "../phrase.ts";
import { formatNumber } from "../plural.ts";
import { dateFormats } from "./dateFormats.ts";
import type { Phrasing } from "./types.ts";

// `what` is the English of the lexicons. A term listed here is said in Chinese; any other falls
// back to the generic noun of its event type ("服务", "销售", "访问"): a vaguer title, but a
// Chinese one, never an English word inside the sentence.
const TERMS: Readonly<Record<string, string>> = {
  "its store": "商店",
  "its website": "网站",
  "its service": "服务",
  "its app": "应用",
  "its office": "办公室",
  "its business": "业务",
  "its product": "产品",
  "direct sales": "直销",
  "export licence": "出口许可",
  access: "访问",
  "sign-ups": "新用户注册",
  "free accounts": "免费账户",
  accounts: "账户",
  apps: "应用",
  "apps from its store": "其应用商店中的应用",
  "app store listings": "应用商店上架",
  "log-in integration": "登录合作",
  supply: "供货",
  "supply plan": "供货计划",
};

// Moves of type "other" are verb phrases in the lexicons: each is its own Chinese predicate,
// with the other party where Chinese puts it ("放弃与 X 的交易").
const OTHER: Readonly<Record<string, (actor: Isolated, party: Isolated) => Phrase>> = {
  "buys a stake in": (a, p) => phrase`${a} 入股 ${p}`,
  "invests in": (a, p) => phrase`${a} 投资 ${p}`,
  "abandons a takeover": (a, p) => phrase`${a} 放弃收购 ${p}`,
  "abandons a deal": (a, p) => phrase`${a} 放弃与 ${p} 的交易`,
  "abandons acquisition of": (a, p) => phrase`${a} 放弃收购 ${p}`,
};

function china(mainland: boolean): string {
  return mainland ? "中国大陆" : "中国";
}

function term(what: string | null): string | undefined {
  return what === null ? undefined : TERMS[what];
}

const LIST = new Intl.ListFormat("zh-Hans", { type: "conjunction" });

/**
 * Simplified Chinese. A space sets Latin company names apart from Chinese characters
 * ("Zoom 退出中国市场"), as Chinese typesetting does; a single unnamed thing takes its
 * classifier ("一项服务", "一项合作").
 */
export const zh: Phrasing = {
  locale: "zh",
  title: {
    exit: ({ actor, mainland }) => phrase`${actor} 退出${china(mainland)}市场`,
    shutdown: ({ actor, what, mainland }) =>
      phrase`${actor} 关闭在${china(mainland)}的${term(what) ?? "一项服务"}`,
    "sales-halt": ({ actor, what, mainland }) =>
      phrase`${actor} 停止在${china(mainland)}的${term(what) ?? "销售"}`,
    restriction: ({ actor, what, mainland }) =>
      phrase`${actor} 限制在${china(mainland)}的${term(what) ?? "访问"}`,
    "seller-ban": ({ actor, party }) =>
      party ? phrase`${actor} 封禁中国卖家 ${party}` : phrase`${actor} 封禁中国卖家`,
    "partnership-cut": ({ actor, party, what, mainland }) =>
      party
        ? phrase`${actor} 终止与 ${party} 的${term(what) ?? "合作"}`
        : phrase`${actor} 终止在${china(mainland)}的一项${term(what) ?? "合作"}`,
    divestment: ({ actor, party, mainland }) =>
      party
        ? phrase`${actor} 出售所持 ${party} 的股份`
        : phrase`${actor} 出售${china(mainland)}业务`,
    blocked: ({ actor, mainland }) => phrase`${china(mainland)}屏蔽 ${actor}`,
    other: ({ actor, party, what, mainland }) => {
      if (!party) return phrase`${actor} 在${china(mainland)}采取相关行动`;
      const move = what === null ? undefined : OTHER[what];
      return move ? move(actor, party) : phrase`${actor} 采取涉及 ${party} 的行动`;
    },
  },
  summary: ({ title, date, effective, sources, languages }) => {
    const dates =
      date && effective
        ? `${date.text}宣布，${effective.text}生效。`
        : date
          ? `时间为${date.text}。`
          : effective
            ? `${effective.text}生效。`
            : "来源未给出日期。";
    const named = languages.length ? LIST.format(languages) : "未知语言";
    return phrase`${title}。${dates}据${formatNumber("zh-Hans", sources)}个${named}来源报道。`;
  },
  dates: {
    core: dateFormats("zh-Hans"),
    approximate: (text) => `约${text}`,
    yearOnly: (text) => `${text}（仅知年份）`,
  },
};
