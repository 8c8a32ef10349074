import { describe, expect, it } from 'vitest';
import { opensOnMap } from './first-view';

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
