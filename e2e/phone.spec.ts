import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { clickMapAt, expect, jumpTo, openAt, openView, test } from './support/atlas-driver';

/** Nothing on the page may scroll sideways on a phone. */
async function expectNoSidewaysScroll(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll).toBeLessThanOrEqual(width);
}

test.describe('on a phone', () => {
  test('the map, search, filters, panel and charts are all reachable, with no sideways scroll', async ({ page }) => {
    await openAt(page);
    await expectNoSidewaysScroll(page);
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await expect(page.getByRole('group', { name: 'Agreement types' })).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('.maplibregl-canvas').analyze();
    expect(axe.violations.map((v) => v.id), 'axe violations with the filters open on a phone').toEqual([]);
    await page.getByLabel('Economies: CDTA').selectOption('must');
    await expect(page).toHaveURL(/must=cdta/);
    await toggle.click();

    await page.getByRole('combobox', { name: 'Find an economy' }).fill('Singapore');
    await page.keyboard.press('Enter');
    const sheet = page.getByRole('complementary', { name: 'Economy details' });
    await expect(sheet.getByRole('heading', { name: 'Singapore', level: 2 })).toBeInViewport();
    await expectNoSidewaysScroll(page);
    await sheet.getByRole('button', { name: 'Close Singapore' }).click();

    await page.getByTestId('timeline-chart').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('timeline-chart').getByRole('application')).toBeVisible();
    await expectNoSidewaysScroll(page);
  });

  test('tapping an economy on the map opens its sheet', async ({ page }) => {
    await openAt(page);
    await jumpTo(page, 172, -41, 3);
    await clickMapAt(page, 172.5, -43.5);
    await expect(page.getByRole('complementary', { name: 'Economy details' }).getByRole('heading', { name: 'New Zealand', level: 2 })).toBeInViewport();
  });

  test('the table and About views fit the screen', async ({ page }) => {
    await openView(page, '?view=table');
    await expect(page.locator('table.economy-table')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await openView(page, '?view=about');
    await expect(page.getByRole('heading', { name: 'About the data' })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});
