import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, jumpTo, openAt, openView, test } from './support/atlas-driver';

const LANGS = ['en', 'zh-HK', 'zh-CN'] as const;

async function expectNoViolations(page: Page, what: string) {
  // The WebGL canvas is drawn pixels, described by the region's label and the economies table.
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('.maplibregl-canvas')
    .analyze();
  const summary = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

for (const lang of LANGS) {
  test.describe(`accessibility in ${lang}`, () => {
    test('start and economy selected', async ({ page }) => {
      await openAt(page, `?lang=${lang}`);
      await expectNoViolations(page, 'start');
      await openAt(page, `?lang=${lang}&economy=NZ`);
      await expectNoViolations(page, 'economy selected');
    });

    test('filters in use, charts and About', async ({ page }) => {
      await openAt(page, `?lang=${lang}&must=cdta&bri=1&years=2005..2020`);
      await page
        .getByTestId('timeline-chart')
        .locator('details summary')
        .first()
        .click()
        .catch(() => undefined);
      await expectNoViolations(page, 'filters and charts');
      await openView(page, `?lang=${lang}&view=about`);
      await expectNoViolations(page, 'About');
      await openView(page, `?lang=${lang}&view=table&economy=SG`);
      await expectNoViolations(page, 'table');
    });
  });
}

test('the interface follows the language switch, and the choice is kept in the URL', async ({ page }) => {
  await openAt(page);
  await page.getByRole('combobox', { name: /Language/ }).selectOption('zh-HK');
  await expect(page).toHaveURL(/lang=zh-HK/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('香港聯繫地圖');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK');
  // This machine has no CJK system fonts: the Chinese text is drawn with the subset the app ships.
  await expect
    .poll(() =>
      page.evaluate(
        async () => (await document.fonts.ready, [...document.fonts].some((f) => f.family.includes('Atlas CJK') && f.status === 'loaded')),
      ),
    )
    .toBe(true);
  await page.getByRole('combobox', { name: /搜尋經濟體/ }).fill('新西');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '新西蘭', level: 2 })).toBeVisible();
  await expect(page.getByTestId('tie-fta-nz').locator('[data-field="signed"]')).toHaveText('2010年3月29日 香港政府');
  await page.getByRole('combobox', { name: /Language/ }).selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '新西兰', level: 2 })).toBeVisible();
});

test.describe('first visit in a Chinese browser', () => {
  test.use({ locale: 'zh-HK' });
  test('chooses Traditional Chinese from the browser language', async ({ page }) => {
    await openAt(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('香港聯繫地圖');
    await expect(page).toHaveURL(/lang=zh-HK/);
  });
});

test('Chinese map labels are drawn from the shipped font, with no CJK system font', async ({ page }) => {
  const fontRequests: string[] = [];
  page.on('request', (r) => {
    if (/atlas-cjk.*\.woff2$/.test(r.url())) fontRequests.push(r.url());
  });
  await openAt(page, '?lang=zh-HK');
  await jumpTo(page, 110, 15, 3.3);
  const labels = await page.evaluate(() =>
    window.__atlasMap!.queryRenderedFeatures({ layers: ['economy-labels'] }).map((f) => String(f.properties.nameZhHK)),
  );
  expect(labels).toContain('泰國');
  const field = await page.evaluate(() => JSON.stringify(window.__atlasMap!.getLayoutProperty('economy-labels', 'text-field')));
  expect(field).toContain('nameZhHK');
  expect(fontRequests.length).toBeGreaterThan(0);
});

test('keyboard alone: find an economy, read its ties, change a filter, open About', async ({ page }) => {
  await openAt(page);
  // Tab from the top of the page to the search box: every control on the way is reachable.
  await page.keyboard.press('Tab');
  let guard = 0;
  while (
    !(await page.evaluate(
      () => document.activeElement?.getAttribute('role') === 'combobox' && (document.activeElement as HTMLInputElement).type === 'text',
    )) &&
    guard++ < 15
  ) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('chile');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Chile', level: 2 })).toBeVisible();
  // Focus is visible: the focused element draws an outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  // Tab to the first tie-type checkbox and toggle it with the space bar.
  guard = 0;
  while (!(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox')) && guard++ < 20)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/types=/);
  // Shift+Tab back up to the views and open About with Enter.
  await page.getByRole('button', { name: 'About the data' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'About the data' })).toBeVisible();
});
