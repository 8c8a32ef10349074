/**
 * The service worker (Workbox): once the app has loaded, a reload works offline, with the data,
 * the charts and the Chinese font; a new release waits and says "New data available" with Reload.
 */
import type { Page } from '@playwright/test';
import { expect, mapCanvas, openAt, test, waitForMapComplete } from './support/atlas-driver';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker is active, so everything it precaches is in its cache. */
async function offlineCopyReady(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 45_000 })
    .toBe('activated');
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
