import { describe, expect, it } from 'vitest';
import { formatters } from '../../i18n/format';
import { MESSAGES } from '../../i18n/messages';
import { PUBLICATION } from '../../domain/publication';
import { csvPackageFiles, dataPackage, fieldType, type CsvPackageInput } from './csv-package';

const input: CsvPackageInput = {
  name: 'hong-kong-ties-compare-AU-SG',
  title: 'Ties matching the filters',
  columns: ['type', 'agreements'],
  rows: [
    { type: 'fta', agreements: '9' },
    { type: 'cdta', agreements: '48' },
  ],
  filters: ['Agreement types: FTA, CDTA', 'Region: Asia', 'End of 2015'],
  asOf: '2026-11-30',
  version: '2026-12-05.6b692394',
  link: 'https://example.org/?types=fta,cdta&region=Asia&year=2015',
  created: '2026-12-05T11:00:00.000Z',
  lang: 'en',
};

describe('the metadata beside a downloaded CSV', () => {
  it('types a column integer only when every value is a whole number', () => {
    expect(fieldType('agreements', input.rows)).toBe('integer');
    expect(fieldType('type', input.rows)).toBe('string');
    expect(fieldType('agreements', [])).toBe('string');
  });

  it('is a Frictionless data package naming the CSV, its columns, the licence, the filters, the as-of date, the version and the link', () => {
    const p = dataPackage(input);
    expect(p.name).toBe('hong-kong-ties-compare-au-sg');
    expect(p.licenses).toEqual([PUBLICATION.license]);
    expect(p.version).toBe(input.version);
    expect(p.resources[0]).toMatchObject({
      path: 'hong-kong-ties-compare-AU-SG.csv',
      format: 'csv',
      schema: {
        fields: [
          { name: 'type', type: 'string' },
          { name: 'agreements', type: 'integer' },
        ],
      },
    });
    expect(p.view).toEqual({
      link: input.link,
      query: { types: 'fta,cdta', region: 'Asia', year: '2015' },
      filters: input.filters,
      language: 'en',
      asOf: '2026-11-30',
      dataVersion: input.version,
    });
  });

  it('comes with a README in the interface language, and the CSV unchanged', () => {
    const files = csvPackageFiles(input, 'type,agreements\nfta,9\n', MESSAGES['zh-HK'], formatters('zh-HK'));
    expect(Object.keys(files)).toEqual(['hong-kong-ties-compare-AU-SG.csv', 'datapackage.json', 'README.txt']);
    expect(files['hong-kong-ties-compare-AU-SG.csv']).toBe('type,agreements\nfta,9\n');
    expect(files['README.txt']).toContain('篩選條件及年份：Agreement types: FTA, CDTA · Region: Asia · End of 2015');
    expect(files['README.txt']).toContain('資料截至：2026年11月30日 (2026-11-30)');
    expect(files['README.txt']).toContain(`數據版本：${input.version}`);
    expect(files['README.txt']).toContain(input.link);
    expect(files['README.txt']).toContain('CC-BY-4.0');
    expect(JSON.parse(files['datapackage.json']).view.asOf).toBe('2026-11-30');
  });

  it('says when the data version is not known', () => {
    const files = csvPackageFiles({ ...input, version: null }, '', MESSAGES.en, formatters('en'));
    expect(files['README.txt']).toContain('Data version: not known');
    expect(JSON.parse(files['datapackage.json']).version).toBeUndefined();
  });
});
