// The edtf package ships no types; this declares the part Exitline uses.
declare module "edtf" {
  interface Bitmask {
    readonly value: number;
  }
  interface ExtDate {
    readonly type: "Date" | "Year" | "Season" | "Interval" | "Set" | "List" | "Decade" | "Century";
    readonly min: number;
    readonly max: number;
    readonly precision?: number;
    readonly approximate?: Bitmask;
    readonly uncertain?: Bitmask;
    edtf: string;
  }
  export default function edtf(input: string): ExtDate;
}
