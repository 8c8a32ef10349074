import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { publishedAtlas } from '../src/testing/published-data';
import { drawnLabels, expect, jumpTo, openAt, test, waitForMapCanvas } from './support/atlas-driver';
import { chooseLanguage, findEconomy, switchView } from './support/user-actions';

const LANGS = ['en', 'zh-HK', 'zh-CN'] as const;
const NZ = publishedAtlas().economies.find((e) => e.iso2 === 'NZ')!;
const NZ_NAME = { en: NZ.names.en, 'zh-HK': NZ.names.zhHK, 'zh-CN': NZ.names.zhCN };

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

// One page per part, the language switched inside it: every state is scanned in every language,
// reached as a reader would reach it, without a map load per language (each costs seconds on software WebGL).
test('accessibility in every language: start and an economy; the interface follows the language switch, kept in the URL', async ({
  page,
}) => {
  test.setTimeout(4 * test.info().timeout);
  await openAt(page);
  await expectNoViolations(page, 'start (en)');
  await chooseLanguage(page, 'zh-CN');
  await expectNoViolations(page, 'start (zh-CN)');
  await chooseLanguage(page, 'zh-HK');
  await expect(page).toHaveURL(/lang=zh-HK/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('香港聯繫地圖');
  // This machine has no CJK system fonts: the Chinese text is drawn with the subset the app ships.
  await expect
    .poll(() =>
      page.evaluate(
        async () => (await document.fonts.ready, [...document.fonts].some((f) => f.family.includes('Atlas CJK') && f.status === 'loaded')),
      ),
    )
    .toBe(true);
  await expectNoViolations(page, 'start (zh-HK)');

  await findEconomy(page, '新西', 'zh-HK');
  await expect(page.getByRole('heading', { name: NZ_NAME['zh-HK'], level: 2 })).toBeVisible();
  await expect(page.getByTestId('tie-fta-nz').locator('[data-field="signed"]')).toHaveText('2010年3月29日 香港政府');
  await expectNoViolations(page, 'economy selected (zh-HK)');
  for (const lang of ['zh-CN', 'en'] as const) {
    await chooseLanguage(page, lang);
    await expect(page.getByRole('heading', { name: NZ_NAME[lang], level: 2 })).toBeVisible();
    await expectNoViolations(page, `economy selected (${lang})`);
  }
});

/** The economy found in the table in each language (a new one each time, so each search is seen to work). */
const TABLE_FIND = { en: 'SG', 'zh-HK': 'NZ', 'zh-CN': 'SG' } as const;

test('accessibility in every language: filters and charts, About and the table', async ({ page }) => {
  test.setTimeout(5 * test.info().timeout);
  await openAt(page, '?must=cdta&bri=1&years=2005..2020');
  for (const lang of LANGS) {
    if (lang !== 'en') {
      await chooseLanguage(page, lang);
      await switchView(page, 'atlas', lang);
      await waitForMapCanvas(page);
    }
    // The events list under the timeline, unfolded so its contents are checked too (it stays
    // unfolded through About and back, as the map screen is kept, so only the first round opens it).
    const events = page.getByTestId('timeline-chart').locator('details');
    if ((await events.getAttribute('open')) === null) await events.locator('summary').click();
    await expect(events).toHaveAttribute('open', '');
    await expectNoViolations(page, `filters and charts (${lang})`);
    await switchView(page, 'about', lang);
    await expectNoViolations(page, `About (${lang})`);
    await switchView(page, 'table', lang);
    await findEconomy(page, TABLE_FIND[lang], lang);
    await expect(page).toHaveURL(new RegExp(`economy=${TABLE_FIND[lang]}`));
    await expectNoViolations(page, `table (${lang})`);
  }
});

test.describe('first visit in a Chinese browser', () => {
  test.use({ locale: 'zh-HK' });
  test('chooses Traditional Chinese from the browser language, map labels included, drawn from the shipped font', async ({ page }) => {
    const fontRequests: string[] = [];
    page.on('request', (r) => {
      if (/atlas-cjk.*\.woff2$/.test(r.url())) fontRequests.push(r.url());
    });
    await openAt(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('香港聯繫地圖');
    await expect(page).toHaveURL(/lang=zh-HK/);
    // No CJK system font on this machine: the labels come from the subset the app ships.
    await jumpTo(page, 110, 15, 3.3);
    expect(await drawnLabels(page)).toContain('泰國');
    expect(fontRequests.length).toBeGreaterThan(0);
  });
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
