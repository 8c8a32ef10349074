/**
 * One-off generator for data/sources/economies.csv (run: npx tsx data/build/generate-economies.ts).
 * The CSV is then curated by hand and is the source of truth; the data build never calls this.
 *
 * Names come from the Unicode CLDR via Intl.DisplayNames, with the usage of Hong Kong government
 * pages where CLDR differs. Regions follow the UN M49 geoscheme (continental region; intermediate
 * region for Latin America), starting from the world-countries package and correcting the
 * subregions it names differently from M49.
 */
import { writeFileSync } from 'node:fs';
import countries from 'world-countries';
import { toCsv } from '../../src/domain/csv-export';

const NAME_OVERRIDES: Record<string, { en?: string; zhHK?: string; zhCN?: string }> = {
  HK: { en: 'Hong Kong', zhHK: '香港', zhCN: '香港' },
  MO: { en: 'Macao', zhHK: '澳門', zhCN: '澳门' },
  CN: { en: 'Mainland China', zhHK: '中國內地', zhCN: '中国内地' },
  KR: { en: 'Korea', zhHK: '韓國' },
  NZ: { zhHK: '新西蘭' },
  SA: { zhHK: '沙特阿拉伯' },
  TR: { en: 'Türkiye' },
};

// world-countries uses a few subregions that are not UN M49 ones; map them country by country.
const M49_SUBREGION: Record<string, string> = {
  AT: 'Western Europe',
  CZ: 'Eastern Europe',
  HU: 'Eastern Europe',
  PL: 'Eastern Europe',
  SK: 'Eastern Europe',
  SI: 'Southern Europe',
  AL: 'Southern Europe',
  BG: 'Eastern Europe',
  BA: 'Southern Europe',
  HR: 'Southern Europe',
  XK: 'Southern Europe',
  MK: 'Southern Europe',
  ME: 'Southern Europe',
  RO: 'Eastern Europe',
  RS: 'Southern Europe',
  BM: 'Northern America',
  CA: 'Northern America',
  GL: 'Northern America',
  MX: 'Central America',
  PM: 'Northern America',
  UM: 'Micronesia',
  US: 'Northern America',
};

const en = new Intl.DisplayNames(['en'], { type: 'region' });
const zhHK = new Intl.DisplayNames(['zh-Hant-HK'], { type: 'region' });
const zhCN = new Intl.DisplayNames(['zh-Hans-CN'], { type: 'region' });

const rows = countries
  .filter((c) => /^[A-Z]{2}$/.test(c.cca2))
  .map((c) => {
    const o = NAME_OVERRIDES[c.cca2] ?? {};
    return {
      iso2: c.cca2,
      iso_numeric: c.ccn3 ?? '',
      name_en: o.en ?? en.of(c.cca2) ?? c.name.common,
      name_zh_hk: o.zhHK ?? zhHK.of(c.cca2) ?? c.name.common,
      name_zh_cn: o.zhCN ?? zhCN.of(c.cca2) ?? c.name.common,
      region: c.region === 'Antarctic' ? 'Antarctica' : c.region,
      subregion: M49_SUBREGION[c.cca2] ?? c.subregion ?? '',
      lon: c.latlng[1].toFixed(2),
      lat: c.latlng[0].toFixed(2),
    };
  })
  .sort((a, b) => a.iso2.localeCompare(b.iso2));

writeFileSync(new URL('../sources/economies.csv', import.meta.url), toCsv(rows));
console.log(`wrote ${rows.length} economies`);
