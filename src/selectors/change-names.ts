import { DISAGREEMENT_FIELDS } from '../domain/record-kinds';
import type { Atlas, DisagreementField, Economy } from '../domain/records';
import type { RecordChange } from '../domain/release';
import type { RecordName } from './timeline-events';

const both = (e: Economy) => ({ zhHK: e.names.zhHK, zhCN: e.names.zhCN });

/** An agreement's name, with the partner economy's, in English and (where the data has the agreement's Chinese name) Chinese. */
function tieName(atlas: Atlas, agreementId: string, partner: string): RecordName | null {
  const tie = atlas.ties.find((t) => t.agreementId === agreementId && (!partner || t.partner === partner));
  if (!tie) return null;
  const economy = partner ? atlas.economies.find((e) => e.iso2 === partner) : undefined;
  if (!economy) return { en: tie.agreementName, zh: tie.agreementNameZh };
  const zh = tie.agreementNameZh;
  return {
    en: `${tie.agreementName} (${economy.names.en})`,
    zh: zh ? { zhHK: `${zh}（${economy.names.zhHK}）`, zhCN: `${zh}（${economy.names.zhCN}）` } : null,
  };
}

/** A record by its id in any collection a disagreement can name: an agreement, an office, a mission. */
function recordName(atlas: Atlas, recordId: string, partner: string): RecordName | null {
  const office = atlas.offices.find((o) => o.officeId === recordId);
  if (office) return { en: office.name, zh: office.nameZh };
  const mission = atlas.missions.find((m) => m.missionId === recordId);
  if (mission) return { en: mission.name, zh: mission.nameZh };
  return tieName(atlas, recordId, partner);
}

/**
 * A changed record's name for readers, from today's atlas: the change list (data/build/change-list.ts)
 * names records for the CSV, some by id or code ("fta-nz/NZ", "SG"). Here an agreement reads as its
 * name and partner, an economy as its name, in English and Chinese where the data has both. Null for
 * a record no longer in the atlas (a removed one keeps the list's label) and for collections named
 * by the interface's own words (headline figures).
 */
export function changeRecordName(atlas: Atlas, change: Pick<RecordChange, 'collection' | 'id'>): RecordName | null {
  const { collection, id } = change;
  switch (collection) {
    case 'offices':
    case 'missions':
      return recordName(atlas, id, '');
    case 'milestones': {
      const milestone = atlas.milestones.find((m) => m.milestoneId === id);
      return milestone ? { en: milestone.title, zh: milestone.titleZh } : null;
    }
    case 'economies':
    case 'beltAndRoad': {
      const economy = atlas.economies.find((e) => e.iso2 === id);
      return economy ? { en: economy.names.en, zh: both(economy) } : null;
    }
    case 'ties': {
      const [agreementId = '', partner = ''] = id.split('/');
      return tieName(atlas, agreementId, partner);
    }
    case 'disagreements': {
      const [recordId = '', partner = ''] = id.split('/');
      return recordName(atlas, recordId, partner);
    }
    default:
      return null;
  }
}

/** The fact a changed disagreement is about (its key is record/partner/field/value), for its label. */
export function changedDisagreementField(change: Pick<RecordChange, 'collection' | 'id'>): DisagreementField | null {
  if (change.collection !== 'disagreements') return null;
  const field = change.id.split('/')[2] ?? '';
  return (DISAGREEMENT_FIELDS as readonly string[]).includes(field) ? (field as DisagreementField) : null;
}
