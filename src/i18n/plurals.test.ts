import { describe, expect, it } from 'vitest';
import { formatters } from './format';
import { MESSAGES } from './messages';

/** Counted phrases pick their form with Intl.PluralRules (fmt.plural): one in English for 1, other for the rest. */
describe('counted phrases', () => {
  const fmt = formatters('en');
  const m = MESSAGES.en;
  const say = (n: number, forms: (count: string) => Parameters<typeof fmt.plural>[1]) => fmt.plural(n, forms(fmt.number(n)));

  it('says how many records a release added, in the singular for one', () => {
    expect(fmt.plural(1, m.release.counts('1', '0', '2'))).toBe('1 record added, 0 removed, 2 changed.');
    expect(fmt.plural(3, m.release.counts('3', '1', '0'))).toBe('3 records added, 1 removed, 0 changed.');
    expect(fmt.plural(0, m.release.counts('0', '2', '5'))).toBe('0 records added, 2 removed, 5 changed.');
    expect(say(1, m.release.details)).toBe('Every change, field by field (1 row)');
    expect(say(12, m.release.details)).toBe('Every change, field by field (12 rows)');
  });

  it('agrees the verb with the number of economies that lack a type', () => {
    expect(fmt.plural(1, m.compare.noneOf('Singapore', 'CDTA'))).toBe('Singapore has no CDTA');
    expect(fmt.plural(2, m.compare.noneOf('Singapore and Chile', 'CDTA'))).toBe('Singapore and Chile have no CDTA');
  });

  it('counts hidden facts, further types, grouping members and group options', () => {
    expect(say(1, m.sources.factsHidden)).toBe('1 fact from secondary publishers hidden');
    expect(say(4, m.sources.factsHidden)).toBe('4 facts from secondary publishers hidden');
    expect(fmt.plural(1, m.filters.furtherOff('1', 'MLA'))).toBe(
      '1 further type is off by default (MLA): tick it under Agreement types to count it.',
    );
    expect(fmt.plural(3, m.filters.furtherOff('3', 'a, b and c'))).toMatch(/^3 further types are off by default \(a, b and c\): tick them/);
    expect(say(1, m.search.grouping)).toBe('grouping of 1 economy: filter to it');
    expect(say(10, m.search.grouping)).toBe('grouping of 10 economies: filter to it');
    expect(fmt.plural(1, m.compare.groupOption('X', '1'))).toBe('X (1 economy)');
    expect(fmt.plural(27, m.compare.groupOption('EU', '27'))).toBe('EU (27 economies)');
  });

  it('has one form in Chinese, whatever the count', () => {
    for (const lang of ['zh-HK', 'zh-CN'] as const) {
      const zh = formatters(lang);
      expect(zh.plural(1, MESSAGES[lang].sources.factsHidden('1'))).toBe(zh.plural(2, MESSAGES[lang].sources.factsHidden('1')));
      expect(zh.plural(1, MESSAGES[lang].release.counts('1', '0', '0'))).toMatch(/1/);
    }
  });
});
