/**
 * Mainland cities and provinces the press of every Latin-script language names by their pinyin
 * form: a plant "in Suzhou" or "in Dongguan" is in China even where the sentence never says so.
 * Written folded, as the text is matched. Hong Kong and Macau are left out: they are reported
 * on apart from the mainland.
 */
export const CHINESE_PLACES: readonly string[] = [
  "suzhou",
  "wuxi",
  "dongguan",
  "huizhou",
  "tianjin",
  "dalian",
  "xiamen",
  "qingdao",
  "nanjing",
  "zhengzhou",
  "kunshan",
  "chongqing",
  "foshan",
  "zhuhai",
  "ningbo",
  "hefei",
  "changsha",
  "shenyang",
  "jinan",
  "fuzhou",
  "chengdu",
  "wuhan",
  "hangzhou",
  "guangzhou",
  "shenzhen",
  "guangdong",
  "jiangsu",
  "zhejiang",
  "shandong",
  "fujian",
  "sichuan",
  "hubei",
  "liaoning",
  "henan",
  "anhui",
  "hebei",
];
