import type { Page } from '@playwright/test';
import { publishedAtlas } from '../src/testing/published-data';
import { expect, mapCamera, openAt, openView, screenPoint, test } from './support/atlas-driver';
import { officeIn, openOffice, placeOf } from './support/user-actions';

const atlas = publishedAtlas();
// The offices table, named by its caption ("Hong Kong's offices (n)").
const column = (page: Page, col: string) =>
  page
    .getByRole('table', { name: /^Hong Kong's offices \(\d+\)$/ })
    .locator(`tbody td[data-col="${col}"]`)
    .allTextContents();

test.describe("Hong Kong's offices", () => {
  test('the offices table lists every office with type, city, economies covered, opening date and source, and sorts', async ({ page }) => {
    await openView(page, '?view=table');
    await page.getByRole('group', { name: 'Table contents' }).getByRole('button', { name: 'Offices' }).click();
    await expect(page).toHaveURL(/table=offices/);
    const table = page.getByRole('table', { name: /Hong Kong's offices/ });
    await expect(table.locator('tbody tr')).toHaveCount(atlas.offices.length);
    // London covers the economies its source names, by name.
    const london = table.locator('tr[data-office="eto-london"]');
    await expect(london.locator('td[data-col="city"]')).toHaveText('London');
    await expect(london.locator('td[data-col="covered"]')).toContainText('United Kingdom');
    await expect(london.locator('td[data-col="source"] a')).toHaveAttribute('href', /^https:\/\/|^http:\/\//);
    // Sorting by city, then again for the reverse.
    await table.getByRole('button', { name: 'City' }).click();
    const cities = await column(page, 'city');
    expect(cities).toEqual([...cities].sort((a, b) => a.localeCompare(b)));
    await table.getByRole('button', { name: 'City' }).click();
    expect(await column(page, 'city')).toEqual([...cities].reverse());
    await expect(table.getByRole('columnheader', { name: /City/ })).toHaveAttribute('aria-sort', 'descending');
    // Sorting by opening date: dated offices in order, undated last.
    await table.getByRole('button', { name: 'Opened' }).click();
    const dated = atlas.offices.filter((o) => o.opened).length;
    const opened = await column(page, 'opened');
    expect(opened.slice(dated).every((t) => t === '—')).toBe(true);
    // Choosing an office opens its panel.
    await london.getByRole('button').click();
    await expect(page).toHaveURL(/office=eto-london/);
    await expect(page.getByRole('complementary', { name: 'Economy details' }).getByRole('heading', { level: 2 })).toContainText('London');
  });

  test('search finds an office by city and by name, and opens its panel', async ({ page }) => {
    await openView(page, '?view=table');
    const search = page.getByRole('combobox', { name: /Find an economy/ });
    await search.fill('Jakarta');
    await expect(page.getByRole('listbox').getByRole('option', { name: /Jakarta.*office/ })).toBeVisible();
    await search.press('Enter');
    await expect(page).toHaveURL(/office=eto-jakarta/);
    await search.fill('Economic and Trade Office, Tok');
    await page.getByRole('listbox').getByRole('option', { name: /Tokyo/ }).click();
    await expect(page).toHaveURL(/office=eto-tokyo/);
  });

  test("opening an office's marker frames the office with every economy it covers (Berlin, eight in central Europe)", async ({ page }) => {
    await openAt(page);
    // Clicked close up, where only the marker and Berlin are in view.
    await openOffice(page, 'Berlin');
    await expect(page.getByRole('complementary', { name: 'Economy details' }).getByRole('heading', { level: 2 })).toContainText('Berlin');
    const berlin = officeIn('Berlin');
    expect(berlin.covers.length).toBeGreaterThanOrEqual(8);
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const inView = async (lon: number, lat: number) => {
      const { x, y } = await screenPoint(page, lon, lat);
      return x > canvas.x && x < canvas.x + canvas.width && y > canvas.y && y < canvas.y + canvas.height;
    };
    // Once the camera has moved: every covered economy's anchor on the map, and closer than the world.
    await expect
      .poll(async () => {
        const outside: string[] = [];
        for (const code of berlin.covers) if (!(await inView(...placeOf(code).anchor))) outside.push(code);
        return outside;
      })
      .toEqual([]);
    expect((await mapCamera(page)).zoom).toBeGreaterThan(3);
    expect((await mapCamera(page)).zoom).toBeLessThan(7);
  });

  test('in Chinese, an office with no Chinese name on record is headed in English, marked as such', async ({ page }) => {
    const tokyo = atlas.offices.find((o) => o.officeId === 'eto-tokyo')!;
    expect(tokyo.nameZh).toBeNull();
    await openView(page, '?view=table&office=eto-tokyo&lang=zh-HK');
    const heading = page.getByRole('complementary', { name: '經濟體詳情' }).getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(`${tokyo.name}（只有英文名稱）`);
    await expect(heading.locator('[lang="en"]')).toHaveText(tokyo.name);
  });

  test("an economy's panel links to the office that covers it", async ({ page }) => {
    await openView(page, '?view=table&economy=KR');
    const panel = page.getByRole('complementary', { name: 'Economy details' });
    await panel.getByRole('button', { name: /Tokyo/ }).click();
    await expect(page).toHaveURL(/office=eto-tokyo/);
    await expect(panel.getByRole('heading', { level: 2 })).toContainText('Tokyo');
  });

  test('"Covered by a Hong Kong office" keeps the covered economies, and names those left out for want of a shown tie', async ({
    page,
  }) => {
    await openAt(page);
    await page.getByLabel('Covered by a Hong Kong office').check();
    const covered = new Set(atlas.offices.flatMap((o) => o.covers));
    const core = new Set(atlas.ties.filter((t) => ['fta', 'ippa', 'cdta', 'aeo_mra'].includes(t.tieType)).map((t) => t.partner));
    const kept = [...covered].filter((c) => core.has(c));
    await expect(page.getByTestId('match-count').locator('strong')).toHaveText(String(kept.length));
    // The United States has three offices but only further-type ties: it is named, not silently dropped.
    await expect(page.getByTestId('covered-not-shown')).toContainText('United States');
    await page
      .getByRole('group', { name: 'Agreement types' })
      .getByRole('checkbox', { name: /Air services/ })
      .check();
    await expect(page.getByTestId('covered-not-shown')).not.toContainText('United States');
  });
});
