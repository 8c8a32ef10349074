import { describe, expect, it } from 'vitest';
import { cellState, compareCsvRows, compareDifferences, compareGroups, compareLifecycles, compareRows } from './compare';
import { makeEconomy, makeTie } from '../testing/test-factories';
import { iso2 } from '../domain/primitives';

const economies = [makeEconomy('SG', 'Singapore'), makeEconomy('MY', 'Malaysia'), makeEconomy('TH', 'Thailand')];

describe('compare', () => {
  it('gives each economy one cell per type, in the order the economies were added', () => {
    const ties = [makeTie({ agreementId: 'cdta-my', tieType: 'cdta', partner: iso2('MY'), signed: '2012-04-25', inForce: '2012-12-28' })];
    const rows = compareRows({ economies, ties }, ['SG', 'MY', 'ZZ'], ['fta', 'cdta']);
    expect(rows.map((r) => r.economy.iso2)).toEqual(['SG', 'MY']);
    expect(rows[1].cells.map((c) => c.state)).toEqual([{ kind: 'none' }, { kind: 'in_force', since: '2012-12-28' }]);
  });

  it('ranks in force over pending over ended', () => {
    expect(cellState([makeTie({ status: 'terminated', terminated: '2020-01-01' }), makeTie({ status: 'signed', inForce: null })])).toEqual({
      kind: 'pending',
      status: 'signed',
    });
    expect(cellState([makeTie({ status: 'negotiating', signed: null, inForce: null }), makeTie({ inForce: '2011-01-01' })])).toEqual({
      kind: 'in_force',
      since: '2011-01-01',
    });
    expect(cellState([makeTie({ status: 'superseded', terminated: '2019-05-01' })])).toEqual({ kind: 'ended', date: '2019-05-01' });
  });

  it('says only the types on which the economies differ: "Singapore has no CDTA; Malaysia has had one since 2012"', () => {
    const ties = [
      makeTie({ agreementId: 'cdta-my', tieType: 'cdta', partner: iso2('MY'), inForce: '2012-12-28' }),
      makeTie({ agreementId: 'fta-asean', tieType: 'fta', partner: iso2('MY'), inForce: '2019-10-13' }),
      makeTie({ agreementId: 'fta-asean', tieType: 'fta', partner: iso2('SG'), inForce: '2019-06-11' }),
    ];
    const diffs = compareDifferences(compareRows({ economies, ties }, ['SG', 'MY'], ['fta', 'cdta']));
    expect(diffs).toHaveLength(1);
    expect(diffs[0].type).toBe('cdta');
    expect(diffs[0].none.map((e) => e.iso2)).toEqual(['SG']);
    expect(diffs[0].inForce).toEqual([{ economy: economies[1], since: '2012-12-28' }]);
  });

  it('draws every economy on one time axis from the first dated tie to the as-of year', () => {
    const ties = [
      makeTie({ partner: iso2('SG'), signed: '2000-09-22' }),
      makeTie({ partner: iso2('MY'), agreementId: 'x', signed: null, inForce: '2012-12-28' }),
    ];
    const { lanes, firstYear, lastYear } = compareLifecycles(compareRows({ economies, ties }, ['SG', 'MY'], ['fta']), '2026-12-01');
    expect([firstYear, lastYear]).toEqual([2000, 2026]);
    expect(lanes[1].bars[0].start).toBe('2012-12-28');
  });

  it('offers each grouping by its short name with its members in order', () => {
    const grouping = (short: string, members: string[]) => ({
      groupingId: short.toLowerCase(),
      short,
      names: { en: short, zhHK: short, zhCN: short },
      members: members.map(iso2),
      sourceUrl: 'https://asean.org/x',
      otherSources: [],
      checked: '2026-12-05',
    });
    expect(compareGroups({ groupings: [grouping('EU', ['FR', 'DE']), grouping('ASEAN', ['TH', 'MY'])] })).toEqual([
      { name: 'ASEAN', members: ['MY', 'TH'] },
      { name: 'EU', members: ['DE', 'FR'] },
    ]);
  });

  it('writes a CSV row for each tie and a "none" row where there is no tie', () => {
    const ties = [makeTie({ partner: iso2('SG') })];
    const csv = compareCsvRows(compareRows({ economies, ties }, ['SG', 'TH'], ['fta']), (e) => e.names.en);
    expect(csv.map((r) => [r.economy_name, r.standing, r.signed])).toEqual([
      ['Singapore', 'in_force', '2010-03-29'],
      ['Thailand', 'none', ''],
    ]);
  });
});
