/** groupings.csv: each grouping's members are known economies, and every bloc in ties/ is a grouping holding the tie's partner. */
import { describe, expect, it } from 'vitest';
import { buildErrors, tieRow } from './test-sources';

const groupingRow = (overrides: Record<string, string> = {}) => ({
  grouping_id: 'asean',
  short: 'ASEAN',
  name: 'Association of Southeast Asian Nations',
  name_zh_hk: '東盟',
  name_zh_cn: '东盟',
  members: 'SG',
  source_url: 'https://www.tid.gov.hk/english/ita/fta/hkasean/index.html',
  other_sources: '',
  checked: '2026-12-05',
  note: '',
  ...overrides,
});
const blocTie = (bloc: string) => tieRow({ agreement_id: 'fta-asean', partner_iso2: 'SG', bloc });

describe('data build: groupings', () => {
  it('accepts a grouping whose members include every partner of its bloc agreements', () => {
    expect(buildErrors({ groupings: [groupingRow()], ties: { fta: [blocTie('ASEAN')] } })).toEqual([]);
  });

  it('unknown member', () => {
    expect(buildErrors({ groupings: [groupingRow({ members: 'SG;XX' })] })).toEqual([
      'groupings.csv, row 1 (line 2), field "members": unknown economy "XX" (not in economies.csv)',
    ]);
  });

  it('a grouping with no members', () => {
    expect(buildErrors({ groupings: [groupingRow({ members: '' })] })).toEqual([
      'groupings.csv, row 1 (line 2), field "members": a grouping needs at least one member',
    ]);
  });

  it('a source host not in the list', () => {
    const [error] = buildErrors({ groupings: [groupingRow({ source_url: 'https://en.wikipedia.org/wiki/ASEAN' })] });
    expect(error).toMatch(/^groupings\.csv, row 1 \(line 2\), field "source_url": host not in the list of source hosts/);
  });

  it('a bloc in ties/ that is no grouping', () => {
    expect(buildErrors({ ties: { fta: [blocTie('ASEAN')] } })).toEqual([
      'ties/fta.csv, row 1 (line 2), field "bloc": bloc "ASEAN" is not a grouping in groupings.csv (short)',
    ]);
  });

  it("a bloc tie whose partner is not among the grouping's members", () => {
    expect(buildErrors({ groupings: [groupingRow({ members: 'NZ' })], ties: { fta: [blocTie('ASEAN')] } })).toEqual([
      'ties/fta.csv, row 1 (line 2), field "partner_iso2": SG is not a member of ASEAN in groupings.csv',
    ]);
  });

  it('duplicate grouping', () => {
    expect(buildErrors({ groupings: [groupingRow(), groupingRow({ short: 'ASEAN2' })] })).toEqual([
      'groupings.csv, row 2 (line 3), field "grouping_id": duplicate grouping "asean" (first at row 1 of groupings.csv)',
    ]);
  });
});
