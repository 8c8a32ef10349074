/**
 * Offline after load (no service worker here: see service-worker.spec.ts): a part downloaded on
 * demand that cannot arrive says so in its own area with Retry, never a blank page; and the map
 * comes back from the Table view offline, its tiles (named by their digest, served as immutable)
 * from the browser's cache.
 */
import {
  chartsRegion,
  expect,
  featureState,
  lastIdle,
  mapCanvas,
  openAt,
  styleLayers,
  test,
  waitForIdleAfter,
} from './support/atlas-driver';

/** What the browser and React report when a chunk cannot be downloaded; nothing else may appear. */
const CHUNK_FAILURE = [/^Failed to load resource: net::ERR_(INTERNET_DISCONNECTED|FAILED)/, /Failed to fetch dynamically imported module/];

test('About opened for the first time offline: a message with Retry in its place, the rest keeps working', async ({
  page,
  context,
  guards,
}) => {
  guards.allowConsoleErrors(...CHUNK_FAILURE);
  await openAt(page);
  await context.setOffline(true);
  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'About the data' }).click();

  const alert = page.getByRole('main', { name: 'About the data' }).getByRole('alert');
  await expect(alert).toContainText('Sorry, the About page could not be shown.');
  await expect(alert).toContainText('the connection may be offline');
  // Not a white page: the header works, and the map view comes back.
  await expect(page.getByRole('heading', { name: 'Hong Kong Ties Atlas' })).toBeVisible();
  await views.getByRole('button', { name: 'Map' }).click();
  await expect(mapCanvas(page)).toBeVisible();
  await views.getByRole('button', { name: 'About the data' }).click();
  await expect(alert).toBeVisible();

  await context.setOffline(false);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: 'About the data' })).toBeVisible();
  await expect(page.getByRole('main', { name: 'About the data' }).getByRole('alert')).toHaveCount(0);
});

test('a charts chunk that fails (a release renamed it): the charts say so in their area, Retry brings them', async ({ page, guards }) => {
  guards.allowConsoleErrors(...CHUNK_FAILURE);
  const chunk = /\/assets\/ChartsSection-[\w-]+\.js$/;
  await page.route(chunk, (route) => route.abort('failed'));
  await openAt(page);
  const alert = chartsRegion(page).getByRole('alert');
  await expect(alert).toContainText('Sorry, the charts could not be shown.');
  await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  // The map, filters and panel are untouched.
  await expect(mapCanvas(page)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Agreement types' })).toBeVisible();

  await page.unroute(chunk);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('counts-chart')).toBeVisible();
  await expect(chartsRegion(page).getByRole('alert')).toHaveCount(0);
});

test('while the charts download, their place under the map says so and keeps their height; then the charts take it', async ({ page }) => {
  const chunk = /\/assets\/ChartsSection-[\w-]+\.js$/;
  // The chunk is held until the placeholder has been checked, as on a slow connection.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(chunk, async (route) => {
    await held;
    await route.continue();
  });
  await openAt(page);
  const region = chartsRegion(page);
  await expect(region).toHaveAttribute('aria-busy', 'true');
  await expect(region).toContainText('Loading the charts…');
  // As tall as the first row of charts, so the first screen shows no empty band and nothing jumps.
  expect((await region.boundingBox())!.height).toBeGreaterThanOrEqual(500);
  release();
  await expect(page.getByTestId('counts-chart')).toBeVisible();
  await expect(page.getByTestId('charts-loading')).toHaveCount(0);
  await expect(region).not.toHaveAttribute('aria-busy', 'true');
});

test("Table → Map offline: the map comes back coloured, its tiles from the browser's cache", async ({ page, context }) => {
  const tileCaching: (string | undefined)[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/map-tiles/')) tileCaching.push(r.headers()['cache-control']);
  });
  await openAt(page);
  // The tiles' folder is named by their digest, so the server lets the browser keep them for good.
  expect(tileCaching.length).toBeGreaterThan(0);
  expect(new Set(tileCaching)).toEqual(new Set(['public, max-age=31536000, immutable']));
  const views = page.getByRole('navigation', { name: 'Views' });
  // Once online, once offline: the map made again draws from the cached tiles.
  for (const offline of [false, true]) {
    await views.getByRole('button', { name: 'Table' }).click();
    await expect(page.getByRole('region', { name: 'Partner economies (table)' })).toBeVisible();
    await context.setOffline(offline);
    const since = await lastIdle(page);
    await views.getByRole('button', { name: 'Map' }).click();
    await waitForIdleAfter(page, since);
    await expect.poll(() => styleLayers(page)).toContain('arcs-in-force');
    expect(await featureState(page, 'NZ')).toHaveProperty('standing', 'in_force');
    await expect(page.getByRole('region', { name: 'Partner economies (table instead of the map)' })).toHaveCount(0);
  }
});
