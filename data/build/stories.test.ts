/**
 * stories.csv is validated like every source file: a bad step fails the build, naming the row and
 * field. The real file is checked by the data build itself (build.test.ts builds data/sources).
 */
import { describe, expect, it } from 'vitest';
import { buildErrors, storyRow } from './test-sources';

const err = (row: number, field: string, message: string) => `stories.csv, row ${row} (line ${row + 1}), field "${field}": ${message}`;

describe('data build: stories', () => {
  it('accepts valid steps', () => {
    expect(buildErrors({ stories: [storyRow(), storyRow({ step: '2', year: '', camera: '100;-50;180;10' })] })).toEqual([]);
  });

  it('an unknown placeholder', () => {
    expect(
      buildErrors({
        stories: [
          storyRow({ text_en: '{fta_partners} and {ftas}.', text_zh_hk: '{fta_partners}{ftas}', text_zh_cn: '{fta_partners}{ftas}' }),
        ],
      }),
    ).toEqual([
      err(1, 'text_en', 'unknown placeholder {ftas}'),
      err(1, 'text_zh_hk', 'unknown placeholder {ftas}'),
      err(1, 'text_zh_cn', 'unknown placeholder {ftas}'),
    ]);
  });

  it('a translation quoting other figures than the English', () => {
    expect(buildErrors({ stories: [storyRow({ text_zh_cn: '{year}年底：{cdta_partners}。' })] })).toEqual([
      err(1, 'text_zh_cn', 'quotes other figures than text_en: every language quotes the same figures'),
    ]);
  });

  it('a stray brace', () => {
    expect(buildErrors({ stories: [storyRow({ text_en: 'At {year}: {fta_partners} {FTA}.' })] })).toContain(
      err(1, 'text_en', 'a stray { or }: placeholders are written {figure} or {figure@YYYY}'),
    );
  });

  it('an unknown economy', () => {
    expect(buildErrors({ stories: [storyRow({ highlight: 'NZ;ZZ' })] })).toEqual([
      err(1, 'highlight', 'unknown economy "ZZ" (not in economies.csv)'),
    ]);
  });

  it('steps out of order', () => {
    expect(buildErrors({ stories: [storyRow(), storyRow({ step: '3' })] })).toEqual([
      err(2, 'step', 'step 3 of "growth" is out of order: expected 2'),
    ]);
  });

  it('a source no record cites', () => {
    expect(buildErrors({ stories: [storyRow({ source_urls: 'https://www.tid.gov.hk/en/other.html' })] })).toEqual([
      err(1, 'source_urls', "https://www.tid.gov.hk/en/other.html is cited by no record: a story cites the records' own pages"),
    ]);
  });

  it('a host not in the list and a bad camera', () => {
    const errors = buildErrors({ stories: [storyRow({ source_urls: 'https://example.com/x', camera: 'asia' })] });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/field "camera": expected world, partners or bounds/);
    expect(errors[1]).toMatch(/field "source_urls": .*example\.com/);
  });

  it('a year before the atlas begins', () => {
    expect(buildErrors({ stories: [storyRow({ year: '1990' })] })).toEqual([err(1, 'year', 'year 1990 is outside 1997–2026')]);
  });
});
