import { describe, expect, it } from 'vitest';
import { opensOnAbout, opensOnMap } from './first-view';

describe('opensOnMap', () => {
  it('is true for the default view and an explicit or unknown view', () => {
    for (const search of ['', '?economy=NZ', '?view=atlas', '?view=tables', '?view=bogus&lang=en', '?review=table'])
      expect(opensOnMap(search), search).toBe(true);
  });
  it('is false when the address asks for the table or About', () => {
    for (const search of ['?view=table', '?view=about', '?economy=NZ&view=table', '?view=about&lang=zh-HK'])
      expect(opensOnMap(search), search).toBe(false);
  });
});

describe('opensOnAbout', () => {
  it('is true only when the address asks for About, as the URL codec reads it (first value)', () => {
    for (const search of ['?view=about', '?view=about&lang=zh-HK', '?economy=NZ&view=about&view=table'])
      expect(opensOnAbout(search), search).toBe(true);
    for (const search of ['', '?view=table', '?view=atlas', '?view=abouts', '?view=table&view=about'])
      expect(opensOnAbout(search), search).toBe(false);
  });
});
