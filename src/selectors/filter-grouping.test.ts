import { describe, expect, it } from 'vitest';
import { DEFAULT_UI_STATE } from '../state/ui-state';
import { applyFilters, type FilterState } from './filter-ties';
import { makeAtlas, makeEconomy, makeGrouping, makeTie } from '../testing/test-factories';
import { iso2 } from '../domain/primitives';

const f = (overrides: Partial<FilterState> = {}): FilterState => ({ ...DEFAULT_UI_STATE, ...overrides });
const atlas = makeAtlas({
  economies: [makeEconomy('SG', 'Singapore'), makeEconomy('NZ', 'New Zealand'), makeEconomy('CH', 'Switzerland')],
  ties: [makeTie({ partner: iso2('SG'), agreementId: 'fta-asean' }), makeTie(), makeTie({ partner: iso2('CH'), agreementId: 'fta-efta' })],
  groupings: [
    makeGrouping({ groupingId: 'asean', members: [iso2('SG'), iso2('MY')] }),
    makeGrouping({ groupingId: 'rcep', short: 'RCEP', members: [iso2('SG'), iso2('NZ')] }),
  ],
});
const partners = (r: { economies: Set<string> }) => [...r.economies].sort();

describe('applyFilters: grouping', () => {
  it('keeps only the members of the chosen grouping', () => {
    expect(partners(applyFilters(atlas, f({ grouping: 'asean' })))).toEqual(['SG']);
    expect(partners(applyFilters(atlas, f({ grouping: 'rcep' })))).toEqual(['NZ', 'SG']);
  });

  it('combines with the other filters', () => {
    expect(partners(applyFilters(atlas, f({ grouping: 'rcep', region: 'Asia' })))).toEqual(['NZ', 'SG']);
    expect(partners(applyFilters(atlas, f({ grouping: 'rcep', typeRules: { fta: 'not' } })))).toEqual([]);
  });

  it('an unknown grouping matches no economy', () => {
    expect(partners(applyFilters(atlas, f({ grouping: 'nope' })))).toEqual([]);
  });
});
