/**
 * A seeded sample of random and hostile links, opened one after another in the same tab: each
 * loads the app with no uncaught error and no console error (the guards), and the address bar
 * settles on the canonical link of what the parameters validly asked for, per parameter. The full
 * 500-query run is the unit test src/state/url-fuzz.test.ts; this checks the browser agrees.
 */
import type { Locale } from '../src/domain/locales';
import { iso2 } from '../src/domain/primitives';
import { hostileQueries } from '../src/testing/hostile-queries';
import { parseUrlState, serializeUrlState } from '../src/state/url-codec';
import { expect, test, waitForAppReady } from './support/atlas-driver';
import { publishedAtlas } from '../src/testing/published-data';

const atlas = publishedAtlas();
const known = new Set(atlas.economies.map((e) => e.iso2));
/** An economy's name as its panel's heading shows it, in the link's language. */
const nameIn = (code: string, lang: Locale) => {
  const { names } = atlas.economies.find((e) => e.iso2 === code)!;
  return { en: names.en, 'zh-HK': names.zhHK, 'zh-CN': names.zhCN }[lang];
};
// Node's HTTP server refuses request heads over 16 KB: keep huge values well under that.
const SAMPLE = hostileQueries(8, 25, {
  known: ['NZ', 'SG', 'CL', 'AU', 'JP', 'MO', 'CN', 'DE'].map(iso2),
  maxHuge: 4_000,
  fragments: true,
});

test('25 hostile links each load the app and fall back per parameter', async ({ page }) => {
  test.setTimeout(240_000);
  for (const { query, expected } of SAMPLE) {
    const link = query.startsWith('?') ? query : `?${query}`;
    await test.step(link.length > 120 ? `${link.slice(0, 120)}… (${link.length} chars)` : link, async () => {
      const response = await page.goto(`/${link}`);
      // The browser may re-encode the link; what it sent must still mean the same to the codec.
      expect(parseUrlState(new URL(response!.url()).search, { known })).toEqual(expected);
      await waitForAppReady(page);
      await expect.poll(() => page.evaluate(() => window.location.search)).toBe(serializeUrlState(expected));
      const heading = expected.view === 'about' ? 'About the data' : expected.selected ? null : "Hong Kong's network";
      if (heading) await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
      // The economy's own panel, headed by its name.
      else
        await expect(page.getByRole('heading', { name: nameIn(expected.selected!, expected.lang), exact: true, level: 2 })).toBeVisible();
    });
  }
});
