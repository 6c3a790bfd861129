import type { Dataset } from "../../src/model/dataset.ts";
import { makeEvent } from "./makeEvent.ts";
import { makeSource } from "./makeSource.ts";

/** A small dataset in three languages for component tests. */
export const SAMPLE: Dataset = {
  version: 1,
  events: [
    makeEvent("zoom-sales-halt-2020-08-03", {
      title: "Zoom stops direct sales in mainland China",
      type: "sales-halt",
      what: "direct sales",
      mainland: true,
      date: "2020-08-03",
      effective: "2020-08-23",
      basis: {
        date: "'يوم الاثنين' in the lead; published 2020-08-04",
        effective: "'23 août' in the lead; published 2020-08-04",
      },
      countries: ["CN", "US"],
      sources: [
        {
          id: "fr",
          evidence: "Zoom va cesser de vendre directement aux clients chinois",
          primary: true,
        },
        { id: "ar", evidence: "قالت Zoom يوم الاثنين إنها ستتوقف عن بيع المنتجات", primary: true },
      ],
    }),
    makeEvent("zoom-restriction-2020-05", {
      title: "Zoom restricts sign-ups in China",
      type: "restriction",
      what: "sign-ups",
      date: "2020-05",
      countries: ["CN", "US"],
      sources: [{ id: "ar", evidence: "في شهر مايو", primary: false }],
    }),
    makeEvent("jd-com-partnership-cut-2013-09", {
      title: "JD.com ends its log-in integration with Weibo",
      type: "partnership-cut",
      date: "2013-09~",
      effective: "2013-09-25",
      companies: ["jd-com", "weibo"],
      counterparty: "Weibo",
      what: "log-in integration",
      sources: [{ id: "fr", evidence: "coupe ses liens", primary: false }],
    }),
    makeEvent("x-undated", {
      title: "<img src=x onerror=alert(1)> exits",
      companies: ["zoom"],
      sources: [{ id: "vi", evidence: "<b>Zoom</b>", primary: true }],
    }),
  ],
  sources: [
    makeSource("fr", {
      language: "fr",
      title: "Zoom va cesser de vendre directement aux clients chinois",
      published: "2020-08",
      outlet: "ZDNet France",
      curated: ["published"],
    }),
    makeSource("ar", {
      language: "ar",
      title: "وقف المبيعات المباشرة للخدمات للمستخدمين في الصين",
      published: "2020-08-03",
    }),
    makeSource("vi", { language: "vi", title: "<script>alert(1)</script> Tiêu đề" }),
  ],
  companies: [
    { id: "jd-com", name: "JD.com", country: "CN", parent: null },
    { id: "weibo", name: "Weibo", country: "CN", parent: null },
    { id: "zoom", name: "Zoom", country: "US", parent: null },
  ],
  unplaced: [],
  warnings: [],
};
