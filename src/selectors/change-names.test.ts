import { describe, expect, it } from 'vitest';
import { iso2 } from '../domain/primitives';
import { makeAtlas, makeMission, makeOffice, makeTie } from '../testing/test-factories';
import { changeNameZh } from './change-names';

describe('changeNameZh: a changed record’s Chinese name, from today’s atlas', () => {
  const atlas = makeAtlas({
    offices: [makeOffice({ officeId: 'eto-x', nameZh: '香港駐某地經濟貿易辦事處' }), makeOffice({ officeId: 'eto-y', nameZh: null })],
    missions: [makeMission({ missionId: 'ce-1', nameZh: { zhHK: '行政長官訪問', zhCN: '行政长官访问' } })],
    ties: [makeTie({ agreementId: 'fta-nz', partner: iso2('NZ'), agreementNameZh: '香港與新西蘭更緊密經貿關係協定' })],
  });

  it('names offices, missions and ties by the Chinese the data gives', () => {
    expect(changeNameZh(atlas, { collection: 'offices', id: 'eto-x' })).toBe('香港駐某地經濟貿易辦事處');
    expect(changeNameZh(atlas, { collection: 'missions', id: 'ce-1' })).toEqual({ zhHK: '行政長官訪問', zhCN: '行政长官访问' });
    expect(changeNameZh(atlas, { collection: 'ties', id: 'fta-nz/NZ' })).toBe('香港與新西蘭更緊密經貿關係協定（NZ）');
  });

  it('has none where the data has none, for a record no longer in the atlas, or for another collection', () => {
    expect(changeNameZh(atlas, { collection: 'offices', id: 'eto-y' })).toBeNull();
    expect(changeNameZh(atlas, { collection: 'offices', id: 'eto-removed' })).toBeNull();
    expect(changeNameZh(atlas, { collection: 'headlineTotals', id: 'fta_agreements' })).toBeNull();
  });
});
