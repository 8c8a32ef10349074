/**
 * Without WebGL the app says so and shows the same data as a table of economies, with the panel,
 * the filters and the charts still working.
 */
import { expect, mapCanvas, openView, test, withoutWebGL } from './support/atlas-driver';
import { publishedAtlas } from '../src/testing/published-data';

const atlas = publishedAtlas();
const partnersOf = (types: string[]) => new Set(atlas.ties.filter((t) => types.includes(t.tieType)).map((t) => t.partner)).size;

test.describe('a browser without WebGL', () => {
  test('says so and shows every partner economy in a sortable table', async ({ page, guards }) => {
    await withoutWebGL(page, guards);
    await openView(page, '');
    const region = page.getByRole('region', { name: 'Partner economies (table instead of the map)' });
    await expect(region.getByRole('status')).toContainText('The map cannot be shown here.');
    await expect(region.getByRole('status')).toContainText('WebGL2 is not available');
    await expect(mapCanvas(page)).toHaveCount(0);

    const rows = region.locator('tbody tr');
    await expect(rows).toHaveCount(partnersOf(['fta', 'ippa', 'cdta', 'aeo_mra']));
    const nz = rows.filter({ has: page.getByRole('button', { name: 'New Zealand', exact: true }) });
    await expect(nz.locator('[data-col="types"]')).toContainText('FTA');
    await expect(nz.locator('[data-col="earliest"]')).not.toHaveText('—');

    // Sort by number of ties, most first: the first row has the largest count.
    await region.getByRole('button', { name: 'Ties', exact: true }).click();
    await expect(region.locator('th[aria-sort="descending"]')).toHaveText(/Ties/);
    const counts = (await rows.locator('[data-col="ties"]').allTextContents()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await region.getByRole('button', { name: 'Economy', exact: true }).click();
    await expect(region.locator('th[aria-sort="ascending"]')).toHaveText(/Economy/);
    const names = await rows.locator('th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    await page.screenshot({ path: 'test-results/no-webgl.png' });
  });

  test('choosing an economy in the table opens its panel; filters update the table and the charts', async ({ page, guards }) => {
    await withoutWebGL(page, guards);
    await openView(page, '');
    const region = page.getByRole('region', { name: 'Partner economies (table instead of the map)' });
    await region.getByRole('button', { name: 'New Zealand', exact: true }).click();
    const panel = page.getByRole('region', { name: 'New Zealand' });
    await expect(panel.getByTestId('tie-fta-nz')).toContainText('In force');
    await expect(page).toHaveURL(/economy=NZ/);

    await page
      .getByRole('group', { name: 'Agreement types' })
      .getByRole('checkbox', { name: /Free trade agreement/ })
      .uncheck();
    await expect(region.locator('tbody tr')).toHaveCount(partnersOf(['ippa', 'cdta', 'aeo_mra']));
    await expect(page.getByTestId('counts-chart').locator('tr[data-type="fta"]')).toHaveCount(0);
    await expect(page.getByTestId('timeline-chart').getByRole('application')).toBeVisible();
    await expect(panel.getByTestId('tie-fta-nz')).toHaveCount(0);
  });
});
