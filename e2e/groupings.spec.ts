import type { Page } from '@playwright/test';
import { publishedAtlas } from '../src/testing/published-data';
import { economyTableRows, expect, openView, test, waitForAppReady } from './support/atlas-driver';

const atlas = publishedAtlas();
const core = ['fta', 'ippa', 'cdta', 'aeo_mra'];
/** Members of a grouping with a tie of a shown (core) type: the rows the table must list. */
const expectedRows = (id: string) => {
  const members = new Set(atlas.groupings.find((g) => g.groupingId === id)!.members);
  return [...new Set(atlas.ties.filter((t) => core.includes(t.tieType) && members.has(t.partner)).map((t) => t.partner))].sort();
};
const tableRows = async (page: Page) =>
  (await economyTableRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-iso2')!))).sort();

test.describe('groupings: ASEAN, EFTA, the EU, RCEP, APEC', () => {
  test('the Grouping filter keeps the members of the chosen grouping, and the URL keeps it', async ({ page }) => {
    await openView(page, '?view=table');
    for (const id of ['asean', 'efta', 'eu', 'rcep', 'apec']) {
      await page.getByRole('combobox', { name: /^Grouping/ }).selectOption(id);
      await expect(page).toHaveURL(new RegExp(`group=${id}`));
      await expect.poll(() => tableRows(page)).toEqual(expectedRows(id));
      await expect(page.getByTestId('match-count').locator('strong')).toHaveText(String(expectedRows(id).length));
    }
    await page.getByRole('combobox', { name: /^Grouping/ }).selectOption('');
    await expect(page).not.toHaveURL(/group=/);
  });

  test('searching "ASEAN" finds the grouping and filters to it; bloc names and Chinese names are found too', async ({ page }) => {
    await openView(page, '?view=table');
    const search = page.getByRole('combobox', { name: /Find an economy/ });
    await search.fill('ASEAN');
    await expect(page.getByRole('listbox').getByRole('option', { name: /^ASEAN: Association of Southeast Asian Nations/ })).toBeVisible();
    await search.press('Enter');
    await expect(page).toHaveURL(/group=asean/);
    await expect(page.getByRole('combobox', { name: /^Grouping/ })).toHaveValue('asean');
    await expect.poll(() => tableRows(page)).toEqual(expectedRows('asean'));
    // BLEU is the bloc name of the Belgium-Luxembourg investment agreement.
    await search.fill('bleu');
    await expect(page.getByRole('listbox').getByRole('option', { name: /^BLEU: Belgium-Luxembourg Economic Union/ })).toBeVisible();
    await search.press('Escape');
    await page.goto('/?view=table&lang=zh-HK');
    await waitForAppReady(page);
    await page.getByRole('combobox', { name: /搜尋經濟體/ }).fill('東盟');
    await expect(page.getByRole('listbox').getByRole('option', { name: /^ASEAN: 東南亞國家聯盟/ })).toBeVisible();
  });

  test('a link with a grouping restores it; an unknown grouping falls back alone', async ({ page }) => {
    await openView(page, '?view=table&group=eu&bri=1');
    await expect(page.getByRole('combobox', { name: /^Grouping/ })).toHaveValue('eu');
    await openView(page, '?view=table&group=nowhere&bri=1');
    await expect(page.getByRole('combobox', { name: /^Grouping/ })).toHaveValue('');
    await expect(page.getByLabel('Belt and Road partners only')).toBeChecked();
    await expect(page).toHaveURL(/\?bri=1&view=table$/);
  });
});
