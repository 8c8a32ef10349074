/**
 * The static shell in index.html: the header, the layout's frame and "Loading the map…" are
 * painted from HTML and CSS before any of the app's script runs, in the language the address or
 * the browser asks for; the app then takes its place.
 */
import type { Page, Route } from '@playwright/test';
import {
  expect,
  mapCanvas,
  mapRegion,
  openAt,
  shellEmbedTitle,
  shellLayoutParts,
  shellLoading,
  shellMapArea,
  staticShell,
  test,
} from './support/atlas-driver';

/** The app's own scripts (not the shell's language script), held back or refused. */
const APP_SCRIPT = /\/assets\/index-[\w-]+\.js$/;
const BLOCKED = /^Failed to load resource: net::ERR_FAILED/;

/** The app's script never arrives (a very slow link): the shell is what the reader sees meanwhile. */
const holdAppScript = (page: Page) => page.route(APP_SCRIPT, () => new Promise<void>(() => undefined));

async function expectShell(page: Page, title: string, loading: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title, { useInnerText: true });
  await expect(shellLoading(page, 'full')).toHaveText(loading, { useInnerText: true });
  // The layout's frame: filters column, map area and panel, where the app will draw them.
  for (const part of shellLayoutParts(page)) await expect(part).toBeVisible();
  const map = await shellMapArea(page, 'full').boundingBox();
  expect(map!.width * map!.height).toBeGreaterThan(100_000);
}

test('the shell is painted before the app script runs, then the app takes its place', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(APP_SCRIPT, async (route: Route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await expectShell(page, 'Hong Kong Ties Atlas', 'Loading the map…');
  // The browser has painted it while the app's script is still held back.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)).toBe(1);
  expect(await page.evaluate(() => window.__atlasMap === undefined && !document.querySelector('.app[data-ready]'))).toBe(true);

  release();
  await page.waitForFunction(() => window.__mapComplete !== undefined);
  await expect(staticShell(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hong Kong Ties Atlas');
});

test('?lang=zh-HK: the shell speaks Traditional Chinese before the app loads', async ({ page }) => {
  await holdAppScript(page);
  await page.goto('/?lang=zh-HK', { waitUntil: 'commit' });
  await expectShell(page, '香港聯繫地圖', '正在載入地圖…');
  await expect(page).toHaveTitle('香港聯繫地圖');
});

test('embed=1: before the app script runs, the shell is the embed frame, with no page header', async ({ page }) => {
  await holdAppScript(page);
  await page.goto('/?embed=1&year=2015', { waitUntil: 'commit' });
  await expect(shellEmbedTitle(page)).toHaveText('Hong Kong Ties Atlas', { useInnerText: true });
  await expect(shellLoading(page, 'embed')).toHaveText('Loading the map…', { useInnerText: true });
  await expect(page.locator('header, h1, nav, aside').filter({ visible: true })).toHaveCount(0);
  const map = await shellMapArea(page, 'embed').boundingBox();
  expect(map!.width * map!.height).toBeGreaterThan(100_000);
  // A chart embed waits for the atlas, not a map.
  await page.goto('/?embed=1&chart=timeline', { waitUntil: 'commit' });
  await expect(shellLoading(page, 'embed')).toHaveText('Loading the atlas…', { useInnerText: true });
  await expect(page.locator('header, h1').filter({ visible: true })).toHaveCount(0);
});

test.describe('a browser that asks for Simplified Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('the shell speaks Simplified Chinese; About first says it is loading the atlas', async ({ page }) => {
    await holdAppScript(page);
    await page.goto('/', { waitUntil: 'commit' });
    await expectShell(page, '香港联系地图', '正在加载地图…');
    await page.goto('/?view=about', { waitUntil: 'commit' });
    await expect(shellLoading(page, 'full')).toHaveText('正在加载数据…', { useInnerText: true });
  });
});

test("an app script that fails to download: the shell says so, in the page's language, and its link loads the page again", async ({
  page,
  guards,
}) => {
  guards.allowConsoleErrors(BLOCKED);
  await page.route(APP_SCRIPT, (route) => route.abort('failed'));
  await page.goto('/?lang=zh-HK&economy=NZ');
  const status = shellLoading(page, 'full');
  await expect(status).toHaveText('未能下載本圖集：網絡可能已中斷。 重新載入頁面', { useInnerText: true });
  await expect(staticShell(page, 'full')).toHaveAttribute('aria-busy', 'false');
  // The connection is back: the link reloads the same address, and the app starts.
  await page.unroute(APP_SCRIPT);
  await status.getByRole('link', { name: '重新載入頁面' }).click();
  await page.waitForFunction(() => window.__mapComplete !== undefined);
  // The same address (the app writes its parameters in its own order).
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ economy: 'NZ', lang: 'zh-HK' });
  await expect(page.getByRole('heading', { level: 2, name: '新西蘭' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the shell is there in English, with the note that the atlas needs JavaScript', async ({ page }) => {
    await page.goto('/?lang=zh-HK');
    await expectShell(page, 'Hong Kong Ties Atlas', 'Loading the map…');
    expect(await page.locator('body').innerText()).toContain('Hong Kong Ties Atlas needs JavaScript.');
  });
});

test('the app, once running, keeps saying "Loading the map…" until the map is drawn', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/data\/atlas\.json$/, async (route: Route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  // React has replaced the shell, and the map waits for the atlas to colour it.
  await expect(staticShell(page)).toHaveCount(0);
  await expect(mapRegion(page).getByRole('status')).toHaveText('Loading the map…');
  release();
  await openAt(page);
  await expect(mapRegion(page).getByText('Loading the map…')).toHaveCount(0);
  await expect(mapCanvas(page)).toBeVisible();
});

test('?lang=zh-HK: from the shell to the loaded app the title stays Chinese in every frame (no English before the data is in)', async ({
  page,
}) => {
  // Every animation frame once the shell is parsed whole: the title's text and the page's language.
  // (While the parser is still in the body, a frame can hold the <h1> with only part of its text;
  // the shell's language before that is the next test's. The app's script, a module, runs only
  // after parsing, so every frame from the shell to the app is sampled.)
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __titles: string[] }).__titles = seen;
    const sample = () => {
      if (document.readyState !== 'loading') {
        const title = `${document.querySelector('h1')?.textContent ?? ''} · ${document.documentElement.lang}`;
        if (seen[seen.length - 1] !== title) seen.push(title);
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await openAt(page, '?lang=zh-HK');
  const titles = await page.evaluate(() => (window as unknown as { __titles: string[] }).__titles);
  // The shell holds all three languages (CSS shows one); the app's own title follows it.
  expect(titles.at(-1)).toBe('香港聯繫地圖 · zh-HK');
  const shell = 'Hong Kong Ties Atlas香港聯繫地圖香港联系地图 · zh-HK';
  expect(titles.filter((t) => t !== shell && t !== '香港聯繫地圖 · zh-HK')).toEqual([]);
});
