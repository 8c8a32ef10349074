/** A story on a phone (the phone project, 390×844): the text in the bottom sheet, Next and Back by tap, the map above the sheet. */
import type { Page } from '@playwright/test';
import { expect, mapBox, openAt, screenPoint, storyPanel, storySheet, test } from './support/atlas-driver';

/** Where the sheet starts and the map's canvas is, on the screen. */
async function layout(page: Page) {
  const sheet = (await storySheet(page, 'growth').boundingBox())!;
  const map = await mapBox(page);
  return { sheetTop: sheet.y, sheetBottom: sheet.y + sheet.height, mapTop: map.top, mapBottom: map.bottom };
}

/** The point is on the map and above the sheet: the reader sees it. */
async function seenAboveSheet(page: Page, lon: number, lat: number): Promise<boolean> {
  const { x, y } = await screenPoint(page, lon, lat);
  const l = await layout(page);
  return x > 0 && x < 390 && y > Math.max(0, l.mapTop) && y < Math.min(l.sheetTop, l.mapBottom);
}

test('a story on a phone: the text sits in the bottom sheet, Next and Back work by tap, the map stays in view above it', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openAt(page, '?story=growth&step=3');
  const panel = storyPanel(page, 'growth');
  await expect(panel).toHaveAttribute('data-step', '3');
  await expect(panel.getByText('Comprehensive double taxation agreements multiplied after 2010')).toBeVisible();

  // The sheet: fixed to the bottom of the screen, at most half of it, holding the step's text and its buttons.
  const sheet = storySheet(page, 'growth');
  expect(await sheet.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  let l = await layout(page);
  expect(l.sheetBottom).toBeCloseTo(844, 0);
  expect(l.sheetTop).toBeGreaterThan(844 / 2);
  await expect(panel.getByRole('button', { name: /Next/ })).toBeInViewport({ ratio: 1 });
  // The map comes to the top, with most of the screen above the sheet.
  await expect.poll(async () => (await layout(page)).mapTop).toBeLessThanOrEqual(1);
  l = await layout(page);
  expect(l.sheetTop - Math.max(0, l.mapTop)).toBeGreaterThan(350);

  // Next, by tap: the ASEAN step frames the ten members above the sheet.
  await panel.getByRole('button', { name: /Next/ }).tap();
  await expect(panel).toHaveAttribute('data-step', '4');
  await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('4');
  await expect(panel.getByText('Step 4 of')).toBeVisible();
  await expect.poll(() => seenAboveSheet(page, 100.5, 13.75), { message: 'Bangkok above the sheet', timeout: 20_000 }).toBe(true);
  expect(await seenAboveSheet(page, 106.8, -6.2), 'Jakarta above the sheet').toBe(true);
  expect(await seenAboveSheet(page, 120.98, 14.6), 'Manila above the sheet').toBe(true);

  // Back, by tap.
  await panel.getByRole('button', { name: /Back/ }).tap();
  await expect(panel).toHaveAttribute('data-step', '3');
  await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2012');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
