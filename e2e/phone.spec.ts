import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { clickAndIdle, expect, openAt, openView, screenPoint, test } from './support/atlas-driver';
import { chooseLanguage, officeIn, placeOf } from './support/user-actions';

/**
 * Nothing on the page may scroll sideways on a phone. Measured against the screen's width, not the
 * window's: on a phone a page wider than the screen widens the layout viewport too (About's
 * completeness table made it 465 px at 390), so `innerWidth` would follow it.
 */
async function expectNoSidewaysScroll(page: Page) {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scroll).toBeLessThanOrEqual(page.viewportSize()!.width);
}

test.describe('on a phone', () => {
  test('the map, search, filters, panel and charts are all reachable, with no sideways scroll', async ({ page }) => {
    await openAt(page);
    await expectNoSidewaysScroll(page);
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await expect(page.getByRole('group', { name: 'Agreement types' })).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .exclude('.maplibregl-canvas')
      .analyze();
    expect(
      axe.violations.map((v) => v.id),
      'axe violations with the filters open on a phone',
    ).toEqual([]);
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

  test('the map options fold behind one button, which unfolds them by tap and folds them with Escape; the legend takes a few lines', async ({
    page,
  }) => {
    await openAt(page);
    const toolbar = page.getByRole('group', { name: 'Map options' });
    const fold = toolbar.getByRole('button', { name: 'Map options' });
    const globe = toolbar.getByRole('button', { name: 'Globe' });
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(globe).toBeHidden();
    await expect(toolbar.getByRole('checkbox', { name: 'Show arcs' })).toBeHidden();
    // Folded, the options take one button's room at the map's top, not a quarter of the map.
    const [folded, map] = await Promise.all([toolbar.boundingBox(), page.locator('.map').boundingBox()]);
    expect(folded!.height).toBeLessThan(48);
    expect(folded!.width * folded!.height).toBeLessThan((map!.width * map!.height) / 20);
    // The legend's key takes the map's width in a few lines, and the credit moved out of its way.
    const [legend, credit] = await Promise.all([
      page.locator('.map-legend').boundingBox(),
      page.locator('.maplibregl-ctrl-attrib').boundingBox(),
    ]);
    expect(legend!.height).toBeLessThan(map!.height / 4);
    for (const [a, b] of [
      [legend!, credit!],
      [legend!, folded!],
      [credit!, folded!],
    ])
      expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height, 'overlap').toBe(false);

    await fold.tap();
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    await expect(globe).toBeVisible();
    await expect(toolbar.getByRole('button', { name: 'Download map image (PNG)' })).toBeInViewport();
    await clickAndIdle(page, () => globe.tap());
    await expect(globe).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => page.evaluate(() => window.__atlasMap!.getProjection()?.type)).toBe('globe');

    // Escape folds them back and returns to their button.
    await toolbar.getByRole('checkbox', { name: 'Show offices' }).focus();
    await page.keyboard.press('Escape');
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(fold).toBeFocused();
    await expect(globe).toBeHidden();
  });
});

/** The offices table, and every cell of it, within the screen: nothing to scroll sideways to. */
async function expectOfficeCardsFit(page: Page) {
  const table = page.locator('.office-table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const outside = await table.evaluate((t) => {
    const width = document.documentElement.clientWidth;
    const cells = [t, ...t.querySelectorAll('th, td')].filter((el) => el.getBoundingClientRect().right > width + 0.5);
    return { cells: cells.map((el) => el.textContent?.slice(0, 40)), scrolls: t.parentElement!.scrollWidth > t.parentElement!.clientWidth };
  });
  expect(outside).toEqual({ cells: [], scrolls: false });
}

/** Latin words split across two lines inside `selector` (CJK text may break anywhere, so it is not counted). */
async function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const broken: string[] = [];
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[A-Za-z]{2,}/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, selector);
}

/** Texts of the cells matching `selector` that take more than one line (a date is read whole). */
async function wrappedCells(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((cells) =>
    cells
      .filter((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size > 1;
      })
      .map((cell) => cell.textContent ?? ''),
  );
}

