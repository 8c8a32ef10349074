/** `embed=1`: the map with its legend, or one chart, without the page chrome, linking back to the full view. */
import type { Page } from '@playwright/test';
import {
  chartsRegion,
  chartSurfaces,
  colourSwatches,
  embedFrame,
  expect,
  legendKey,
  mapRegion,
  openAt,
  readyEmbedFrame,
  screenPoint,
  tableRegion,
  test,
  waitForAppReady,
} from './support/atlas-driver';
import { expectStrictPolicy } from './support/csp';
import { placeOf } from './support/user-actions';

async function expectNoChrome(page: Page) {
  await expect(embedFrame(page)).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Filters' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reset all' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Table' })).toHaveCount(0);
  await expect(embedFrame(page).getByText('Hong Kong Ties Atlas', { exact: true })).toBeVisible();
  await expect(embedFrame(page).getByText(/^Data as of \d{1,2} \w{3} \d{4}$/)).toBeVisible();
}

async function expectFullViewLink(page: Page, query: string) {
  const link = page.getByRole('link', { name: 'Open the full atlas' });
  const origin = new URL(page.url()).origin;
  await expect(link).toHaveAttribute('href', `${origin}/${query}`);
  await expect(link).toHaveAttribute('target', '_blank');
}

test('the embedded map shows the map and its legend, nothing else, and links to the full view', async ({ page }) => {
  await openAt(page, '?year=2015&embed=1');
  await waitForAppReady(page);
  await expectNoChrome(page);
  await expect(page.getByRole('region', { name: "World map of Hong Kong's partner economies" })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Map legend' })).toBeVisible();
  // The map's own compact key: the four type counts, no entry into force recorded, no recorded tie, Hong Kong.
  await expect(legendKey(embedFrame(page))).toBeVisible();
  await expect(colourSwatches(legendKey(embedFrame(page)))).toHaveCount(7);
  // The time bar under the map, at the address's year.
  await expect(page.getByRole('slider', { name: 'Year', exact: true })).toHaveValue('2015');
  await expectFullViewLink(page, '?year=2015');
  // The address keeps the embed parameter after the app normalises it.
  expect(new URL(page.url()).searchParams.get('embed')).toBe('1');
  await expectStrictPolicy(page);
});

test('embedded in a phone-sized frame, the chosen economy and Hong Kong are framed above the folded legend', async ({ page }) => {
  // 390×560: the legend's compact key takes three rows, over a third of the map; the frame used to
  // leave it out of account, and Australia's southern half lay under it.
  await page.setViewportSize({ width: 390, height: 560 });
  await openAt(page, '?embed=1&economy=AU');
  await page.waitForFunction(() => !window.__atlasMap!.isMoving());
  const legendTop = (await page.getByRole('group', { name: 'Map legend' }).boundingBox())!.y;
  const mapTop = (await page.locator('.maplibregl-canvas').boundingBox())!.y;
  // Hong Kong's point, and Australia's whole box (its south-west corner the lowest point of it).
  const [west, south] = placeOf('AU').bounds!;
  for (const [what, [lon, lat]] of [
    ['HK', placeOf('HK').anchor],
    ["Australia's south", [west, south]],
  ] as const) {
    const { y } = await screenPoint(page, lon, lat);
    expect(y, what).toBeGreaterThan(mapTop);
    expect(y, what).toBeLessThan(legendTop);
  }
});

for (const [chart, heading] of [
  ['timeline', 'Ties per year, cumulative'],
  ['counts', 'Agreements and partner economies by type'],
] as const) {
  test(`chart=${chart} shows that one chart without the map or the chrome`, async ({ page }) => {
    await page.goto(`/?embed=1&chart=${chart}&types=fta,cdta`);
    await waitForAppReady(page);
    await expectNoChrome(page);
    await expect(embedFrame(page).getByRole('figure')).toHaveAccessibleName(heading);
    await expect(chartSurfaces(embedFrame(page)).first()).toBeVisible();
    await expect(mapRegion(page)).toHaveCount(0);
    await expect(tableRegion(page)).toHaveCount(0);
    await expect(chartsRegion(page)).toHaveCount(0);
    await expectFullViewLink(page, '?types=fta,cdta');
    await expectStrictPolicy(page);
  });
}

test('an invalid chart falls back to the embedded map', async ({ page }) => {
  await openAt(page, '?embed=1&chart=pie');
  await expect(embedFrame(page, 'map')).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(0);
});

test('an invalid embed falls back to the full atlas', async ({ page }) => {
  await page.goto('/?embed=yes&chart=timeline&view=table');
  await waitForAppReady(page);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(embedFrame(page)).toHaveCount(0);
});

test('Share\'s "Embed this view" gives iframe code for this view, which embeds it without the chrome in a host page', async ({ page }) => {
  await openAt(page, '?economy=NZ&year=2015');
  const origin = new URL(page.url()).origin;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  const embed = dialog.getByRole('region', { name: 'Embed this view' });
  const code = embed.getByRole('textbox', { name: 'Code to embed this view on another site' });
  // The map by default, then one chart: the current view's address with embed=1 (and chart=).
  await expect(code).toHaveValue(new RegExp(`^<iframe src="${origin}/\\?economy=NZ&amp;year=2015&amp;embed=1" `));
  await embed.getByRole('radio', { name: 'Counts by type' }).check();
  const expected = `<iframe src="${origin}/?economy=NZ&amp;year=2015&amp;embed=1&amp;chart=counts" title="Hong Kong Ties Atlas (embedded view)" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
  await expect(code).toHaveValue(expected);
  await expect(embed).toContainText('is 560 pixels high; change width and height in the code');
  await embed.getByRole('button', { name: 'Copy code' }).click();
  await expect(embed.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // A host page on the same server, holding only the copied code: the embedded chart loads in its frame.
  await page.route('**/host.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Host</title><body>${expected}</body>` }),
  );
  await page.goto('/host.html');
  const frame = page.frameLocator('iframe');
  await expect(readyEmbedFrame(frame, 'counts')).toBeVisible({ timeout: 45_000 });
  await expect(frame.getByText('Agreements and partner economies by type')).toBeVisible();
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.getByRole('link', { name: 'Open the full atlas' })).toHaveAttribute('href', `${origin}/?economy=NZ&year=2015`);
});
