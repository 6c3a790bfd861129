import { describe, expect, it } from "vitest";
import { fold, foldText } from "../../src/model/fold.ts";

describe("foldText", () => {
  it("removes Vietnamese and French diacritics but keeps đ", () => {
    expect(fold("Cửa Hàng Thâm Quyến")).toBe("cua hang tham quyen");
    expect(fold("Đóng cửa")).toBe("đong cua");
    expect(fold("l’année dernière")).toBe("l'annee derniere");
  });

  it("unifies Arabic letter variants and makes Arabic-Indic digits ASCII", () => {
    expect(fold("أغلقت الشركة ٣ أغسطس ٢٠٢٠")).toBe("اغلقت الشركه 3 اغسطس 2020");
  });

  it("maps every folded character back to its place in the original", () => {
    const original = "Zoom: ngày 3 tháng 8";
    const folded = foldText(original);
    const at = folded.text.indexOf("thang");
    expect(original.slice(folded.origin[at], (folded.origin[at + 4] ?? 0) + 1)).toBe("tháng");
  });

  it("leaves scripts without case or marks as they are", () => {
    expect(fold("亚马逊宣布")).toBe("亚马逊宣布");
  });
});
