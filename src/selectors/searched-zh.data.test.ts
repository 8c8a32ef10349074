/**
 * The published records' `searched` sentences in Chinese: every one written, in both scripts, and
 * keeping the English sentence's numbers (years, days, counts), so no date is lost in translation.
 */
import { describe, expect, it } from 'vitest';
import { publishedAtlas } from '../testing/published-data';

const atlas = publishedAtlas();
const records = [...atlas.ties, ...atlas.offices, ...atlas.missions];
const withSearched = records.filter((r) => r.searched !== null);
const numbers = (text: string): string[] => text.match(/\d+/g) ?? [];

describe('searched sentences in Chinese', () => {
  it('every record that says where a fact was looked for says it in Chinese too', () => {
    expect(withSearched.length).toBeGreaterThan(100);
    expect(withSearched.filter((r) => r.searchedZh === null).map((r) => r.searched)).toEqual([]);
    // The Chinese translates the English, never stands alone.
    expect(records.filter((r) => r.searched === null && r.searchedZh !== null)).toEqual([]);
  });

  it('keeps every number of the English sentence in both scripts', () => {
    const lost = withSearched.flatMap((r) =>
      (['zhHK', 'zhCN'] as const).flatMap((script) => {
        const zh = numbers(r.searchedZh![script]);
        const missing = numbers(r.searched!).filter((n) => !zh.includes(n));
        return missing.length ? [{ script, missing, en: r.searched }] : [];
      }),
    );
    expect(lost).toEqual([]);
  });

  it('ends with the month of the search as the English does, in one phrasing per script', () => {
    const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const month = (name: string) => MONTHS.indexOf(name) + 1;
    for (const r of withSearched) {
      // "(searched Nov-Dec 2026)." or "… pages searched (Nov 2026)."
      const tail = /\((searched )?([A-Z][a-z]{2})(?:[-–]([A-Z][a-z]{2}))? (\d{4})\)\.$/.exec(r.searched!);
      expect(tail, r.searched!).not.toBeNull();
      const [, searched, from, to, year] = tail!;
      const when = `${year}年${month(from!)}月${to ? `至${month(to)}月` : ''}`;
      expect(r.searchedZh!.zhHK.endsWith(`（${when}${searched ? '查閱' : ''}）。`), r.searchedZh!.zhHK).toBe(true);
      expect(r.searchedZh!.zhCN.endsWith(`（${when}${searched ? '查阅' : ''}）。`), r.searchedZh!.zhCN).toBe(true);
    }
  });
});
