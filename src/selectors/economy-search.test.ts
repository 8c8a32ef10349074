import { describe, expect, it } from 'vitest';
import { searchEconomies } from './economy-search';
import { makeEconomy } from './test-factories';

const economies = [
  makeEconomy('NZ', 'New Zealand'),
  makeEconomy('TR', 'Türkiye'),
  makeEconomy('AE', 'United Arab Emirates'),
  makeEconomy('GB', 'United Kingdom'),
  { ...makeEconomy('KR', 'Korea'), names: { en: 'Korea', zhHK: '韓國', zhCN: '韩国' } },
];
const codes = (q: string) => searchEconomies(economies, q).map((e) => e.iso2);

describe('searchEconomies', () => {
  it('is tolerant of case, accents and partial names', () => {
    expect(codes('new z')).toEqual(['NZ']);
    expect(codes('TURKIYE')).toEqual(['TR']);
    expect(codes('kingdom')).toEqual(['GB']);
    expect(codes('ealan')).toEqual(['NZ']);
  });

  it('ranks prefix matches before others and finds Chinese names and ISO codes', () => {
    expect(codes('united')).toEqual(['AE', 'GB']);
    expect(codes('韓')).toEqual(['KR']);
    expect(codes('gb')).toEqual(['GB']);
  });

  it('returns nothing for an empty query', () => {
    expect(codes('  ')).toEqual([]);
  });
});
