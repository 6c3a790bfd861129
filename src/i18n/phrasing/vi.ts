import { phrase, type Isolated, type Phrase } from "../phrase.ts";
import { formatNumber } from "../plural.ts";
import { dateFormats } from "./dateFormats.ts";
import type { DateFacts, Phrasing } from "./types.ts";

/** A Vietnamese noun phrase, and the word before the other party when not "với". */
interface Term {
  readonly text: string;
  readonly to?: string;
}

// `what` is the English of the lexicons. A term listed here is said in Vietnamese; any other
// falls back to the generic noun of its event type ("dịch vụ", "bán hàng", "quyền truy cập"):
// a vaguer title, but a Vietnamese one, never an English word inside the sentence.
// The lexicons' "its website" needs no possessive: Vietnamese leaves it implied.
const TERMS: Readonly<Record<string, Term>> = {
  "its store": { text: "cửa hàng" },
  "its website": { text: "trang web" },
  "its service": { text: "dịch vụ" },
  "its app": { text: "ứng dụng" },
  "its office": { text: "văn phòng" },
  "its business": { text: "mảng kinh doanh" },
  "its product": { text: "sản phẩm" },
  "direct sales": { text: "bán hàng trực tiếp" },
  "export licence": { text: "cấp giấy phép xuất khẩu" },
  access: { text: "quyền truy cập" },
  "sign-ups": { text: "đăng ký mới" },
  "free accounts": { text: "tài khoản miễn phí" },
  accounts: { text: "tài khoản" },
  apps: { text: "các ứng dụng" },
  "apps from its store": { text: "các ứng dụng trên cửa hàng của mình" },
  "app store listings": { text: "việc niêm yết trên kho ứng dụng" },
  "log-in integration": { text: "tích hợp đăng nhập" },
  supply: { text: "việc cung ứng", to: "cho" },
  "supply plan": { text: "kế hoạch cung ứng" },
};

// Moves of type "other" are verb phrases in the lexicons: each is its own Vietnamese predicate.
const OTHER: Readonly<Record<string, (actor: Isolated, party: Isolated) => Phrase>> = {
  "buys a stake in": (a, p) => phrase`${a} mua cổ phần của ${p}`,
  "invests in": (a, p) => phrase`${a} đầu tư vào ${p}`,
  "abandons a takeover": (a, p) => phrase`${a} từ bỏ thương vụ thâu tóm ${p}`,
  "abandons a deal": (a, p) => phrase`${a} từ bỏ thỏa thuận với ${p}`,
  "abandons acquisition of": (a, p) => phrase`${a} từ bỏ việc mua lại ${p}`,
};

function china(mainland: boolean): string {
  return mainland ? "Trung Quốc đại lục" : "Trung Quốc";
}

function term(what: string | null): Term | undefined {
  return what === null ? undefined : TERMS[what];
}

const core = dateFormats("vi");

// Intl writes a Vietnamese day as "3 tháng 8, 2020"; written Vietnamese says the full form,
// with each part named. Months and years are as Intl writes them ("tháng 6 năm 2021").
const DAY_PATTERN = "ngày {day} tháng {month} năm {year}";

function day(ms: number): string {
  const date = new Date(ms);
  const parts: Readonly<Record<string, number>> = {
    day: date.getUTCDate(),
    month: date.getUTCMonth() + 1,
    year: date.getUTCFullYear(),
  };
  return DAY_PATTERN.replace(/\{(\w+)\}/g, (_, name: string) => String(parts[name]));
}

/** A date inside a sentence: "vào ngày 3 tháng 8 năm 2020", "từ tháng 6 năm 2021". */
export function dateInSentence(preposition: string, date: DateFacts): string {
  return `${preposition} ${date.text}`;
}

const LIST = new Intl.ListFormat("vi", { type: "conjunction" });

/**
 * Vietnamese. Nouns are counted without a classifier when they are Sino-Vietnamese abstract
 * nouns ("2 nguồn", "12 sự kiện", "một dịch vụ"); articles take theirs, "bài" ("2 bài báo").
 */
export const vi: Phrasing = {
  locale: "vi",
  title: {
    exit: ({ actor, mainland }) => phrase`${actor} rút khỏi thị trường ${china(mainland)}`,
    shutdown: ({ actor, what, mainland }) =>
      phrase`${actor} đóng ${term(what)?.text ?? "một dịch vụ"} tại ${china(mainland)}`,
    "sales-halt": ({ actor, what, mainland }) =>
      phrase`${actor} ngừng ${term(what)?.text ?? "bán hàng"} tại ${china(mainland)}`,
    restriction: ({ actor, what, mainland }) =>
      phrase`${actor} hạn chế ${term(what)?.text ?? "quyền truy cập"} tại ${china(mainland)}`,
    "seller-ban": ({ actor, party }) =>
      party
        ? phrase`${actor} cấm nhà bán hàng Trung Quốc ${party}`
        : phrase`${actor} cấm các nhà bán hàng Trung Quốc`,
    "partnership-cut": ({ actor, party, what, mainland }) => {
      const cut = term(what) ?? { text: "quan hệ đối tác" };
      return party
        ? phrase`${actor} chấm dứt ${cut.text} ${cut.to ?? "với"} ${party}`
        : phrase`${actor} chấm dứt ${cut.text} tại ${china(mainland)}`;
    },
    divestment: ({ actor, party, mainland }) =>
      party
        ? phrase`${actor} bán cổ phần tại ${party}`
        : phrase`${actor} bán mảng kinh doanh tại ${china(mainland)}`,
    blocked: ({ actor, mainland }) => phrase`${china(mainland)} chặn ${actor}`,
    other: ({ actor, party, what, mainland }) => {
      if (!party) return phrase`${actor} có động thái liên quan tại ${china(mainland)}`;
      const move = what === null ? undefined : OTHER[what];
      return move ? move(actor, party) : phrase`${actor} có động thái liên quan đến ${party}`;
    },
  },
  summary: ({ title, date, effective, sources, languages }) => {
    const dates =
      date && effective
        ? `Công bố ${dateInSentence("vào", date)}, có hiệu lực ${dateInSentence("từ", effective)}.`
        : date
          ? `Diễn ra ${dateInSentence("vào", date)}.`
          : effective
            ? `Có hiệu lực ${dateInSentence("từ", effective)}.`
            : "Các nguồn không nêu ngày.";
    // Language names start with a capital when they stand alone ("Tiếng Pháp"), not inside a
    // sentence ("bằng tiếng Pháp").
    const named = languages.length
      ? LIST.format(languages.map((l) => l.charAt(0).toLowerCase() + l.slice(1)))
      : "một ngôn ngữ không xác định";
    return phrase`${title}. ${dates} Theo ${formatNumber("vi", sources)} bài báo bằng ${named}.`;
  },
  dates: {
    core: (ms, precision) =>
      precision === "day"
        ? day(ms)
        : precision === "year"
          ? `năm ${core(ms, precision)}`
          : core(ms, precision),
    approximate: (text) => `khoảng ${text}`,
    yearOnly: (text) => `${text} (chỉ biết năm)`,
  },
};
