import { describe, expect, it } from 'vitest';
import { formatters } from './format';

describe('formatters', () => {
  it('formats dates for each locale', () => {
    expect(formatters('en').date('2010-03-29')).toBe('29 Mar 2010');
    expect(formatters('zh-HK').date('2010-03-29')).toBe('2010年3月29日');
    expect(formatters('zh-CN').date('2010-03-29')).toBe('2010年3月29日');
    expect(formatters('en').date(null)).toBe('—');
    expect(formatters('en').date('2022-01')).toBe('Jan 2022');
    expect(formatters('zh-HK').date('2022-01')).toBe('2022年1月');
  });

  it('picks the economy name in the locale', () => {
    const names = { names: { en: 'New Zealand', zhHK: '新西蘭', zhCN: '新西兰' } };
    expect(formatters('zh-HK').economyName(names)).toBe('新西蘭');
    expect(formatters('zh-CN').economyName(names)).toBe('新西兰');
  });

  it("gives a record's Chinese text in a Chinese locale, and says when it falls back to English", () => {
    const city = { zhHK: '三藩市', zhCN: '旧金山' };
    expect(formatters('zh-HK').local('San Francisco', city)).toEqual({ text: '三藩市', english: false });
    expect(formatters('zh-CN').local('San Francisco', city)).toEqual({ text: '旧金山', english: false });
    expect(formatters('zh-CN').local('London ETO', '倫敦經貿辦')).toEqual({ text: '倫敦經貿辦', english: false });
    expect(formatters('zh-HK').local('Visit to India', null)).toEqual({ text: 'Visit to India', english: true });
    expect(formatters('en').local('San Francisco', city)).toEqual({ text: 'San Francisco', english: false });
  });

  it('picks the plural form of a counted phrase', () => {
    const forms = (n: number) => ({ one: `${n} MOU`, other: `${n} MOUs` });
    expect(formatters('en').plural(1, forms(1))).toBe('1 MOU');
    expect(formatters('en').plural(13, forms(13))).toBe('13 MOUs');
    expect(formatters('en').plural(0, forms(0))).toBe('0 MOUs');
    // Chinese has one form: `other`.
    expect(formatters('zh-HK').plural(1, { other: '1份' })).toBe('1份');
  });

  it('groups thousands', () => {
    expect(formatters('en').number(12345)).toBe('12,345');
  });

  it('puts English or full-width Chinese punctuation between the parts of a line', () => {
    const line = (locale: 'en' | 'zh-HK' | 'zh-CN') => {
      const p = formatters(locale).punctuation;
      return `Name${p.open}City${p.comma}date${p.close}${p.colon}note`;
    };
    expect(line('en')).toBe('Name (City, date): note');
    expect(line('zh-HK')).toBe('Name（City，date）：note');
    expect(line('zh-CN')).toBe('Name（City，date）：note');
  });
});
