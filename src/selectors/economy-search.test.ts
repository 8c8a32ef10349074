import { describe, expect, it } from 'vitest';
import { searchAtlas, searchEconomies } from './economy-search';
import { makeEconomy, makeGrouping, makeOffice } from '../testing/test-factories';

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

describe('searchAtlas: groupings and offices too', () => {
  const asean = makeGrouping({
    groupingId: 'asean',
    short: 'ASEAN',
    names: { en: 'Association of Southeast Asian Nations', zhHK: '東南亞國家聯盟（東盟）', zhCN: '东南亚国家联盟（东盟）' },
  });
  const efta = makeGrouping({
    groupingId: 'efta',
    short: 'EFTA',
    names: { en: 'European Free Trade Association', zhHK: '歐洲自由貿易聯盟', zhCN: '欧洲自由贸易联盟' },
  });
  const london = makeOffice({
    officeId: 'eto-london',
    name: 'Hong Kong Economic and Trade Office, London',
    city: 'London',
    nameZh: '香港駐倫敦經濟貿易辦事處',
  });
  const index = { economies, groupings: [asean, efta], offices: [london] };
  const found = (q: string) =>
    searchAtlas(index, q).map((h) =>
      h.kind === 'economy' ? h.economy.iso2 : h.kind === 'grouping' ? h.grouping.groupingId : h.office.officeId,
    );

  it('finds a grouping by its short (bloc) name, its full name or its Chinese name', () => {
    expect(found('asean')).toEqual(['asean']);
    expect(found('free trade')).toEqual(['efta']);
    expect(found('東盟')).toEqual(['asean']);
  });

  it('finds an office by city or by name', () => {
    expect(found('london')).toEqual(['eto-london']);
    expect(found('倫敦')).toEqual(['eto-london']);
    expect(found('economic and trade')).toEqual(['eto-london']);
  });

  it("finds an office by its city's Chinese name in either script", () => {
    const sf = makeOffice({
      officeId: 'eto-san-francisco',
      name: 'Hong Kong Economic and Trade Office, San Francisco',
      city: 'San Francisco',
      cityZh: { zhHK: '三藩市', zhCN: '旧金山' },
    });
    const withSf = { ...index, offices: [london, sf] };
    const ids = (q: string) => searchAtlas(withSf, q).map((h) => (h.kind === 'office' ? h.office.officeId : ''));
    expect(ids('三藩市')).toEqual(['eto-san-francisco']);
    expect(ids('旧金山')).toEqual(['eto-san-francisco']);
  });

  it('puts economies first when they match as well', () => {
    expect(found('united')).toEqual(['AE', 'GB']);
    expect(searchAtlas({ ...index, economies: [...economies, makeEconomy('LO', 'Londonia')] }, 'londo').map((h) => h.kind)).toEqual([
      'economy',
      'office',
    ]);
  });
});
