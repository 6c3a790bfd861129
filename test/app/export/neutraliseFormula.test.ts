import { describe, expect, it } from "vitest";
import { neutraliseFormula } from "../../../src/app/export/neutraliseFormula.ts";

describe("neutraliseFormula", () => {
  it.each(["=1+1", "+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1", "\r=1"])(
    "prefixes a quote to %j, which a spreadsheet would read as a formula",
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    },
  );

  it("leaves other text, an empty cell and formula characters after the start alone", () => {
    for (const cell of ["Zoom stops sales", "", "a=b", " x", "'quoted", "قالت Zoom", "2021-05~"]) {
      expect(neutraliseFormula(cell)).toBe(cell);
    }
  });
});
