import type { Iso2 } from '../domain/primitives';
import type { Atlas, Disagreement, Economy, Office, OfficeType, Tie } from '../domain/records';
import { ENDED_STATUSES } from '../domain/statuses';
import { TIE_TYPES, type TieType } from '../domain/tie-types';
import { distinctPass } from './distinct-marks';
import type { PartnerSummary } from './partner-summaries';
import { type TieNumbers, numberTies, statusFlags } from './tie-numbers';

/** Hong Kong's network within the current filters: what the hub panel shows. */
export interface NetworkSummary {
  partnersInForce: number;
  partnersPipelineOnly: number;
  /** Distinct live agreements (a bloc agreement counts once). */
  agreements: number;
  /** Live agreements per type, in canonical order, types with none left out. */
  agreementsByType: { type: TieType; count: number }[];
  offices: { type: OfficeType; offices: Office[] }[];
}

export function networkSummary(
  summaries: ReadonlyMap<Iso2, PartnerSummary>,
  ties: readonly Tie[],
  offices: readonly Office[],
  numbers: TieNumbers = numberTies(ties),
): NetworkSummary {
  let partnersInForce = 0;
  let partnersPipelineOnly = 0;
  for (const s of summaries.values()) {
    if (s.standing === 'in_force') partnersInForce++;
    else if (s.standing === 'pipeline') partnersPipelineOnly++;
  }
  // One pass, counting each live agreement once overall and once in its type (distinct-marks.ts):
  // with many ties this runs on every filter input.
  const firstTime = distinctPass(1 + TIE_TYPES.length);
  let agreements = 0;
  const byType = new Array<number>(TIE_TYPES.length).fill(0);
  const ended = statusFlags(ENDED_STATUSES);
  for (let i = 0; i < ties.length; i++) {
    if (ended[numbers.status[i]]) continue;
    const agreement = numbers.agreement[i];
    if (firstTime(agreement, 0)) agreements++;
    const type = numbers.type[i];
    if (firstTime(agreement, 1 + type)) byType[type]++;
  }
  const officeTypes = [...new Set(offices.map((o) => o.officeType))];
  return {
    partnersInForce,
    partnersPipelineOnly,
    agreements,
    agreementsByType: TIE_TYPES.flatMap((type, i) => (byType[i] ? [{ type, count: byType[i] }] : [])),
    offices: officeTypes.map((type) => ({ type, offices: offices.filter((o) => o.officeType === type) })),
  };
}

/** An office with the economies it covers, for the office panel and the map highlight. */
export interface OfficeProfile {
  office: Office;
  covered: Economy[];
  /** Other opening dates pages give, which the record does not keep. */
  otherOpened: Disagreement[];
}

export function officeProfile(atlas: Atlas, officeId: string | null): OfficeProfile | null {
  const office = officeId ? atlas.offices.find((o) => o.officeId === officeId) : undefined;
  if (!office) return null;
  const byIso = new Map(atlas.economies.map((e) => [e.iso2, e]));
  const covered = office.covers.map((iso2) => byIso.get(iso2)).filter((e): e is Economy => !!e);
  const otherOpened = atlas.disagreements.filter((d) => d.recordId === office.officeId && d.field === 'opened');
  return { office, covered: covered.sort((a, b) => a.names.en.localeCompare(b.names.en)), otherOpened };
}
