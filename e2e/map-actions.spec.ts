import type { Page } from '@playwright/test';
import { clickAndIdle, expect, mapCamera, mapShows, openAt, test } from './support/atlas-driver';

/** The charts' missions tracker, a figure captioned with its title. */
const missions = (page: Page) => page.getByRole('figure', { name: 'Chief Executive-led missions' });

const inView = (page: Page, [lon, lat]: [number, number]) => mapShows(page, lon, lat);

test.describe('map actions: zoom to matches, missions, share', () => {
  test('"Zoom to matches" frames the economies the filters leave', async ({ page }) => {
    await openAt(page);
    await page.getByRole('combobox', { name: /^Grouping/ }).selectOption('efta');
    await clickAndIdle(page, () =>
      page.getByRole('group', { name: 'Map options' }).getByRole('button', { name: 'Zoom to matches' }).click(),
    );
    // The grouping's own idle can land after the press: wait for the flight's end, not the first idle.
    await expect.poll(() => inView(page, [114.17, 22.3])).toBe(false); // Hong Kong is not among them
    expect(await inView(page, [8.2, 46.8])).toBe(true); // Switzerland
    expect(await inView(page, [-19, 64.9])).toBe(true); // Iceland
  });

  test('choosing a mission frames its destinations and is kept in the URL', async ({ page }) => {
    await openAt(page);
    const mission = missions(page).getByRole('button', { name: /Qatar and Kuwait/ });
    await clickAndIdle(page, () => mission.click());
    await expect(page).toHaveURL(/mission=ce-2025-05-middle-east/);
    expect(await inView(page, [51.2, 25.3])).toBe(true); // Qatar
    expect(await inView(page, [47.9, 29.3])).toBe(true); // Kuwait
    expect((await mapCamera(page)).zoom).toBeGreaterThan(3);
    // The link restores the chosen mission and its frame.
    await openAt(page, '?mission=ce-2025-05-middle-east');
    await expect(missions(page).getByRole('button', { name: /Qatar and Kuwait/ })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => inView(page, [51.2, 25.3])).toBe(true);
    await expect.poll(async () => (await mapCamera(page)).zoom).toBeGreaterThan(3);
  });

  test('Share copies the current link and shows it in a dialog that Escape closes', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openAt(page, '?economy=NZ&year=2015');
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await expect(dialog.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await expect(dialog.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(page.url());
    // Escape closes the dialog only: the economy's panel behind it stays open.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('region', { name: 'New Zealand' })).toBeVisible();
  });
});
