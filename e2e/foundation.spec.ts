import type { Locator, Page } from '@playwright/test';
import { CORE_TIE_TYPES } from '../src/domain/tie-types';
import {
  expect,
  featureState,
  hideFilters,
  mapCanvas,
  openAt,
  recordSource,
  styleLayers,
  test,
  toggleTieType,
  waitForMapComplete,
  waitForShapesLoaded,
} from './support/atlas-driver';
import { holdDataFile, holdMapTiles } from './support/data-files';
import { expectLegendMatchesPalette, expectedClasses, shownClass } from './support/map-colours';
import { frameEconomies, frameEconomy, selectEconomy } from './support/user-actions';

/** One large economy per legend class (ties in force by number of types, pipeline only, none), per the records, framed in pairs. */
const ONE_PER_CLASS = [
  ['RU', 'SA'],
  ['AU', 'NZ'],
  ['PE', 'BR'],
];

test.describe('the dashboard end to end', () => {
  test('loads with the map ready, the overview and both charts; the map colours each economy as its ties and the legend say, and a type filter recolours it and changes the chart', async ({
    page,
  }) => {
    // Two flows that used to be separate tests, on one page load: their time allowance too.
    test.setTimeout(2 * test.info().timeout);
    await openAt(page);
    await expect(page.getByRole('heading', { name: 'Hong Kong Ties Atlas' })).toBeVisible();
    await expect(mapCanvas(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: "Hong Kong's network" })).toBeVisible();
    await expect(page.getByTestId('counts-chart').getByRole('application')).toBeVisible();
    await expect(page.getByTestId('timeline-chart').getByRole('application')).toBeVisible();
    // The legend's swatches are the palette's colours, each under its own label.
    await expectLegendMatchesPalette(page);
    // Each economy is painted in its class's colour, as the records imply.
    const expected = expectedClasses();
    const classes = ONE_PER_CLASS.flat().map((iso2) => expected.get(iso2));
    expect(new Set(classes).size, `${ONE_PER_CLASS} should cover every legend class: ${classes}`).toBe(6);
    // On a phone the toolbar and the legend cover much of the small map: each economy is centred on its own there.
    const narrow = page.viewportSize()!.width < 600;
    for (const group of ONE_PER_CLASS.flatMap((pair) => (narrow ? pair.map((iso2) => [iso2]) : [pair]))) {
      await frameEconomies(page, group);
      for (const iso2 of group) expect(await shownClass(page, iso2), iso2).toBe(expected.get(iso2));
    }

    // Toggling a type filter recolours the map and changes the chart.
    const counts = page.getByTestId('counts-chart');
    await expect(counts.locator('tr[data-type="fta"]')).toBeVisible();
    // Two bars (agreements, economies) per type shown: the four default types.
    const bars = counts.locator('.recharts-bar-rectangle');
    await expect(bars).toHaveCount(8);
    // New Zealand has four types in force; without FTAs, three.
    const withoutFta = expectedClasses(CORE_TIE_TYPES.filter((t) => t !== 'fta'));
    expect([expected.get('NZ'), withoutFta.get('NZ')]).toEqual(['4+', '3']);
    await frameEconomy(page, 'NZ');
    expect(await shownClass(page, 'NZ')).toBe('4+');

    await toggleTieType(page, /Free trade agreement/);

    await expect(counts.locator('tr[data-type="fta"]')).toHaveCount(0);
    await hideFilters(page);
    expect(await shownClass(page, 'NZ')).toBe('3');
    await expect(page).toHaveURL(/types=/);
    // The drawing follows too: at once on screen, or once scrolled to (off screen it waits, see ChartBody).
    await counts.scrollIntoViewIfNeeded();
    await expect(bars).toHaveCount(6);
  });

  test('clicking New Zealand on the map shows its FTA with its dates and source', async ({ page }) => {
    await openAt(page);
    await selectEconomy(page, 'NZ');
    const panel = page.getByRole('region', { name: 'New Zealand' });
    // On a phone the panel is a bottom sheet: it opens into view.
    await expect(panel.getByRole('heading', { name: 'New Zealand', level: 2 })).toBeInViewport();
    const fta = panel.getByTestId('tie-fta-nz');
    await expect(fta).toContainText('In force');
    await expect(fta.locator('[data-field="signed"]')).toHaveText('29 Mar 2010 HK government');
    await expect(fta.locator('[data-field="in-force"]')).toHaveText('1 Jan 2011 HK government');
    // The record's main page, marked with its tier (a Hong Kong government page).
    await expect(recordSource(fta).getByRole('link', { name: 'HK government' })).toHaveAttribute('href', /^https:\/\/[^/]*gov\.hk\//);
    await expect(page).toHaveURL(/economy=NZ/);
  });
});

