import { chartsRegion, expect, openView, test, waitForCharts } from './support/atlas-driver';
import { layoutProblems } from './support/layout-checks';

/** From the narrowest phone to a wide desktop, across both breakpoints. */
const WIDTHS = [320, 390, 760, 761, 1024, 1100, 1101, 1440, 2560];

test.describe('every view owns its area', () => {
  for (const view of ['atlas', 'table'] as const) {
    test(`no view overlaps another in the ${view} view, at every width from 320 to 2560 px`, async ({ page }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await openView(page, view === 'table' ? '?view=table' : '');
      // The charts load after the first view: measure with them in place.
      await waitForCharts(page);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        // Two frames: the grid and the map's canvas have followed the new size.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        expect(await layoutProblems(page), `at ${width} px`).toEqual([]);
      }
    });
  }

  test('at 1440×900 the Table view scrolls inside its own area, above the charts', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openView(page, '?view=table');
    await waitForCharts(page);
    const table = page.getByRole('region', { name: 'Partner economies (table)' });
    const [tableBox, chartsBox] = [await table.boundingBox(), await chartsRegion(page).boundingBox()];
    expect(tableBox!.y + tableBox!.height).toBeLessThanOrEqual(chartsBox!.y + 1);
    // Row 18 onwards is reached by scrolling the table, not painted over the charts.
    const row18 = table.locator('tbody tr').nth(17);
    await row18.scrollIntoViewIfNeeded();
    const rowBox = await row18.boundingBox();
    expect(rowBox!.y + rowBox!.height).toBeLessThanOrEqual(tableBox!.y + tableBox!.height + 1);
  });

  // 1366×768 is the commonest laptop screen, 1280×800 another: their switches took two rows before they
  // were tightened there. One load per language, then the window resized, as a reader's would be.
  for (const lang of ['en', 'zh-HK'] as const) {
    test(`at 1440×900, 1366×768 and 1280×800 the map's switches keep to one row over the map (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await openView(page, `?lang=${lang}`);
      const toolbar = page.locator('.map-toolbar');
      const download = toolbar.getByRole('button', { name: lang === 'en' ? 'Download map image (PNG)' : '下載地圖圖片（PNG）' });
      for (const [width, height] of [
        [1440, 900],
        [1366, 768],
        [1280, 800],
      ] as const) {
        await page.setViewportSize({ width, height });
        await expect(download).toBeVisible();
        // Every switch's top within a few pixels of the first one's: a second row sat over the map before.
        const tops = await toolbar
          .locator('.map-toolbar-items > *')
          .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
        expect(tops.length).toBeGreaterThanOrEqual(6);
        expect(Math.max(...tops) - Math.min(...tops), `at ${width}×${height}: tops ${tops.join(', ')}`).toBeLessThan(8);
      }
    });
  }
  test('at 1440×900 the missions tracker has a row of its own: each destination list reads on one line (zh-HK)', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openView(page, '?lang=zh-HK');
    await waitForCharts(page, 'zh-HK');
    const tracker = page.getByRole('figure', { name: '行政長官率領的訪問團' });
    const [trackerBox, chartsBox] = [await tracker.boundingBox(), await chartsRegion(page, 'zh-HK').boundingBox()];
    // As wide as the charts' grid, less its padding: at half width the destinations wrapped two characters a line.
    expect(trackerBox!.width).toBeGreaterThan(chartsBox!.width * 0.9);
    const cells = await tracker.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => {
        const cell = row.children[2] as HTMLElement;
        return {
          text: cell.textContent,
          lines: Math.round(cell.getBoundingClientRect().height / parseFloat(getComputedStyle(cell).lineHeight)),
        };
      }),
    );
    expect(cells.length).toBeGreaterThanOrEqual(7);
    for (const cell of cells) expect(cell.lines, cell.text!).toBeLessThanOrEqual(1);
  });
});
