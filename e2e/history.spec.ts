import { expect, openAt, test, yearShown } from './support/atlas-driver';

const historyLength = (page: import('@playwright/test').Page) => page.evaluate(() => window.history.length);

test.describe('browser history', () => {
  test('Back after moving the slider and playing returns to the last discrete action, not every tick', async ({ page }) => {
    await openAt(page);
    // A discrete action pushes an entry.
    await page.getByLabel('Belt and Road partners only').check();
    await expect(page).toHaveURL(/bri=1/);
    const afterFilter = await historyLength(page);
    // Eight slider ticks and two Play steps replace that entry instead of pushing ten more.
    const slider = page.getByRole('slider', { name: 'Year', exact: true });
    await slider.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/bri=1&year=2005/);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(yearShown(page)).toHaveText('2007', { timeout: 6000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    // Play may take one more step before the pause lands on a slow machine: the year it stopped at.
    const leftAt = (await yearShown(page).textContent())!;
    expect(Number(leftAt)).toBeGreaterThanOrEqual(2007);
    expect(await historyLength(page)).toBe(afterFilter);
    // Back undoes the filter (the last discrete action) in one step.
    await page.goBack();
    await expect(page).not.toHaveURL(/bri=1/);
    await expect(page.getByLabel('Belt and Road partners only')).not.toBeChecked();
    await expect(yearShown(page)).toHaveText('Today');
    // Forward returns to the filter with the year it was left at.
    await page.goForward();
    await expect(page).toHaveURL(new RegExp(`bri=1&year=${leftAt}`));
    await expect(yearShown(page)).toHaveText(leftAt);
  });
});
