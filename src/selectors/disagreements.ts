import type { Iso2 } from '../domain/primitives';
import type { Atlas, Disagreement, DisagreementField } from '../domain/records';
import type { TieType } from '../domain/tie-types';
import type { RecordName } from './timeline-events';

/** A fact two pages state differently: the value the record keeps, with its page, and the other. */
export interface DisagreementRow {
  disagreement: Disagreement;
  /** What the record is: an agreement's name, an office or a mission. */
  name: string;
  /** The office's or mission's Chinese name, where the data gives one (an agreement reads as type and partner). */
  nameZh: RecordName['zh'];
  /** The tie's type, for an agreement; null for an office or a mission. */
  tieType: TieType | null;
  partner: Iso2 | null;
  kept: { value: string | null; sourceUrl: string | null };
}

const TIE_FIELD = { status: 'status', signed: 'signed', in_force: 'inForce', terminated: 'terminated', suspended: 'suspended' } as const;
const TIE_SOURCE = {
  status: 'statusSource',
  signed: 'signedSource',
  in_force: 'inForceSource',
  terminated: 'terminatedSource',
  suspended: 'suspendedSource',
} as const;

function keptTieFact(atlas: Atlas, d: Disagreement) {
  const tie = atlas.ties.find((t) => t.agreementId === d.recordId && (d.partner === null || t.partner === d.partner));
  if (!tie || !(d.field in TIE_FIELD)) return null;
  const f = d.field as keyof typeof TIE_FIELD;
  return {
    name: tie.agreementName,
    nameZh: tie.agreementNameZh,
    tieType: tie.tieType,
    partner: tie.partner,
    kept: { value: tie[TIE_FIELD[f]], sourceUrl: tie[TIE_SOURCE[f]] },
  };
}

function keptOtherFact(atlas: Atlas, d: Disagreement) {
  const office = atlas.offices.find((o) => o.officeId === d.recordId);
  if (office && d.field === 'opened')
    return {
      name: office.name,
      nameZh: office.nameZh,
      tieType: null,
      partner: null,
      kept: { value: office.opened, sourceUrl: office.openedSource },
    };
  const mission = atlas.missions.find((m) => m.missionId === d.recordId);
  if (!mission) return null;
  const values: Partial<Record<DisagreementField, string | null>> = {
    start: mission.start,
    end: mission.end,
    mous_signed: mission.mousSigned === null ? null : String(mission.mousSigned),
  };
  const source = d.field === 'mous_signed' ? mission.mousSource : mission.datesSource;
  return {
    name: mission.name,
    nameZh: mission.nameZh,
    tieType: null,
    partner: null,
    kept: { value: values[d.field] ?? null, sourceUrl: source },
  };
}

/** Every disagreement beside the value the record keeps, for About's list of conflicts. */
export function disagreementRows(atlas: Atlas): DisagreementRow[] {
  return atlas.disagreements.flatMap((d) => {
    const found = keptTieFact(atlas, d) ?? keptOtherFact(atlas, d);
    return found ? [{ disagreement: d, ...found }] : [];
  });
}
