import { publishedAtlas } from '../src/testing/published-data';
import { expect, openAt, test, yearShown } from './support/atlas-driver';

const atlas = publishedAtlas();

/** FTAs signed by a date (the official totals' rule: signed or in force, a bloc agreement once). */
const ftasSignedBy = (date: string) =>
  new Set(
    atlas.ties
      .filter((t) => t.tieType === 'fta' && ['signed', 'in_force'].includes(t.status) && (t.signed ?? t.inForce ?? '') <= date)
      .map((t) => t.agreementId),
  ).size;

test.describe('the time bar under the map', () => {
  test('sits under the map, as wide as the map, with Play, the year and the date basis; the legend is on the map', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openAt(page);
    const bar = page.getByRole('group', { name: /^Time/ });
    const map = page.getByRole('region', { name: "World map of Hong Kong's partner economies" });
    const [barBox, mapBox] = [await bar.boundingBox(), await map.boundingBox()];
    expect(Math.abs(barBox!.x - mapBox!.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(barBox!.width - mapBox!.width)).toBeLessThanOrEqual(1);
    expect(barBox!.y).toBeGreaterThanOrEqual(mapBox!.y + mapBox!.height - 1);
    // Above the fold at 1440×900, and the slider has room for thirty years (was 156 px).
    expect(barBox!.y + barBox!.height).toBeLessThanOrEqual(900);
    expect((await bar.getByRole('slider', { name: 'Year', exact: true }).boundingBox())!.width).toBeGreaterThan(200);
    await expect(bar.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(yearShown(bar)).toHaveText('Today');
    await expect(bar.getByRole('radiogroup', { name: 'Place ties in time by' })).toBeVisible();
    // The legend is drawn over the map, inside its box; the full key unfolds from it.
    const legend = map.getByRole('group', { name: 'Map legend' });
    const legendBox = await legend.boundingBox();
    expect(legendBox!.y + legendBox!.height).toBeLessThanOrEqual(mapBox!.y + mapBox!.height);
    await expect(legend).toContainText('types of tie in force');
    await legend.getByText('Full legend').click();
    await expect(legend).toContainText('Economic and Trade Office overseas');
  });

  test('Play moves about a second a year and stops at the last year', async ({ page }) => {
    await openAt(page, '?year=2023');
    const year = yearShown(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(year).toHaveText('2023');
    const t0 = Date.now();
    await expect(year).toHaveText('2024', { timeout: 5000 });
    await expect(year).toHaveText('2025', { timeout: 5000 });
    const perYear = (Date.now() - t0) / 2;
    expect(perYear).toBeGreaterThanOrEqual(800);
    await expect(year).toHaveText('2026', { timeout: 5000 });
    // At the end it stops by itself: the button offers Play again and the year stays.
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await page.waitForTimeout(1500); // longer than a Play step: nothing moves after the end
    await expect(year).toHaveText('2026');

    // Leaving for About stops Play (the map screen is kept, hidden): the year does not move unseen,
    // and the map comes back paused at the year it showed.
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    const views = page.getByRole('navigation', { name: 'Views' });
    await views.getByRole('button', { name: 'About the data' }).click();
    await expect(page.getByRole('heading', { name: 'About the data' })).toBeVisible();
    const yearLeft = new URL(page.url()).searchParams.get('year');
    expect(yearLeft).toMatch(/^\d{4}$/);
    await page.waitForTimeout(1500); // longer than a Play step
    expect(new URL(page.url()).searchParams.get('year')).toBe(yearLeft);
    await views.getByRole('button', { name: 'Map' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(year).toHaveText(yearLeft!);
  });

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`keeps its height, and the map its size, as the year leaves today and the language changes (${viewport.width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await openAt(page);
      // By its id: its name changes with the language.
      const bar = page.locator('#time-bar');
      const height = async () => (await bar.boundingBox())!.height;
      const atToday = await height();
      // Every resize of the map reallocates its canvas and redraws the whole map.
      await page.evaluate(() => {
        const w = window as unknown as { __resizes: number };
        w.__resizes = 0;
        window.__atlasMap!.on('resize', () => w.__resizes++);
      });
      await bar.getByRole('slider', { name: 'Year', exact: true }).press('Home');
      await expect(yearShown(bar)).toHaveText('1997');
      await expect(bar.getByRole('button', { name: 'Back to today' })).toBeVisible();
      expect(await height()).toBe(atToday);
      for (const lang of ['zh-HK', 'zh-CN', 'en']) {
        await page.getByRole('combobox', { name: /Language|語言|语言/ }).selectOption(lang);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        expect(await height()).toBe(atToday);
      }
      await bar.getByRole('button', { name: 'Back to today' }).click();
      await expect(yearShown(bar)).toHaveText('Today');
      expect(await height()).toBe(atToday);
      expect(await page.evaluate(() => (window as unknown as { __resizes: number }).__resizes)).toBe(0);
    });
  }

  test("the network panel's counts follow the year", async ({ page }) => {
    await openAt(page, '?year=2005');
    const panel = page.getByRole('complementary', { name: 'Economy details' });
    await expect(panel.getByRole('columnheader', { name: 'End of 2005' })).toBeVisible();
    await expect(panel.locator('tr[data-metric="fta_agreements"]').getByRole('cell').first()).toHaveText(
      String(ftasSignedBy('2005-12-31')),
    );
    await page.getByRole('button', { name: 'Back to today' }).click();
    await expect(panel.getByRole('columnheader', { name: 'Today' })).toBeVisible();
    await expect(panel.locator('tr[data-metric="fta_agreements"]').getByRole('cell').first()).toHaveText(String(ftasSignedBy('9999')));
  });
});
