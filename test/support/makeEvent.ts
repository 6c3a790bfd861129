import type { TimelineEvent } from "../../src/model/dataset.ts";
import type { EdtfDate } from "../../src/model/edtf.ts";

type Loose = Omit<Partial<TimelineEvent>, "date" | "effective"> & {
  date?: string | null;
  effective?: string | null;
};

/** A timeline event for tests: sensible defaults, dates as plain strings. */
export function makeEvent(id: string, fields: Loose = {}): TimelineEvent {
  return {
    id,
    title: id,
    summary: `${id}.`,
    type: "exit",
    companies: ["zoom"],
    counterparty: null,
    what: null,
    mainland: false,
    countries: ["CN"],
    sources: [{ id: "s", evidence: "", primary: true }],
    primary: true,
    confidence: 0.9,
    basis: {},
    origin: "extracted",
    curated: {},
    ...fields,
    date: (fields.date ?? null) as EdtfDate | null,
    effective: (fields.effective ?? null) as EdtfDate | null,
  };
}
