/**
 * Paths that once logged console errors: the timeline's brush after Reset all widened its years
 * (React set NaN on its <rect>s), and the panels of economies with undated ties. The guards fail
 * each test on any console error; the assertions check the brush and panels are drawn correctly.
 */
import { brushEnds, expect, openAt, test, timelineBrushDrawing } from './support/atlas-driver';

test('Reset all after an FTA-only view: the brush spans every year, with numbers in its handles', async ({ page }) => {
  await openAt(page, '?types=fta');
  const brush = timelineBrushDrawing(page);
  await expect(brush).toBeVisible();
  await page.getByRole('button', { name: 'Reset all' }).click();
  await expect(page).not.toHaveURL(/types=/);
  // After the reset every brush rectangle has a numeric position, and the handles name years.
  await expect(brushEnds(brush).first()).toBeVisible();
  const xs = await brush.locator('rect').evaluateAll((rects) => rects.map((r) => r.getAttribute('x')));
  expect(xs.length).toBeGreaterThan(2);
  for (const x of xs) expect(Number.isFinite(Number(x)), `rect x=${x}`).toBe(true);
  const labels = await brush.locator('[aria-label]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(labels.join(' ')).not.toMatch(/undefined|NaN/);
  const [, from, to] = /^Years shown: (\d{4}) to (\d{4})\./.exec(labels[0] ?? '') ?? [];
  expect(Number(from), labels[0]!).toBeLessThan(Number(to));
});

for (const [iso2, name] of [
  ['AU', 'Australia'],
  ['JP', 'Japan'],
] as const) {
  test(`${name}'s panel (ties without a recorded day) draws its lifecycle with numbers only`, async ({ page }) => {
    await openAt(page, `?economy=${iso2}`);
    const panel = page.getByRole('region', { name });
    const figure = panel.getByTestId('lifecycle');
    await expect(figure).toBeVisible();
    const bad = await figure.locator('svg *').evaluateAll((els) =>
      els.flatMap((el) =>
        Array.from(el.attributes)
          .filter((a) => /NaN|undefined/.test(a.value))
          .map((a) => `${el.tagName} ${a.name}=${a.value}`),
      ),
    );
    expect(bad).toEqual([]);
  });
}
