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

  it('groups thousands', () => {
    expect(formatters('en').number(12345)).toBe('12,345');
  });
});
