/**
 * A data file that fails to load: the app says which file and what went wrong, and Retry brings
 * up the working atlas once the file can be had again. Without the atlas nothing is half-rendered;
 * without the geometry (which only the map needs, and its worker loads) a table stands in for the map.
 */
import { expect, test, waitForMapComplete, waitForMapShown } from './support/atlas-driver';
import { type DataFile, type Failure, failDataFile } from './support/data-files';

const DETAIL: Record<Failure, RegExp> = {
  'network error': /: the network request failed$/,
  'HTTP 500': /: the server answered 500$/,
  'truncated JSON': /: the file is not valid JSON \(it may be truncated\)$/,
  'schema-invalid JSON': /: unexpected content at \S+: /,
};
const FAILURES = Object.keys(DETAIL) as Failure[];

const detailOf = (file: DataFile, failure: Failure) =>
  new RegExp(`^${file.replace('.', '\\.')}${DETAIL[failure].source.replace(/^\^/, '')}`);

test.describe('a data file that fails to load', () => {
  for (const file of ['atlas.json'] as const) {
    for (const failure of FAILURES) {
      test(`${file}: ${failure} → a clear message, then Retry gives the working atlas`, async ({ page, guards }) => {
        // The browser itself reports a failed request on the console; nothing else may.
        guards.allowConsoleErrors(/^Failed to load resource: (net::ERR_FAILED|the server responded with a status of 500)/);
        const restore = await failDataFile(page, file, failure);
        await page.goto('/?economy=NZ');

        const alert = page.getByRole('alert');
        await expect(alert).toContainText('The atlas data could not be loaded.');
        await expect(alert.locator('.status-detail')).toHaveText(detailOf(file, failure));
        // Nothing half-broken: no map, panel, charts or filters next to the message.
        await expect(page.locator('main.layout')).toHaveCount(0);
        await expect(page.locator('.app')).not.toHaveAttribute('data-ready');

        await restore();
        await alert.getByRole('button', { name: 'Retry' }).click();
        await waitForMapShown(page);
        await expect(page.getByRole('alert')).toHaveCount(0);
        await expect(page.getByRole('region', { name: 'New Zealand' })).toBeVisible();
        await expect(page.getByTestId('counts-chart')).toBeVisible();
      });
    }
  }

  for (const failure of FAILURES) {
    test(`economies.geojson: ${failure} → the same data as a table in the map's place, then the map once it loads`, async ({
      page,
      guards,
    }) => {
      // The browser reports a failed request, and React the error its boundary caught; nothing else may.
      guards.allowConsoleErrors(
        /^Failed to load resource: (net::ERR_FAILED|the server responded with a status of 500)/,
        /economies\.geojson: /,
      );
      const restore = await failDataFile(page, 'economies.geojson', failure);
      await page.goto('/?economy=NZ');

      const standIn = page.getByRole('region', { name: 'Partner economies (table instead of the map)' });
      const notice = standIn.getByRole('status');
      await expect(notice).toContainText('The map cannot be shown here.');
      const reason = (await notice.locator('p').nth(1).textContent())!.replace(/^The map failed: /, '').replace(/\. .*$/, '');
      expect(reason).toMatch(detailOf('economies.geojson', failure));
      // Everything that does not need the shapes works: the table, the panel, the filters, the charts.
      await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
      await expect(standIn.getByRole('button', { name: 'New Zealand', exact: true })).toBeVisible();
      await expect(page.getByRole('region', { name: 'New Zealand' }).getByTestId('tie-fta-nz')).toBeVisible();
      await expect(page.getByTestId('counts-chart')).toBeVisible();

      await restore();
      await standIn.getByRole('button', { name: 'Try the map again' }).click();
      await waitForMapComplete(page);
      await expect(page.locator('.maplibregl-canvas')).toBeVisible();
      await expect(standIn).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'New Zealand' })).toBeVisible();
    });
  }

  test('Retry while the file still fails says so again, without a blank page', async ({ page, guards }) => {
    guards.allowConsoleErrors(/^Failed to load resource: the server responded with a status of 500/);
    let requests = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/data/atlas.json')) requests++;
    });
    const restore = await failDataFile(page, 'atlas.json', 'HTTP 500');
    await page.goto('/');
    const retry = page.getByRole('button', { name: 'Retry' });
    await expect(retry).toBeEnabled();
    const before = requests;
    await retry.click();
    await expect.poll(() => requests).toBeGreaterThan(before);
    await expect(page.getByRole('alert')).toContainText('atlas.json: the server answered 500');
    await expect(retry).toBeEnabled();
    await restore();
    await retry.click();
    await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
  });
});