/** The map's canvas whether shown or not (hidden, it is out of the accessibility tree). */
const anyMapCanvas = (page: Page) => page.getByRole('region', { name: 'Map', exact: true, includeHidden: true });

/** The map exists but is not shown, and no idle is reported: what the reader sees is the sea's colour. */
async function expectMapNotShown(page: Page): Promise<Locator> {
  const canvas = anyMapCanvas(page);
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
  await waitForMapComplete(page);
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
    await waitForShapesLoaded(page);
    const canvas = await expectMapNotShown(page);

    await releaseAndExpectColouredMap(page, release, canvas);
    const layers = await styleLayers(page);
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
    expect(layers.indexOf('economies-pipeline-hatch')).toBeGreaterThan(layers.indexOf('economies-fill'));
    expect(layers.indexOf('economies-pipeline-hatch')).toBeLessThan(layers.indexOf('economies-outline'));
    expect(layers.at(-1)).toBe('hub-point');
    await expect(page.getByRole('region', { name: 'New Zealand' })).toBeVisible();
  });

  test('with the atlas in but the shapes still loading, the map stays hidden and the panels work; it shows coloured once they are in', async ({
    page,
  }) => {
    // Hold the economies' tiles (fetched by the map's worker) after the atlas has arrived.
    const release = await holdMapTiles(page);
    await page.goto('/?economy=NZ');
    await expect(page.locator('[data-ready="true"]')).toBeVisible();
    await expect(page.getByRole('region', { name: 'New Zealand' }).getByTestId('tie-fta-nz')).toBeVisible();
    // Nothing to draw yet but the sea.
    const canvas = await expectMapNotShown(page);

    await releaseAndExpectColouredMap(page, release, canvas);
  });

  test('the map takes tiles cut by the build, and the first view downloads neither the GeoJSON nor the schemas', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/');
    await waitForMapComplete(page);
    // The whole world fits one tile of zoom 0 at this size, read by MapLibre's worker.
    const tiles = requests.filter((url) => url.includes('/map-tiles/'));
    expect(tiles).toHaveLength(1);
    expect(tiles[0]).toMatch(/\/map-tiles\/[0-9a-f]{12}\/0\/0\/0\.pbf$/);
    expect(requests.filter((url) => url.includes('economies.geojson'))).toEqual([]);
    // The atlas is the copy the build validated, so zod and the schemas are not needed at all.
    expect(requests.filter((url) => /\/assets\/(zod|records)-[\w-]+\.js$/.test(url))).toEqual([]);
  });

  test("`npm start`'s server compresses what the first view downloads: the bundle, the atlas and the map's tile", async ({ page }) => {
    const encodings = new Map<string, string | undefined>();
    page.on('response', (r) => {
      const kind = /\/assets\/index-[\w-]+\.js$/.test(r.url())
        ? 'bundle'
        : r.url().endsWith('/data/atlas.json')
          ? 'atlas'
          : r.url().includes('/map-tiles/')
            ? 'tile'
            : null;
      if (kind) encodings.set(kind, r.headers()['content-encoding']);
    });
    await page.goto('/');
    await waitForMapComplete(page);
    expect([...encodings.keys()].sort()).toEqual(['atlas', 'bundle', 'tile']);
    for (const [kind, encoding] of encodings) expect(['br', 'gzip'], kind).toContain(encoding);
  });

  test('an address that opens on the table does not start the map or fetch its shapes', async ({ page }) => {
    const mapRequests: string[] = [];
    page.on('request', (r) => void (/maplibre-gl-worker|map-tiles|economies\.geojson/.test(r.url()) && mapRequests.push(r.url())));
    await page.goto('/?view=table');
    await expect(page.locator('[data-ready="true"]')).toBeVisible();
    await expect(page.getByRole('table', { name: /^Partner economies/ })).toBeVisible();
    await expect(anyMapCanvas(page)).toHaveCount(0);
    expect(mapRequests).toEqual([]);
  });
});
