import type { Atlas } from '../domain/records';
import type { RecordChange } from '../domain/release';
import type { ChineseText } from '../i18n/format';

/**
 * The Chinese name of a record the change list names in English, where today's atlas has one: an
 * office's official name, a mission's or milestone's own wording, an economy's name, a tie as its
 * agreement's Chinese name. Keys as data/build/change-list.ts writes them; a removed record is not in
 * the atlas, so it keeps its English name.
 */
export function changeNameZh(atlas: Atlas, change: Pick<RecordChange, 'collection' | 'id'>): ChineseText | null {
  const { collection, id } = change;
  switch (collection) {
    case 'offices':
      return atlas.offices.find((o) => o.officeId === id)?.nameZh ?? null;
    case 'missions':
      return atlas.missions.find((m) => m.missionId === id)?.nameZh ?? null;
    case 'milestones':
      return atlas.milestones.find((m) => m.milestoneId === id)?.titleZh ?? null;
    case 'economies': {
      const names = atlas.economies.find((e) => e.iso2 === id)?.names;
      return names ? { zhHK: names.zhHK, zhCN: names.zhCN } : null;
    }
    case 'ties': {
      const [agreementId, partner] = id.split('/');
      const tie = atlas.ties.find((t) => t.agreementId === agreementId && t.partner === partner);
      return tie?.agreementNameZh ? `${tie.agreementNameZh}（${partner}）` : null;
    }
    default:
      return null;
  }
}
