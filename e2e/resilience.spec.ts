/**
 * A data file that fails to load: the app says which file and what went wrong, shows nothing
 * half-rendered, and Retry brings up the working atlas once the file can be had again.
 */
import { expect, test } from './support/atlas-driver';
import { type DataFile, type Failure, failDataFile } from './support/data-files';

const DETAIL: Record<Failure, RegExp> = {
  'network error': /: the network request failed$/,
  'HTTP 500': /: the server answered 500$/,
  'truncated JSON': /: the file is not valid JSON \(it may be truncated\)$/,
  'schema-invalid JSON': /: unexpected content at \S+: /,
};
const FAILURES = Object.keys(DETAIL) as Failure[];
const FILES: DataFile[] = ['atlas.json', 'economies.geojson'];

test.describe('a data file that fails to load', () => {
  for (const file of FILES) {
    for (const failure of FAILURES) {
      test(`${file}: ${failure} → a clear message, then Retry gives the working atlas`, async ({ page, guards }) => {
        // The browser itself reports a failed request on the console; nothing else may.
        guards.allowConsoleErrors(/^Failed to load resource: (net::ERR_FAILED|the server responded with a status of 500)/);
        const restore = await failDataFile(page, file, failure);
        await page.goto('/?economy=NZ');

        const alert = page.getByRole('alert');
        await expect(alert).toContainText('The atlas data could not be loaded.');
        await expect(alert.locator('.status-detail')).toHaveText(new RegExp(`^${file.replace('.', '\\.')}${DETAIL[failure].source.replace(/^\^/, '')}`));
        // Nothing half-broken: no map, panel, charts or filters next to the message.
        await expect(page.locator('main.layout')).toHaveCount(0);
        await expect(page.locator('.app')).not.toHaveAttribute('data-ready');

        await restore();
        await alert.getByRole('button', { name: 'Retry' }).click();
        await page.waitForFunction(() => window.__mapIdle !== undefined && !!window.__atlasMap, undefined, { timeout: 45_000 });
        await expect(page.getByRole('alert')).toHaveCount(0);
        await expect(page.getByRole('region', { name: 'New Zealand' })).toBeVisible();
        await expect(page.getByTestId('counts-chart')).toBeVisible();
      });
    }
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
