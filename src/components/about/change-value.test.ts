import { describe, expect, it } from 'vitest';
import { formatters } from '../../i18n/format';
import { en } from '../../i18n/messages/en';
import { zhHK } from '../../i18n/messages/zh-HK';
import { codeWords, readChangeValue, shortAddress } from './change-value';

describe('readChangeValue: the change list’s text read back for display', () => {
  it('an empty value is empty, not a blank string', () => {
    expect(readChangeValue('')).toEqual({ kind: 'empty' });
    expect(readChangeValue('  ')).toEqual({ kind: 'empty' });
  });

  it('a day or a month is a date; a bare year or a number is not', () => {
    expect(readChangeValue('1983-05-16')).toEqual({ kind: 'date', iso: '1983-05-16' });
    expect(readChangeValue('2016-06')).toEqual({ kind: 'date', iso: '2016-06' });
    expect(readChangeValue('1983')).toEqual({ kind: 'text', text: '1983', lang: 'en' });
    expect(readChangeValue('22.3')).toEqual({ kind: 'text', text: '22.3', lang: 'en' });
  });

  it('web addresses joined with "; " are links, one per address', () => {
    const two = 'http://www.hketony.gov.hk/ny/jurisdiction.htm; https://www.info.gov.hk/gia/general/201304/10/P201304100303_print.htm';
    expect(readChangeValue(two)).toEqual({
      kind: 'links',
      urls: ['http://www.hketony.gov.hk/ny/jurisdiction.htm', 'https://www.info.gov.hk/gia/general/201304/10/P201304100303_print.htm'],
    });
    // Text that mentions an address is text.
    expect(readChangeValue('see https://www.ird.gov.hk').kind).toBe('text');
  });

  it('names by language get their language; the Simplified name is left out when written the same', () => {
    expect(readChangeValue('{"zhHK":"杜拜","zhCN":"迪拜"}')).toEqual({
      kind: 'names',
      names: [
        { lang: 'zh-HK', text: '杜拜' },
        { lang: 'zh-CN', text: '迪拜' },
      ],
    });
    expect(readChangeValue('{"zhHK":"曼谷","zhCN":"曼谷"}')).toEqual({ kind: 'names', names: [{ lang: 'zh-HK', text: '曼谷' }] });
    expect(readChangeValue('{"en":"Viet Nam","zhHK":"越南","zhCN":"越南"}')).toEqual({
      kind: 'names',
      names: [
        { lang: 'en', text: 'Viet Nam' },
        { lang: 'zh-HK', text: '越南' },
      ],
    });
  });

  it('other JSON, or JSON that is not names, stays text as written', () => {
    expect(readChangeValue('{"center":[114,22]}')).toEqual({ kind: 'text', text: '{"center":[114,22]}', lang: 'en' });
    expect(readChangeValue('{not json')).toEqual({ kind: 'text', text: '{not json', lang: 'en' });
  });

  it('Chinese text is marked as Chinese (the records’ single Chinese strings are Traditional)', () => {
    expect(readChangeValue('香港駐紐約經濟貿易辦事處')).toEqual({ kind: 'text', text: '香港駐紐約經濟貿易辦事處', lang: 'zh-HK' });
    expect(readChangeValue('in_force')).toEqual({ kind: 'text', text: 'in_force', lang: 'en' });
  });

  it('a link’s words drop the scheme', () => {
    expect(shortAddress('https://www.tid.gov.hk/en/x.html')).toBe('www.tid.gov.hk/en/x.html');
  });
});

describe('codeWords: codes in the change list shown as words', () => {
  const names: Record<string, string> = { TH: 'Thailand', VN: 'Viet Nam' };
  const place = (iso2: string) => names[iso2] ?? iso2;

  it('economies by name, one or a list, in the reader’s enumeration', () => {
    expect(codeWords(en, formatters('en'), place, 'covers', 'TH; VN')).toBe('Thailand, Viet Nam');
    expect(codeWords(zhHK, formatters('zh-HK'), (c) => ({ TH: '泰國', VN: '越南' })[c] ?? c, 'partners', 'TH; VN')).toBe('泰國、越南');
    expect(codeWords(en, formatters('en'), place, 'partner', 'XX')).toBe('XX');
  });

  it('types, statuses, kinds, figures and facts in the interface’s words; other fields and unknown codes as written', () => {
    const fmt = formatters('en');
    expect(codeWords(en, fmt, place, 'tieType', 'cdta')).toBe('CDTA');
    expect(codeWords(en, fmt, place, 'status', 'in_force')).toBe('In force');
    expect(codeWords(en, fmt, place, 'kind', 'negotiations_launched')).toBe('negotiations launched');
    expect(codeWords(zhHK, formatters('zh-HK'), place, 'kind', 'application')).toBe('申請');
    expect(codeWords(en, fmt, place, 'metric', 'fta_agreements')).toBe('Free trade agreements');
    expect(codeWords(en, fmt, place, 'field', 'in_force')).toBe('In force');
    expect(codeWords(en, fmt, place, 'status', 'rumoured')).toBeNull();
    expect(codeWords(en, fmt, place, 'name', 'in_force')).toBeNull();
  });
});
