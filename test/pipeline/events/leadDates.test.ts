import { describe, expect, it } from "vitest";
import { articleRows } from "../../support/readArticleDrafts.ts";

// Articles written for these tests: how the lead's sentences date the main event and each other.
const rows = articleRows;

describe("a lead that first reports the move with no time", () => {
  it("takes the time the next sentence gives it (ko)", () => {
    const text = [
      "IT·과학 > 인터넷",
      "中, 네이버 접속 전면 차단",
      "톈안먼 30주년 여파 관측…교민 “VPN 없인 뉴스도 못 봐”",
      "입력 2019.06.15 09:12 | 수정 2019.06.15 11:40\n이민수 기자",
      "[페이스북] [트위터] [URL 복사]",
      "중국에서 한국 최대 포털사이트 네이버 접속이 완전히 막혔다.",
      "15일 업계와 현지 교민들에 따르면 전날 오후부터 베이징과 상하이 등 중국 주요 도시에서 뉴스와 검색, 메일을 포함한 네이버의 모든 서비스에 접속할 수 없는 상태다.",
    ].join("\n\n");
    expect(rows("ko", text, "2019-06-15")).toEqual(["main naver blocked 2019-06-14→-"]);
  });

  it("keeps the lead's earlier time over a report recalled after it (ja)", () => {
    const text = [
      "米EDA大手、中国向け販売を停止",
      "米大手シノプシスは29日、米商務省から書簡を受け取ったと開示した。関係者によると、同社は中国の拠点に対し、中国顧客への販売とサービスを停止するよう指示した。これに先立ち、28日付の英紙は、米政権がシノプシスに対し、中国企業への販売を停止するよう命じたと報じていた。",
    ].join("\n\n");
    expect(rows("ja", text, "2025-05-30")[0]).toBe("main synopsys sales-halt 2025-05-29→-");
  });
});

describe("days of one month in one sentence", () => {
  it("reads a later day after a dated one in the same month, even past publication (ja)", () => {
    const text = [
      "ヤフー、中国本土から撤退",
      "米インターネット大手ヤフーが中国本土向けのサービス提供を打ち切った。",
      "ゲーム分野でも、米エピックゲームズが1日、人気ゲーム「フォートナイト」の中国版で新規登録を停止し、15日にサーバーを閉じると告知した。",
    ].join("\n\n");
    expect(rows("ja", text, "2021-11-02")).toContain(
      "main epic-games shutdown 2021-11-01→2021-11-15",
    );
  });
});

describe("dealings described at length before their noun", () => {
  it("are a partnership cut (zh)", () => {
    const text =
      "标题\n\n去年5月华为被列入实体清单后，谷歌随即暂停了与华为之间涉及硬件、软件和技术服务转让的业务往来。";
    expect(rows("zh", text, "2020-06-12")).toEqual(["past google partnership-cut 2019-05→-"]);
  });
});

describe("a service cut off in China, told in the passive (ko)", () => {
  it("is blocked, for a service's pages and for the service out of reach", () => {
    const text = [
      "네이버 중국서 차단",
      "중국에서 네이버 접속이 14일 오후부터 막혔다.",
      "지난해 10월 16일 네이버 블로그와 카페 접속이 먼저 끊겼고, 이후 교민들은 가상사설망을 통해 접속해 왔다.",
      "또 다른 포털 다음(Daum)도 올해 1월부터 중국에서 전면 차단된 상태다.",
    ].join("\n\n");
    expect(rows("ko", text, "2019-06-15")).toEqual([
      "main naver blocked 2019-06-14→-",
      "past naver blocked 2018-10-16→-",
      "past daum blocked -→2019-01",
    ]);
  });
});

describe("a date word inside a short quoted name", () => {
  it("is no date: an outlet called «Technology Today» (ar)", () => {
    const text = [
      "«كورفو» تبيع مصنعيها في الصين",
      "دبي - «التقنية اليوم»",
      "أعلنت شركة «كورفو» الأمريكية يوم الاثنين أنها توصلت إلى اتفاق لبيع منشأتيها في بكين إلى مجموعة «لوكسشير» الصينية.",
    ].join("\n\n");
    expect(rows("ar", text, "2023-12-19")).toEqual(["main qorvo divestment 2023-12-18→-"]);
  });
});
