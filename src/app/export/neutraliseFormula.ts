// A spreadsheet reads a cell starting with one of these as a formula, which can run commands or
// send the sheet's data away when the export is opened (OWASP, "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that a spreadsheet shows as text: a leading `'` when it would start a formula. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
