/**
 * A data file that fails to load, in each way it can (network, HTTP 500, truncated, schema-invalid):
 * the app says which file and what went wrong, and Retry brings up the working atlas once the file
 * can be had again. Without the atlas nothing is half-rendered;
 * without the economies' tiles (which only the map needs, and its worker loads) a table stands in for the map.
 */
import { expect, mapCanvas, test, waitForMapComplete, waitForMapShown } from './support/atlas-driver';
import { type DataFile, type Failure, type TileFailure, failDataFile, failMapTiles } from './support/data-files';

const DETAIL: Record<Failure, RegExp> = {
  'network error': /: the network request failed$/,
  'HTTP 500': /: the server answered 500$/,
  'truncated JSON': /: the file is not valid JSON \(it may be truncated\)$/,
  'schema-invalid JSON': /: unexpected content at \S+: /,
};
const FAILURES = Object.keys(DETAIL) as Failure[];

const detailOf = (file: DataFile, failure: Failure) =>
  new RegExp(`^${file.replace('.', '\\.')}${DETAIL[failure].source.replace(/^\^/, '')}`);

/** A tile's failure names the tile when MapLibre's error does (a failed request), else the tiles' folder. */
const TILE = String.raw`map-tiles/[0-9a-f]{12}/\d/\d+/\d+\.pbf`;
const TILE_DETAIL: Record<TileFailure, RegExp> = {
  'network error': new RegExp(`^${TILE}: the network request failed$`),
  'HTTP 500': new RegExp(`^${TILE}: the server answered 500$`),
  'damaged tile': /^map-tiles: a map tile could not be read \(it may be damaged\)$/,
};

test.describe('a data file that fails to load', () => {
  // Every kind of failure in turn on one page, each reached by Retry from the one before, as a reader retrying a flaky server would.
  test('atlas.json: each failure gives a clear message; Retry while it fails says so again; once it loads, the working atlas', async ({
    page,
    guards,
  }) => {
    // Four failures and the recovery, once four tests, on one page: three tests' time allowance.
    test.setTimeout(3 * test.info().timeout);
    // The browser itself reports a failed request on the console; nothing else may.
    guards.allowConsoleErrors(/^Failed to load resource: (net::ERR_FAILED|the server responded with a status of 500)/);
    let requests = 0;
    page.on('request', (r) => void (r.url().endsWith('/data/atlas.json') && requests++));
    let restore = await failDataFile(page, 'atlas.json', FAILURES[0]!);
    await page.goto('/?economy=NZ');
    const alert = page.getByRole('alert');
    const retry = alert.getByRole('button', { name: 'Retry' });
    for (const [i, failure] of FAILURES.entries()) {
      if (i > 0) {
        await restore();
        restore = await failDataFile(page, 'atlas.json', failure);
        const before = requests;
        await retry.click();
        await expect.poll(() => requests, `Retry asks again (${failure})`).toBeGreaterThan(before);
      }
      await expect(alert).toContainText('The atlas data could not be loaded.');
      await expect(alert.getByText(detailOf('atlas.json', failure))).toBeVisible();
      await expect(retry).toBeEnabled();
      // Nothing half-broken: no map, panel, charts or filters next to the message.
      await expect(page.getByRole('main')).toHaveCount(0);
      await expect(page.locator('[data-ready]')).toHaveCount(0);
    }

    await restore();
    await retry.click();
    await waitForMapShown(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'New Zealand' })).toBeVisible();
    await expect(page.getByTestId('counts-chart')).toBeVisible();
  });

  for (const failure of Object.keys(TILE_DETAIL) as TileFailure[]) {
    test(`map tiles: ${failure} → the same data as a table in the map's place, then the map once they load`, async ({ page, guards }) => {
      guards.allowConsoleErrors(
        /^Failed to load resource: (net::ERR_FAILED|the server responded with a status of 500)/,
        /map-tiles(\/[\w/]+\.pbf)?: /,
      );
      const restore = await failMapTiles(page, failure);
      await page.goto('/?economy=NZ');

      const standIn = page.getByRole('region', { name: 'Partner economies (table instead of the map)' });
      const notice = standIn.getByRole('status');
      await expect(notice).toContainText('The map cannot be shown here.');
      const reason = (await notice.getByRole('paragraph').nth(1).textContent())!.replace(/^The map failed: /, '').replace(/\. .*$/, '');
      expect(reason).toMatch(TILE_DETAIL[failure]);
      // Everything that does not need the shapes works: the table, the panel, the filters, the charts.
      await expect(mapCanvas(page)).toHaveCount(0);
      await expect(standIn.getByRole('button', { name: 'New Zealand', exact: true })).toBeVisible();
      await expect(page.getByRole('region', { name: 'New Zealand' }).getByTestId('tie-fta-nz')).toBeVisible();
      await expect(page.getByTestId('counts-chart')).toBeVisible();

      await restore();
      await standIn.getByRole('button', { name: 'Try the map again' }).click();
      await waitForMapComplete(page);
      await expect(mapCanvas(page)).toBeVisible();
      await expect(standIn).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'New Zealand' })).toBeVisible();
    });
  }
});
