import type { Locator, Page } from '@playwright/test';
import { clickMapAt, expect, featureState, jumpTo, openAt, test, toggleTieType } from './support/atlas-driver';
import { holdDataFile } from './support/data-files';

test.describe('the dashboard end to end', () => {
  test('loads with the map ready, the overview and both charts', async ({ page, guards }) => {
    await openAt(page);
    await expect(page.getByRole('heading', { name: 'Hong Kong Ties Atlas' })).toBeVisible();
    await expect(page.locator('.maplibregl-canvas')).toBeVisible();
    await expect(page.getByRole('heading', { name: "Hong Kong's network" })).toBeVisible();
    await expect(page.getByTestId('counts-chart').getByRole('application')).toBeVisible();
    await expect(page.getByTestId('timeline-chart').getByRole('application')).toBeVisible();
    // Partners are coloured: New Zealand has FTA, CDTA and more in force.
    expect(await featureState(page, 'NZ')).toMatchObject({ standing: 'in_force' });
    expect(guards.consoleErrors).toEqual([]);
  });

  test('clicking New Zealand on the map shows its FTA with its dates and source', async ({ page }) => {
    await openAt(page);
    await jumpTo(page, 172, -41, 3.5);
    await clickMapAt(page, 172.5, -43.5);
    const panel = page.getByRole('region', { name: 'New Zealand' });
    await expect(panel).toBeVisible();
    const fta = panel.getByTestId('tie-fta-nz');
    await expect(fta).toContainText('In force');
    await expect(fta.locator('[data-field="signed"]')).toHaveText('29 Mar 2010 HK government');
    await expect(fta.locator('[data-field="in-force"]')).toHaveText('1 Jan 2011 HK government');
    // The record's main page, marked with its tier (a Hong Kong government page).
    await expect(fta.locator('.tie-source').getByRole('link', { name: 'HK government' })).toHaveAttribute(
      'href',
      /^https:\/\/[^/]*gov\.hk\//,
    );
    await expect(page).toHaveURL(/economy=NZ/);
  });

  test('toggling a type filter changes the map colours and the chart', async ({ page }) => {
    await openAt(page);
    const counts = page.getByTestId('counts-chart');
    await expect(counts.locator('tr[data-type="fta"]')).toBeVisible();
    // Two bars (agreements, economies) per type shown: the four default types.
    const bars = counts.locator('.recharts-bar-rectangle');
    await expect(bars).toHaveCount(8);
    const before = await featureState(page, 'NZ');
    const mapBefore = await page.locator('.maplibregl-canvas').screenshot();

    await toggleTieType(page, /Free trade agreement/);

    await expect(counts.locator('tr[data-type="fta"]')).toHaveCount(0);
    const after = await featureState(page, 'NZ');
    expect(Number(after.typeCount)).toBe(Number(before.typeCount) - 1);
    const mapAfter = await page.locator('.maplibregl-canvas').screenshot();
    expect(mapAfter.equals(mapBefore)).toBe(false);
    await expect(page).toHaveURL(/types=/);
    // The drawing follows too: at once on screen, or once scrolled to (off screen it waits, see ChartBody).
    await counts.scrollIntoViewIfNeeded();
    await expect(bars).toHaveCount(6);
  });
});

/** The map exists but is not shown, and no idle is reported: what the reader sees is the sea's colour. */
async function expectMapNotShown(page: Page): Promise<Locator> {
  const canvas = page.locator('.maplibregl-canvas');
  await expect(canvas).toHaveCount(1);
  await expect(canvas).toBeHidden();
  expect(await page.evaluate(() => window.__mapIdle)).toBeUndefined();
  return canvas;
}

/** Lets the held file through: the first idle reported is the map shown with its colours. */
async function releaseAndExpectColouredMap(page: Page, release: () => void, canvas: Locator): Promise<void> {
  release();
  await page.waitForFunction(() => window.__mapIdle !== undefined);
  await expect(canvas).toBeVisible();
  expect(await featureState(page, 'NZ')).toMatchObject({ standing: 'in_force' });
  await page.waitForFunction(() => window.__mapComplete !== undefined);
}

test.describe('the first view while the data loads', () => {
  test('the map starts and loads its shapes before the atlas is in; the first idle reported is the coloured map, and the rest joins after', async ({
    page,
  }) => {
    // Hold atlas.json until the map is up, to see the in-between state a slow connection shows.
    const release = await holdDataFile(page, 'atlas.json');
    await page.goto('/?economy=NZ');
    // The map stays hidden while it cannot colour the economies.
    await expect(page.getByRole('complementary', { name: 'Filters' }).getByRole('status')).toContainText('Loading');
    // Meanwhile its worker has loaded and tiled the shapes, and the map is idle: the app does not report that idle.
    await page.waitForFunction(() => !!window.__atlasMap?.isSourceLoaded('economies') && window.__atlasMap.loaded());
    const canvas = await expectMapNotShown(page);

    await releaseAndExpectColouredMap(page, release, canvas);
    const layers = await page.evaluate(() => window.__atlasMap!.getStyle().layers.map((l) => l.id));
    expect(layers).toEqual(
      expect.arrayContaining([
        'economies-fill',
        'economies-pipeline-hatch',
        'arcs-in-force',
        'economy-labels',
        'offices-icons',
        'hub-point',
      ]),
    );
    // Layers that join later keep their place: arcs and labels under the economies' points, the hub on top.
    expect(layers.indexOf('arcs-in-force')).toBeLessThan(layers.indexOf('economies-points'));
    expect(layers.indexOf('economy-labels')).toBeLessThan(layers.indexOf('economies-points'));
    expect(layers.indexOf('economies-pipeline-hatch')).toBeLessThan(layers.indexOf('economies-border'));
    expect(layers.at(-1)).toBe('hub-point');
    await expect(page.getByRole('region', { name: 'New Zealand' })).toBeVisible();
  });

  test('with the atlas in but the shapes still loading, the map stays hidden and the panels work; it shows coloured once they are in', async ({
    page,
  }) => {
    // Hold the geometry (fetched by the map's worker) after the atlas has arrived.
    const release = await holdDataFile(page, 'economies.geojson');
    await page.goto('/?economy=NZ');
    await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
    await expect(page.getByRole('region', { name: 'New Zealand' }).getByTestId('tie-fta-nz')).toBeVisible();
    // Nothing to draw yet but the sea.
    const canvas = await expectMapNotShown(page);

    await releaseAndExpectColouredMap(page, release, canvas);
  });

  test('an address that opens on the table does not start the map or fetch its shapes', async ({ page }) => {
    const mapRequests: string[] = [];
    page.on('request', (r) => void (/maplibre-gl-worker|economies\.geojson/.test(r.url()) && mapRequests.push(r.url())));
    await page.goto('/?view=table');
    await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
    await expect(page.getByRole('table', { name: /^Partner economies/ })).toBeVisible();
    await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
    expect(mapRequests).toEqual([]);
  });
});
