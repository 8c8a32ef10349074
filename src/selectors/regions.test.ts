import { describe, expect, it } from 'vitest';
import type { Economy } from '../domain/records';
import { formatters } from '../i18n/format';
import { regionOptions, regionsInReadersOrder } from './regions';

const economy = (iso2: string, region: string, subregion: string): Economy =>
  ({ iso2, names: { en: iso2, zhHK: iso2, zhCN: iso2 }, region, subregion }) as Economy;
const regions = regionOptions([
  economy('JP', 'Asia', 'Eastern Asia'),
  economy('SG', 'Asia', 'South-Eastern Asia'),
  economy('IN', 'Asia', 'Southern Asia'),
  economy('FR', 'Europe', 'Western Europe'),
  economy('AU', 'Oceania', 'Australia and New Zealand'),
  economy('CL', 'Americas', 'South America'),
  economy('EG', 'Africa', 'Northern Africa'),
]);

describe('regions for the filter', () => {
  it('are listed once each, by their English names', () => {
    expect(regions.map((r) => r.region)).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);
    expect(regions.find((r) => r.region === 'Asia')?.subregions).toEqual(['Eastern Asia', 'South-Eastern Asia', 'Southern Asia']);
  });

  it('follow the reader’s order in Chinese: strokes in zh-HK, pinyin in zh-CN', () => {
    const order = (locale: 'en' | 'zh-HK' | 'zh-CN') => {
      const fmt = formatters(locale);
      return regionsInReadersOrder(regions, fmt.regionName, fmt.compare).map((r) => fmt.regionName(r.region));
    };
    expect(order('en')).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);
    // 大 has 3 strokes, 歐 15: the English order put 大洋洲 last and 歐洲 fourth.
    const hk = order('zh-HK');
    expect(hk[0]).toBe('大洋洲');
    expect(hk.at(-1)).toBe('歐洲');
    expect(order('zh-CN')).toEqual(['大洋洲', '非洲', '美洲', '欧洲', '亚洲']);
  });

  it('sort the subregions under each region too', () => {
    const fmt = formatters('zh-CN');
    const asia = regionsInReadersOrder(regions, fmt.regionName, fmt.compare).find((r) => r.region === 'Asia');
    // Pinyin letter by letter: dongnanya before dongya before nanya (the English order had 东亚 first).
    expect(asia?.subregions.map(fmt.regionName)).toEqual(['东南亚', '东亚', '南亚']);
  });
});
