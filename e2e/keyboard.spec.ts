import { expect, openAt, openView, test, waitForCharts } from './support/atlas-driver';

const focusedId = (page: import('@playwright/test').Page) => page.evaluate(() => document.activeElement?.id ?? '');

test.describe('keyboard: skip links and Escape', () => {
  test('skip links come first and take the focus to the map, the filters, the panel and the charts', async ({ page }) => {
    await openAt(page);
    await waitForCharts(page);
    const targets = [
      ['Skip to the map', 'atlas-map'],
      ['Skip to the filters', 'atlas-filters'],
      ['Skip to the details panel', 'atlas-panel'],
      ['Skip to the charts', 'atlas-charts'],
    ] as const;
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the map' })).toBeFocused();
    await expect(page.getByRole('link', { name: 'Skip to the map' })).toBeInViewport();
    for (const [name, id] of targets) {
      const link = page.getByRole('navigation', { name: 'Skip links' }).getByRole('link', { name });
      await link.focus();
      await page.keyboard.press('Enter');
      expect(await focusedId(page)).toBe(id);
      // The address keeps the view state only: no #fragment.
      expect(new URL(page.url()).hash).toBe('');
    }
  });

  test('Escape closes the economy panel and gives the focus back to the search it came from', async ({ page }) => {
    await openAt(page);
    const search = page.getByRole('combobox', { name: /Find an economy/ });
    await search.fill('New Zealand');
    await search.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Economy details' });
    await expect(panel.getByRole('heading', { name: 'New Zealand', level: 2 })).toBeVisible();
    await expect(page).toHaveURL(/economy=NZ/);
    // First Escape in a box with text clears the text; the panel stays.
    await search.fill('Sing');
    await search.press('Escape');
    await search.press('Escape');
    await expect(search).toHaveValue('');
    await expect(panel.getByRole('heading', { name: 'New Zealand', level: 2 })).toBeVisible();
    await search.press('Escape');
    await expect(page).not.toHaveURL(/economy=/);
    await expect(panel.getByRole('heading', { name: 'New Zealand', level: 2 })).toHaveCount(0);
    await expect(search).toBeFocused();
  });

  test('Escape closes an office panel opened from the offices table and returns to its row', async ({ page }) => {
    await openView(page, '?view=table&table=offices');
    const row = page.locator('tr[data-office="eto-london"]').getByRole('button');
    await row.click();
    await expect(page).toHaveURL(/office=eto-london/);
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/office=/);
    await expect(row).toBeFocused();
  });
});
