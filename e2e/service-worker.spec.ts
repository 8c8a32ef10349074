/**
 * The service worker (Workbox): once the app has loaded, a reload works offline, with the data,
 * the charts and the Chinese font; a new release waits and says "New data available" with Reload.
 */
import type { Page } from '@playwright/test';
import { deeperTileUrls } from '../src/components/map/economy-tile-cache';
import { ECONOMY_TILE_CACHE } from '../src/components/map/economy-tiles';
import { expect, featuresAt, jumpTo, mapCanvas, openAt, test, tilesLoaded, waitForMapComplete } from './support/atlas-driver';

test.use({ serviceWorkers: 'allow' });

/**
 * Waits until the service worker is active, so everything it precaches is in its cache, and the
 * page has put the deeper zooms' tiles in theirs (going offline before would fail the batch in flight).
 */
async function offlineCopyReady(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 45_000 })
    .toBe('activated');
  const expected = deeperTileUrls('{z}/{x}/{y}').length;
  await expect
    .poll(() => page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, ECONOMY_TILE_CACHE), { timeout: 45_000 })
    .toBe(expected);
}

test('after one visit, a reload offline shows the whole atlas, Chinese text in its own font', async ({ page, context }) => {
  await openAt(page, '?lang=zh-HK');
  await offlineCopyReady(page);

  await context.setOffline(true);
  await page.reload();
  await waitForMapComplete(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('香港聯繫地圖');
  await expect(page.getByTestId('counts-chart')).toBeVisible();
  // The Chinese subset is served from the cache: the page's text is drawn with it, not a system font.
  await expect
    .poll(() =>
      page.evaluate(
        async () => (await document.fonts.ready, [...document.fonts].some((f) => f.family.includes('Atlas CJK') && f.status === 'loaded')),
      ),
    )
    .toBe(true);
  // Views downloaded on demand come from the cache too.
  await page.getByRole('navigation', { name: '檢視' }).getByRole('button', { name: '關於資料' }).click();
  await expect(page.getByRole('heading', { name: '關於資料' })).toBeVisible();
});

test("the deeper zooms' tiles join the offline copy while the reader leaves the page alone: offline, the map still draws close up", async ({
  page,
  context,
}) => {
  await openAt(page);
  await offlineCopyReady(page);

  await context.setOffline(true);
  await page.reload();
  await waitForMapComplete(page);
  // Switzerland close up (zoom 5, from the deepest tiles): drawn, with no failed tile.
  await jumpTo(page, 8.3, 46.7, 5);
  expect(await tilesLoaded(page)).toBe(true);
  expect(await featuresAt(page, 8.3, 46.7, ['economies-fill'])).toEqual(['CH']);
  await expect(mapCanvas(page)).toBeVisible();
});

test('a new release waits, says "New data available", and Reload brings it in', async ({ page }) => {
  await openAt(page);
  await offlineCopyReady(page);
  // A release: a new service worker script for the same scope (a new URL is a new script; a
  // browser's update check of /sw.js itself cannot be routed by the test).
  await page.evaluate(async () => navigator.serviceWorker.register('/sw.js?release=2', { scope: '/' }));

  const notice = page.getByRole('status').filter({ hasText: 'New data available' });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  // Nothing changes under the reader until they choose to reload.
  await expect(mapCanvas(page)).toBeVisible();
  const reloaded = page.waitForEvent('load');
  await notice.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await page.waitForFunction(() => window.__mapComplete !== undefined, undefined, { timeout: 45_000 });
  await expect(notice).toHaveCount(0);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js\?release=2$/);
});