test.describe('phone sheets and views', () => {
  // New Zealand's South Island; Macao, small and next to Hong Kong, framed at the closest zoom.
  const framed = [
    { lang: 'en', economy: 'NZ', lon: 170.5, lat: -44.5 },
    { lang: 'zh-HK', economy: 'MO', lon: 113.55, lat: 22.17 },
  ] as const;
  for (const { lang, economy, lon, lat } of framed) {
    test(`with an economy's sheet open, the legend stands just above the sheet and the economy is framed above both (${economy}, ${lang})`, async ({
      page,
    }) => {
      await openAt(page, `?economy=${economy}&lang=${lang}`);
      const sheet = page.locator('.panel');
      const top = (selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().top);
      const bottom = (selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().bottom);
      await expect(sheet.getByRole('heading', { level: 2 })).toBeInViewport();
      await expect.poll(async () => (await bottom('.map-legend')) <= (await top('.panel'))).toBe(true);
      // Just above it, not floating mid-map over what is framed.
      expect((await top('.panel')) - (await bottom('.map-legend'))).toBeLessThan(24);
      // The economy, once the camera has framed it: on the map, above the legend (so above the sheet too).
      await expect
        .poll(async () => {
          const { y } = await screenPoint(page, lon, lat);
          return y > (await top('.maplibregl-canvas')) && y < (await top('.map-legend'));
        })
        .toBe(true);
    });
  }

  test("an office's panel is a sheet too, with the map brought up above it where its covered economies are outlined", async ({ page }) => {
    await openAt(page, '?office=eto-london');
    const sheet = page.locator('.panel');
    await expect(sheet.getByRole('heading', { level: 2 })).toBeInViewport();
    await expect(sheet).toHaveCSS('position', 'fixed');
    const top = (selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().top);
    // The map at the top of the screen, a good part of it above the sheet, the legend whole above the sheet.
    await expect.poll(() => top('.maplibregl-canvas')).toBeLessThanOrEqual(1);
    expect(await top('.panel')).toBeGreaterThan(200);
    expect(await page.locator('.map-legend').evaluate((e) => e.getBoundingClientRect().bottom)).toBeLessThanOrEqual(await top('.panel'));
  });

  test("an office's covered economies are framed above its sheet and legend (Berlin, zh-HK)", async ({ page }) => {
    await openAt(page, '?office=eto-berlin&lang=zh-HK');
    const top = (selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().top);
    await expect(page.locator('.panel').getByRole('heading', { level: 2 })).toContainText('柏林');
    // At world zoom central Europe was a few pixels across on a phone, its purple outlines unreadable.
    await expect
      .poll(async () => {
        const [canvasTop, legendTop] = [await top('.maplibregl-canvas'), await top('.map-legend')];
        const outside: string[] = [];
        for (const code of officeIn('Berlin').covers) {
          const { x, y } = await screenPoint(page, ...placeOf(code).anchor);
          if (!(x > 0 && x < 390 && y > canvasTop && y < legendTop)) outside.push(code);
        }
        return outside;
      })
      .toEqual([]);
    expect(await page.evaluate(() => window.__atlasMap!.getZoom())).toBeGreaterThan(3);
  });

  test('the filters open as a sheet over the map instead of pushing it down, and close back to their button', async ({ page }) => {
    await openAt(page);
    const map = page.getByRole('region', { name: "World map of Hong Kong's partner economies" });
    const mapBefore = (await map.boundingBox())!;
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await toggle.click();
    // The sheet is what the Filters button says it controls.
    const sheet = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
    await expect(sheet).toBeInViewport();
    expect(await sheet.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    const mapAfter = (await map.boundingBox())!;
    expect(mapAfter.y).toBe(mapBefore.y);
    const sheetBox = (await sheet.boundingBox())!;
    expect(sheetBox.y).toBeLessThan(mapAfter.y + mapAfter.height); // over the map
    const done = sheet.getByRole('button', { name: /^Show the map/ });
    await expect(done).toBeFocused();
    await page.getByLabel('Economies: CDTA').selectOption('must');
    await expect(page).toHaveURL(/must=cdta/);
    await done.click();
    await expect(sheet).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  test('tapping Table or About shows their content at once, even with an economy open, and both fit the screen', async ({ page }) => {
    await openAt(page, '?economy=SG');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Table' }).click();
    const table = page.getByRole('table', { name: /^Partner economies/ });
    const firstRow = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader') })
      .first();
    await expect(firstRow).toBeInViewport();
    // Nothing covers it: the economy panel follows the table rather than lying over it as a sheet.
    const box = (await firstRow.boundingBox())!;
    const hit = await page.evaluate(([x, y]) => !!document.elementFromPoint(x, y)?.closest('table.economy-table'), [
      box.x + 20,
      box.y + box.height / 2,
    ] as const);
    expect(hit).toBe(true);
    await expectNoSidewaysScroll(page);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'About the data' }).click();
    await expect(page.getByRole('heading', { name: 'About the data' })).toBeInViewport();
    await expectNoSidewaysScroll(page);
    // The records' completeness, seven columns, reads as one card per type and keeps its table semantics.
    const coverage = page.getByRole('table', { name: /^Dates recorded/ });
    await expect(coverage.getByRole('rowheader')).toHaveCount(7);
    const axe = await new AxeBuilder({ page }).include('table.coverage').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(
      axe.violations.map((v) => v.id),
      'axe violations in the completeness cards',
    ).toEqual([]);
  });

  test('no word is broken in the middle in the tables and panels', async ({ page }) => {
    await openView(page, '?view=table&economy=GB');
    await page.getByRole('region', { name: 'Charts' }).getByRole('figure').first().waitFor();
    expect(await brokenWords(page, '.economy-table, .panel, .chart-table, .totals')).toEqual([]);
    // The economies table fits its area, its Compare column included (it was 433 px wide at 390, cut off), and at 360 too.
    const tableArea = page.getByRole('region', { name: 'Partner economies (table)' });
    const overflow = () => tableArea.evaluate((e) => e.scrollWidth - e.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(overflow).toBeLessThanOrEqual(0);
    expect(await brokenWords(page, '.economy-table')).toEqual([]);
    // The charts' tables too (the pipeline's stages were 4 px over).
    await expectNoSidewaysScroll(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('group', { name: 'Table contents' }).getByRole('button', { name: 'Offices' }).click();
    expect(await brokenWords(page, '.office-table')).toEqual([]);
    // Six columns are wider than a phone: each office is a card that fits, its fields labelled, under the sort buttons.
    await expectOfficeCardsFit(page);
    await expect(page.locator('.office-table td[data-col="covered"]').first()).toHaveAttribute('data-label', 'Economies covered');
    await page.getByRole('button', { name: 'Opened' }).click();
    await expect(page.getByRole('columnheader', { name: 'Opened' })).toHaveAttribute('aria-sort', 'ascending');
    // As cards the table keeps its semantics for assistive technology: headers, row headers, sort state.
    const axe = await new AxeBuilder({ page }).include('.office-table').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(
      axe.violations.map((v) => v.id),
      'axe violations in the offices table as cards',
    ).toEqual([]);
    await expect(page.getByRole('rowheader').first()).toBeVisible();
    // Chinese dates have no spaces to break at: each stays on one line ("2003年6月29日", not "2003年6 / 月29日").
    await chooseLanguage(page, 'zh-HK');
    await expect(page.locator('td[data-col="opened"]', { hasText: '年' }).first()).toBeVisible();
    expect(await wrappedCells(page, 'td[data-col="opened"]')).toEqual([]);
    // Nor cities: one of up to four characters stays whole (三藩市, 布魯塞爾; the auto layout left them 1–2 wide).
    await expect(page.locator('td[data-col="city"]', { hasText: '布魯塞爾' })).toHaveCount(1);
    expect(await wrappedCells(page, 'td[data-col="city"]').then((cities) => cities.filter((c) => [...c].length <= 4))).toEqual([]);
    await expectOfficeCardsFit(page);
    await page.getByRole('group', { name: '表格內容' }).getByRole('button', { name: '經濟體' }).click();
    await expect(page.locator('td[data-col="earliest"]', { hasText: '年' }).first()).toBeVisible();
    expect(await wrappedCells(page, 'td[data-col="earliest"]')).toEqual([]);
    // The narrow columns' headings are a word each: none stands one character a line (已生效, not 已 / 生 / 效).
    expect(
      await wrappedCells(page, '.economy-table thead th.num, .economy-table thead th:last-child').then((heads) =>
        heads.filter((h) => !/[▲▼]/.test(h)),
      ),
    ).toEqual([]);
    // Chinese names have no spaces either: a name of up to four characters stays whole ("中國內地", not "中國 / 內地").
    const shortNames = page.locator('.economy-table tbody th[scope="row"]').filter({ hasText: /^[^\s]{1,4}$/ });
    await expect(shortNames.filter({ hasText: '中國內地' })).toHaveCount(1);
    expect(
      await wrappedCells(page, '.economy-table tbody th[scope="row"]').then((names) => names.filter((n) => [...n].length <= 4)),
    ).toEqual([]);
  });
});
