import { describe, expect, it } from 'vitest';
import { disagreementRows } from './disagreements';
import { makeAtlas, makeMission, makeTie } from '../testing/test-factories';
import { iso2 } from '../domain/primitives';

const other = { partner: null, sourceUrl: 'https://www.reuters.com/x', checked: '2026-12-05' };

describe('disagreementRows', () => {
  it('puts each disagreement beside the value and page the record keeps', () => {
    const atlas = makeAtlas({
      ties: [makeTie({ inForce: '2011-01-01' })],
      disagreements: [{ recordId: 'fta-nz', field: 'in_force', value: '2011-01-02', ...other }],
    });
    expect(disagreementRows(atlas)).toEqual([
      {
        disagreement: atlas.disagreements[0],
        name: 'Hong Kong–New Zealand CEP',
        nameZh: null,
        tieType: 'fta',
        partner: 'NZ',
        kept: { value: '2011-01-01', sourceUrl: 'https://www.tid.gov.hk/x' },
      },
    ]);
  });

  it('finds a bloc member by partner and a mission fact by field', () => {
    const atlas = makeAtlas({
      ties: [
        makeTie({ agreementId: 'fta-asean', partner: iso2('PH'), bloc: 'ASEAN', inForce: '2019-06-17' }),
        makeTie({ agreementId: 'fta-asean', partner: iso2('VN'), bloc: 'ASEAN' }),
      ],
      missions: [
        makeMission({ mousSigned: 13, mousSource: 'https://www.info.gov.hk/y', nameZh: { zhHK: '行政長官訪問', zhCN: '行政长官访问' } }),
      ],
      disagreements: [
        { recordId: 'fta-asean', field: 'in_force', value: '2020-05-12', ...other, partner: iso2('PH') },
        { recordId: 'ce-2023-02-middle-east', field: 'mous_signed', value: '12', ...other },
      ],
    });
    const rows = disagreementRows(atlas);
    expect(rows.map((r) => [r.partner, r.kept.value])).toEqual([
      ['PH', '2019-06-17'],
      [null, '13'],
    ]);
    expect(rows[1].kept.sourceUrl).toBe('https://www.info.gov.hk/y');
    // A mission is named in Chinese where the data writes it, in both scripts.
    expect(rows[1].nameZh).toEqual({ zhHK: '行政長官訪問', zhCN: '行政长官访问' });
  });
});
