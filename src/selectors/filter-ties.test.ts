import { describe, expect, it } from 'vitest';
import { DEFAULT_UI_STATE } from '../state/ui-state';
import { applyFilters, type FilterState } from './filter-ties';
import { tieAsOf } from './tie-as-of';
import { makeAtlas, makeEconomy, makeOffice, makeTie } from '../testing/test-factories';
import { iso2 } from '../domain/primitives';
import type { Tie } from '../domain/records';
import { ENDED_STATUSES } from '../domain/statuses';
import type { TieType } from '../domain/tie-types';
import { publishedAtlas } from '../testing/published-data';

const f = (overrides: Partial<FilterState> = {}): FilterState => ({ ...DEFAULT_UI_STATE, ...overrides });
const atlas = makeAtlas({
  economies: [
    makeEconomy('NZ', 'New Zealand', 'Oceania', 'Australia and New Zealand'),
    makeEconomy('GE', 'Georgia', 'Asia', 'Western Asia'),
    makeEconomy('BE', 'Belgium', 'Europe', 'Western Europe'),
  ],
  ties: [
    makeTie(),
    makeTie({ tieType: 'cdta', agreementId: 'cdta-nz', signed: '2010-12-01', inForce: '2011-11-09' }),
    makeTie({ partner: iso2('GE'), agreementId: 'fta-ge', signed: '2018-06-28', inForce: '2019-02-13' }),
    makeTie({ partner: iso2('GE'), tieType: 'cdta', agreementId: 'cdta-ge', signed: '2020-10-05', inForce: null, status: 'signed' }),
    makeTie({ partner: iso2('BE'), tieType: 'ippa', agreementId: 'ippa-bleu', signed: '1996-10-07', inForce: '2001-06-18' }),
    makeTie({ partner: iso2('BE'), tieType: 'cdta', agreementId: 'cdta-be', signed: '2003-12-10', inForce: '2004-10-07' }),
  ],
  beltAndRoad: [{ partner: iso2('GE'), sourceUrl: 'https://www.gov.hk/x', otherSources: [], checked: '2026-11-23' }],
  offices: [makeOffice({ officeId: 'eto-brussels', country: iso2('BE'), covers: [iso2('BE')], opened: '2000-01-01' })],
});
const partners = (r: { economies: Set<string> }) => [...r.economies].sort();

