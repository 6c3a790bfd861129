import { edtfOverlaps } from "../../model/edtf.ts";
import type { Correction, Curation } from "./curationSchema.ts";
import type { EventDraft } from "../events/eventDraft.ts";

/** The drafts after a curator's corrections, and what went wrong applying them. */
export interface CurationOutcome {
  readonly drafts: EventDraft[];
  /** Problems that make the curation invalid: the build fails on them. */
  readonly errors: string[];
  /** Corrections that matched nothing: stale, worth a look, not fatal. */
  readonly warnings: string[];
}

/**
 * Applies one article's curation to its extracted events. Each correction's basis is recorded
 * against every field it sets, so the output says which values a curator chose and why.
 */
export function applyCuration(
  drafts: readonly EventDraft[],
  curation: Curation,
  file: string,
  articleText: string,
  knownCompany: (id: string) => boolean,
): CurationOutcome {
  let current = [...drafts];
  const errors: string[] = [];
  const warnings: string[] = [];
  (curation.events ?? []).forEach((correction, index) => {
    const where = `${file}: events[${index}]`;
    const companies = [
      ...(correction.match?.company ? [correction.match.company] : []),
      ...(correction.set?.companies ?? []),
      ...(correction.add?.companies ?? []),
    ];
    for (const id of companies) {
      if (!knownCompany(id))
        errors.push(
          `${where}: unknown company "${id}"; add it to src/pipeline/lexicon/companies.json`,
        );
    }
    if (correction.add) {
      if (!articleText.includes(correction.add.evidence)) {
        errors.push(`${where}.add.evidence: is not a verbatim quote of the article`);
        return;
      }
      current.push(added(correction));
      return;
    }
    const hits = current.filter((draft) => matches(draft, correction));
    if (hits.length === 0) {
      warnings.push(`${where}: matches no extracted event (${JSON.stringify(correction.match)})`);
      return;
    }
    current = correction.drop
      ? current.filter((d) => !hits.includes(d))
      : current.map((d) => (hits.includes(d) ? pinned(d, correction) : d));
  });
  return { drafts: current, errors, warnings };
}

function matches(draft: EventDraft, { match }: Correction): boolean {
  if (!match) return false;
  return (
    (match.type === undefined || draft.type === match.type) &&
    (match.company === undefined || draft.companies.includes(match.company)) &&
    (match.date === undefined ||
      [draft.date, draft.effective].some((d) => d !== null && edtfOverlaps(d, match.date ?? ""))) &&
    (match.evidence === undefined || draft.evidence.includes(match.evidence))
  );
}

function pinned(draft: EventDraft, correction: Correction): EventDraft {
  const set = correction.set ?? {};
  const curated = { ...draft.curated };
  for (const key of Object.keys(set)) curated[key] = correction.basis;
  return { ...draft, ...set, curated, basis: { ...draft.basis, ...curatedBasis(set, correction) } };
}

function added(correction: Correction): EventDraft {
  const { evidence, primary, ...fields } = correction.add ?? {
    evidence: "",
    type: "other",
    companies: [],
  };
  const curated: Record<string, string> = {};
  for (const key of Object.keys(fields)) curated[key] = correction.basis;
  return {
    type: fields.type,
    companies: fields.companies,
    counterparty: fields.counterparty ?? null,
    date: fields.date ?? null,
    effective: fields.effective ?? null,
    countries: fields.countries ?? ["CN"],
    evidence,
    primary: primary ?? false,
    confidence: 1,
    what: null,
    mainland: false,
    curated,
    basis: curatedBasis(fields, correction),
    origin: "curated",
  };
}

/** A curator's dates are explained by the curator's basis. */
function curatedBasis(
  fields: { readonly date?: unknown; readonly effective?: unknown },
  correction: Correction,
): EventDraft["basis"] {
  const said = `curated: ${correction.basis}`;
  return {
    ...(fields.date ? { date: said } : {}),
    ...(fields.effective ? { effective: said } : {}),
  };
}
