import { describe, expect, it } from 'vitest';
import { officeRows, sortOfficeRows } from './office-rows';
import { formatters } from '../i18n/format';
import { makeEconomy, makeOffice } from '../testing/test-factories';
import { iso2 } from '../domain/primitives';

const economies = [
  makeEconomy('GB', 'United Kingdom'),
  makeEconomy('SE', 'Sweden'),
  makeEconomy('CN', 'China'),
  makeEconomy('TH', 'Thailand'),
];
const offices = [
  makeOffice({
    officeId: 'eto-london',
    city: 'London',
    covers: [iso2('SE'), iso2('GB')],
    opened: null,
    sourceUrl: 'https://www.info.gov.hk/a',
  }),
  makeOffice({
    officeId: 'lu-fujian',
    officeType: 'liaison_unit',
    city: 'Fuzhou',
    covers: [iso2('CN')],
    opened: '2017-04-17',
    sourceUrl: 'https://www.gov.hk/b',
  }),
  makeOffice({
    officeId: 'eto-bangkok',
    city: 'Bangkok',
    covers: [iso2('TH')],
    opened: '2019-02-28',
    sourceUrl: 'https://www.tid.gov.hk/c',
  }),
];
const rows = officeRows(offices, economies, (e) => e.names.en, formatters('en').local, formatters('en').compare);
const ids = (list: { officeId: string }[]) => list.map((r) => r.officeId);

describe('officeRows', () => {
  it('names the covered economies, sorted, and orders offices by type then city', () => {
    expect(rows.find((r) => r.officeId === 'eto-london')!.covered).toEqual(['Sweden', 'United Kingdom']);
    expect(ids(rows)).toEqual(['eto-bangkok', 'eto-london', 'lu-fujian']);
  });

  it('sorts by city, by number covered and by source host', () => {
    expect(ids(sortOfficeRows(rows, { key: 'city', direction: 'desc' }))).toEqual(['eto-london', 'lu-fujian', 'eto-bangkok']);
    expect(ids(sortOfficeRows(rows, { key: 'covered', direction: 'desc' }))).toEqual(['eto-london', 'eto-bangkok', 'lu-fujian']);
    expect(ids(sortOfficeRows(rows, { key: 'source', direction: 'asc' }))).toEqual(['lu-fujian', 'eto-london', 'eto-bangkok']);
  });

  it('gives the city and name in Chinese where the data has them, else in English marked as such', () => {
    const zh = officeRows(
      [
        makeOffice({
          officeId: 'eto-sf',
          city: 'San Francisco',
          cityZh: { zhHK: '三藩市', zhCN: '旧金山' },
          name: 'HKETO San Francisco',
          nameZh: null,
        }),
      ],
      economies,
      (e) => e.names.zhCN,
      formatters('zh-CN').local,
      formatters('zh-CN').compare,
    );
    expect(zh[0]).toMatchObject({ city: { text: '旧金山', english: false }, name: { text: 'HKETO San Francisco', english: true } });
  });

  it('puts offices with no opening date last in either direction', () => {
    expect(ids(sortOfficeRows(rows, { key: 'opened', direction: 'asc' }))).toEqual(['lu-fujian', 'eto-bangkok', 'eto-london']);
    expect(ids(sortOfficeRows(rows, { key: 'opened', direction: 'desc' }))).toEqual(['eto-bangkok', 'lu-fujian', 'eto-london']);
  });
});