describe('applyFilters', () => {
  it('gives the same ties whether it keeps the year-and-status stage from the last input or walks the ties afresh', () => {
    const steps: Partial<FilterState>[] = [
      {},
      { typeRules: { cdta: 'must' } },
      { typeRules: { cdta: 'must' }, year: 2019 },
      { typeRules: { cdta: 'must', ippa: 'not' }, year: 2019 },
      { year: 2010 },
      // New Zealand's CDTA was signed in 2010 and in force in 2011: it counts in 2010 on one basis only.
      { year: 2010, basis: 'signed' },
      { year: 2019, basis: 'signed', statuses: ['in_force'] },
      { year: 2019, statuses: ['in_force'], types: ['cdta'] },
      { statuses: ['signed'] },
      // A year and today in turn, as the map and the timeline ask with a year chosen.
      { year: 2010 },
      { year: null },
      { year: 2010, typeRules: { ippa: 'not' } },
      { year: null, typeRules: { ippa: 'not' } },
      {},
    ];
    for (const step of steps) {
      // A copy of the atlas is another key: nothing kept from an earlier input.
      const afresh = applyFilters({ ...atlas }, f(step));
      const kept = applyFilters(atlas, f(step));
      expect(kept.ties, JSON.stringify(step)).toEqual(afresh.ties);
      expect(partners(kept)).toEqual(partners(afresh));
    }
  });

  it('keeps the ties and the economies in the atlas order, as a plain filter by definition does, on the published atlas', () => {
    const published = publishedAtlas();
    // By definition, tie by tie, with no index: the ties that count, then each partner judged on its live types.
    const plain = (state: FilterState) => {
      const counted = published.ties
        .map((t) => tieAsOf(t, state.year, state.basis))
        .filter((t): t is Tie => t !== null && state.statuses.includes(t.status));
      const live = (p: string) =>
        new Set(counted.filter((t) => t.partner === p && !ENDED_STATUSES.includes(t.status)).map((t) => t.tieType));
      const members = published.groupings.find((g) => g.groupingId === state.grouping)?.members;
      const economy = (p: string) => published.economies.find((e) => e.iso2 === p);
      const passes = (p: string) =>
        (!members || members.includes(iso2(p))) &&
        (!state.region || economy(p)?.region === state.region || economy(p)?.subregion === state.region) &&
        Object.entries(state.typeRules).every(([type, rule]) => (rule === 'must') === live(p).has(type as TieType));
      const ties = counted.filter((t) => state.types.includes(t.tieType) && passes(t.partner));
      return { ties, economies: [...new Set(ties.map((t) => t.partner))] };
    };
    const grouping = published.groupings[0].groupingId;
    const states: Partial<FilterState>[] = [
      {},
      { typeRules: { cdta: 'must' } },
      { typeRules: { fta: 'must', ippa: 'not' }, types: ['fta', 'cdta'] },
      { grouping },
      { grouping, year: 2012, basis: 'signed' },
      { region: 'Europe', statuses: ['in_force', 'signed'] },
      { types: ['aeo_mra', 'air_services'], year: 2005 },
      { types: ['cdta'] },
      { types: ['mla', 'dta_limited'] },
    ];
    for (const state of states) {
      const expected = plain(f(state));
      const result = applyFilters(published, f(state));
      expect(result.ties, JSON.stringify(state)).toEqual(expected.ties);
      expect([...result.economies]).toEqual(expected.economies);
    }
  });

  it('shows every economy with a tie by default', () => {
    expect(partners(applyFilters(atlas, f()))).toEqual(['BE', 'GE', 'NZ']);
  });

  it('set logic: has a CDTA but no IPPA', () => {
    expect(partners(applyFilters(atlas, f({ typeRules: { cdta: 'must', ippa: 'not' } })))).toEqual(['GE', 'NZ']);
  });

  it('set logic looks at all types even when some are hidden', () => {
    expect(partners(applyFilters(atlas, f({ types: ['cdta'], typeRules: { ippa: 'not' } })))).toEqual(['GE', 'NZ']);
  });

  it('Belt and Road partner with no FTA', () => {
    expect(partners(applyFilters(atlas, f({ beltAndRoadOnly: true, typeRules: { fta: 'not' } })))).toEqual([]);
    expect(partners(applyFilters(atlas, f({ beltAndRoadOnly: true })))).toEqual(['GE']);
  });

  it('filters by region or subregion', () => {
    expect(partners(applyFilters(atlas, f({ region: 'Asia' })))).toEqual(['GE']);
    expect(partners(applyFilters(atlas, f({ region: 'Western Europe' })))).toEqual(['BE']);
  });

  it('filters by status', () => {
    const r = applyFilters(atlas, f({ statuses: ['signed'] }));
    expect(r.ties.map((t) => t.agreementId)).toEqual(['cdta-ge']);
  });

  it('has a Hong Kong office, as at the chosen year', () => {
    expect(partners(applyFilters(atlas, f({ hasOfficeOnly: true })))).toEqual(['BE']);
    expect(partners(applyFilters(atlas, f({ hasOfficeOnly: true, year: 1999, basis: 'signed' })))).toEqual([]);
  });

  it('shows the network as it stood in a year, on either basis', () => {
    expect(partners(applyFilters(atlas, f({ year: 2010, basis: 'inForce' })))).toEqual(['BE']);
    expect(partners(applyFilters(atlas, f({ year: 2010, basis: 'signed' })))).toEqual(['BE', 'NZ']);
  });
});

describe('tieAsOf', () => {
  it('is signed between signature and entry into force', () => {
    expect(tieAsOf(makeTie(), 2010, 'signed')?.status).toBe('signed');
    expect(tieAsOf(makeTie(), 2011, 'signed')?.status).toBe('in_force');
  });

  it('drops ties that had ended or cannot be placed', () => {
    const ended = makeTie({ status: 'superseded', terminated: '2020-01-17' });
    expect(tieAsOf(ended, 2019, 'inForce')?.status).toBe('in_force');
    expect(tieAsOf(ended, 2020, 'inForce')).toBeNull();
    expect(tieAsOf(makeTie({ inForce: null }), 2020, 'inForce')).toBeNull();
    expect(tieAsOf(makeTie({ inForce: null }), null, 'inForce')).not.toBeNull();
  });
});
