import { describe, expect, it } from 'vitest';
import { iso2 } from '../domain/primitives';
import { makeAtlas, makeEconomy, makeMission, makeOffice, makeTie } from '../testing/test-factories';
import { changeRecordName, changedDisagreementField } from './change-names';

describe('changeRecordName: a changed record as readers know it, from today’s atlas', () => {
  const nz = { ...makeEconomy('NZ', 'New Zealand'), names: { en: 'New Zealand', zhHK: '新西蘭', zhCN: '新西兰' } };
  const atlas = makeAtlas({
    economies: [nz],
    offices: [
      makeOffice({ officeId: 'eto-x', name: 'ETO X', nameZh: '香港駐某地經濟貿易辦事處' }),
      makeOffice({ officeId: 'eto-y', name: 'ETO Y', nameZh: null }),
    ],
    missions: [makeMission({ missionId: 'ce-1', name: 'Visit', nameZh: { zhHK: '行政長官訪問', zhCN: '行政长官访问' } })],
    ties: [
      makeTie({ agreementId: 'fta-nz', agreementName: 'NZ CEP', partner: iso2('NZ'), agreementNameZh: '香港與新西蘭更緊密經貿關係協定' }),
    ],
  });

  it('names offices, missions and ties by the Chinese the data gives; a tie’s partner by name, not code', () => {
    expect(changeRecordName(atlas, { collection: 'offices', id: 'eto-x' })).toEqual({ en: 'ETO X', zh: '香港駐某地經濟貿易辦事處' });
    expect(changeRecordName(atlas, { collection: 'missions', id: 'ce-1' })).toEqual({
      en: 'Visit',
      zh: { zhHK: '行政長官訪問', zhCN: '行政长官访问' },
    });
    expect(changeRecordName(atlas, { collection: 'ties', id: 'fta-nz/NZ' })).toEqual({
      en: 'NZ CEP (New Zealand)',
      zh: { zhHK: '香港與新西蘭更緊密經貿關係協定（新西蘭）', zhCN: '香港與新西蘭更緊密經貿關係協定（新西兰）' },
    });
  });

  it('names an economy (or a Belt and Road partner) and a disagreement’s record, not their codes', () => {
    expect(changeRecordName(atlas, { collection: 'beltAndRoad', id: 'NZ' })).toEqual({
      en: 'New Zealand',
      zh: { zhHK: '新西蘭', zhCN: '新西兰' },
    });
    expect(changeRecordName(atlas, { collection: 'disagreements', id: 'ce-1//start/2023-02-05' })?.en).toBe('Visit');
    expect(changedDisagreementField({ collection: 'disagreements', id: 'ce-1//start/2023-02-05' })).toBe('start');
    expect(changedDisagreementField({ collection: 'offices', id: 'eto-x' })).toBeNull();
  });

  it('has no Chinese where the data has none, and no name for a record no longer in the atlas or another collection', () => {
    expect(changeRecordName(atlas, { collection: 'offices', id: 'eto-y' })).toEqual({ en: 'ETO Y', zh: null });
    expect(changeRecordName(atlas, { collection: 'offices', id: 'eto-removed' })).toBeNull();
    expect(changeRecordName(atlas, { collection: 'headlineTotals', id: 'fta_agreements' })).toBeNull();
  });
});
