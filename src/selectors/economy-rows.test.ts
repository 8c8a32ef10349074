import { describe, expect, it } from 'vitest';
import { type CompareNames, economyRows, sortEconomyRows } from './economy-rows';
import { summarisePartners } from './partner-summaries';
import { makeEconomy, makeTie } from '../testing/test-factories';
import { iso2 } from '../domain/primitives';
import { formatters } from '../i18n/format';
import type { Economy, Tie } from '../domain/records';

const economies = [makeEconomy('NZ', 'New Zealand'), makeEconomy('CL', 'Chile'), makeEconomy('AU', 'Australia'), makeEconomy('PE', 'Peru')];
const ties = [
  makeTie(),
  makeTie({ tieType: 'cdta', agreementId: 'cdta-nz', signed: '2010-12-01', inForce: '2011-11-09' }),
  makeTie({ partner: iso2('CL'), agreementId: 'fta-cl', signed: '2012-09-07', inForce: '2014-10-09' }),
  makeTie({
    partner: iso2('AU'),
    agreementId: 'ippa-au-1993',
    tieType: 'ippa',
    status: 'superseded',
    signed: '1993-09-15',
    inForce: '1993-10-15',
    terminated: '2020-01-17',
  }),
  makeTie({ partner: iso2('PE'), agreementId: 'fta-pe', status: 'negotiating', signed: null, inForce: null }),
];

/** The rows as the app makes them: from the partners' summaries of the filtered ties. */
const rowsOf = (list: readonly Economy[], filtered: readonly Tie[], nameOf?: (e: Economy) => string, compare?: CompareNames) =>
  economyRows(list, summarisePartners(filtered), nameOf, compare);

describe('economyRows', () => {
  it('gives each partner its name, live types, counts and earliest tie, sorted by name', () => {
    expect(rowsOf(economies, ties)).toEqual([
      { iso2: 'AU', name: 'Australia', types: [], ties: 1, inForce: 0, standing: 'ended', earliestTie: '1993-09-15' },
      { iso2: 'CL', name: 'Chile', types: ['fta'], ties: 1, inForce: 1, standing: 'in_force', earliestTie: '2012-09-07' },
      { iso2: 'NZ', name: 'New Zealand', types: ['fta', 'cdta'], ties: 2, inForce: 2, standing: 'in_force', earliestTie: '2010-03-29' },
      { iso2: 'PE', name: 'Peru', types: ['fta'], ties: 1, inForce: 0, standing: 'pipeline', earliestTie: null },
    ]);
  });

  it('uses the entry-into-force date when the signature date is not given', () => {
    const [row] = rowsOf(economies, [makeTie({ signed: null, inForce: '2011-01-01' })]);
    expect(row.earliestTie).toBe('2011-01-01');
  });

  it('keeps a partner missing from the economies list, under its code', () => {
    expect(rowsOf([], [makeTie()]).map((r) => r.name)).toEqual(['NZ']);
  });

  it('has no row for an economy without ties of the chosen types', () => {
    expect(rowsOf(economies, [])).toEqual([]);
  });
});

describe('sortEconomyRows', () => {
  const rows = rowsOf(economies, ties);
  const order = (key: Parameters<typeof sortEconomyRows>[1]['key'], direction: 'asc' | 'desc') =>
    sortEconomyRows(rows, { key, direction }).map((r) => r.iso2);

  it('sorts by counts, breaking ties alphabetically in both directions', () => {
    expect(order('ties', 'desc')).toEqual(['NZ', 'AU', 'CL', 'PE']);
    expect(order('ties', 'asc')).toEqual(['AU', 'CL', 'PE', 'NZ']);
    expect(order('types', 'desc')).toEqual(['NZ', 'CL', 'PE', 'AU']);
  });

  it('puts economies without a dated tie last, whichever the direction', () => {
    expect(order('earliestTie', 'asc')).toEqual(['AU', 'NZ', 'CL', 'PE']);
    expect(order('earliestTie', 'desc')).toEqual(['CL', 'NZ', 'AU', 'PE']);
  });

  it('sorts names in reverse and leaves its input untouched', () => {
    expect(order('name', 'desc')).toEqual(['PE', 'NZ', 'CL', 'AU']);
    expect(rows.map((r) => r.iso2)).toEqual(['AU', 'CL', 'NZ', 'PE']);
  });
});

describe("names in the reader's order", () => {
  // Australia, New Zealand, Chile, Peru: by stroke count in Hong Kong (澳 16, 新 13, 智 12, 秘 10),
  // by pinyin on the Mainland (Aodaliya, Bilu, Xinxilan, Zhili), not by code point.
  const named = (zh: 'zhHK' | 'zhCN', names: Record<string, string>) =>
    economies.map((e) => ({ ...e, names: { ...e.names, [zh]: names[e.iso2] } }));
  const order = (lang: 'zh-HK' | 'zh-CN', zh: 'zhHK' | 'zhCN', names: Record<string, string>) =>
    rowsOf(named(zh, names), ties, (e) => e.names[zh], formatters(lang).compare).map((r) => r.name);

  it('sorts Hong Kong Chinese names by stroke count', () => {
    expect(order('zh-HK', 'zhHK', { AU: '澳洲', NZ: '新西蘭', CL: '智利', PE: '秘魯' })).toEqual(['秘魯', '智利', '新西蘭', '澳洲']);
  });

  it('sorts Mainland Chinese names by pinyin', () => {
    expect(order('zh-CN', 'zhCN', { AU: '澳大利亚', NZ: '新西兰', CL: '智利', PE: '秘鲁' })).toEqual([
      '澳大利亚',
      '秘鲁',
      '新西兰',
      '智利',
    ]);
  });

  it("keeps the reader's order when the table is sorted again by name", () => {
    const rows = rowsOf(named('zhHK', { AU: '澳洲', NZ: '新西蘭', CL: '智利', PE: '秘魯' }), ties, (e) => e.names.zhHK);
    const desc = sortEconomyRows(rows, { key: 'name', direction: 'desc' }, formatters('zh-HK').compare);
    expect(desc.map((r) => r.name)).toEqual(['澳洲', '新西蘭', '智利', '秘魯']);
  });
});
