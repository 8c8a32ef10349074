import { compareRows, expect, openView, test } from './support/atlas-driver';

test('on a phone the comparison is a stack of cards, one per economy, each cell labelled with its type', async ({ page }) => {
  await openView(page, '?compare=AU,NZ,SG');
  const rows = compareRows(page.getByTestId('compare'));
  await expect(rows).toHaveCount(3);
  const boxes = await rows.evaluateAll((trs) =>
    trs.map((tr) => tr.getBoundingClientRect()).map((r) => ({ left: r.left, top: r.top, bottom: r.bottom, width: r.width })),
  );
  // Stacked: each card below the previous one, as wide as the screen allows, none sideways.
  for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).toBeGreaterThanOrEqual(boxes[i - 1].bottom);
  for (const b of boxes) expect(b.width).toBeGreaterThan(300);
  const label = await rows
    .first()
    .locator('td[data-type="cdta"]')
    .evaluate((td) => getComputedStyle(td, '::before').content);
  expect(label).toBe('"CDTA"');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
