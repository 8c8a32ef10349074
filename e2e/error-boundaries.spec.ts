/**
 * One failing part leaves the rest usable: the map, the economy panel and each chart sit in their
 * own error boundary. Each test breaks one part the way a real browser can (a GPU that refuses
 * MapLibre's context, a broken date formatter, a failing resize observer) without any switch in
 * the app, and checks that the other parts keep working and the broken one can be tried again.
 */
import { expect, mapCanvas, openView, test, waitForMapShown, withoutWebGL } from './support/atlas-driver';

test.describe('error boundaries', () => {
  test('the map fails to start: a table stands in for it, the rest works, and the map can be tried again', async ({ page, guards }) => {
    await withoutWebGL(page, guards); // MapLibre's own context request fails, as on a blocklisted GPU
    await openView(page, '');

    const stand_in = page.getByRole('region', { name: 'Partner economies (table instead of the map)' });
    await expect(stand_in.getByRole('status')).toContainText('This browser cannot draw it: WebGL2 is not available or is turned off.');
    await stand_in.getByRole('button', { name: 'Chile', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Chile' }).getByTestId('tie-fta-cl')).toBeVisible();
    await expect(page.getByTestId('counts-chart').getByRole('application')).toBeVisible();

    await page.evaluate(() => ((window as { __webglBack?: boolean }).__webglBack = true));
    await stand_in.getByRole('button', { name: 'Try the map again' }).click();
    await waitForMapShown(page);
    await expect(mapCanvas(page)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Chile' })).toBeVisible();
  });

  test('the panel fails: map, charts and the economy list still work, and choosing an economy tries again', async ({ page, guards }) => {
    guards.allowConsoleErrors(/date formatting broke/);
    await page.addInitScript(() => {
      const format = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!;
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
        get() {
          if ((window as { __datesBroken?: boolean }).__datesBroken !== false) throw new Error('date formatting broke');
          return format.get!.call(this);
        },
      });
    });
    await openView(page, '');
    const panel = page.getByRole('complementary', { name: 'Economy details' });
    await expect(panel.getByRole('alert')).toContainText('Sorry, the economy panel could not be shown.');
    await waitForMapShown(page);
    // Charts that show no dates are untouched; the timeline lists dated events, so it fails in its own boundary.
    await expect(page.getByTestId('counts-chart').getByRole('application')).toBeVisible();
    await expect(page.getByTestId('pipeline-chart').getByRole('application')).toBeVisible();

    await page.evaluate(() => ((window as { __datesBroken?: boolean }).__datesBroken = false));
    await page.getByRole('combobox', { name: 'Find an economy' }).fill('New Zealand');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'New Zealand' }).getByTestId('tie-fta-nz')).toContainText('29 Mar 2010');
    await expect(panel.getByRole('alert')).toHaveCount(0);
  });

  test('one chart fails: the other chart, the map and the panel still work', async ({ page, guards }) => {
    guards.allowConsoleErrors(/resize observer broke/);
    await page.addInitScript(() => {
      const observe = ResizeObserver.prototype.observe;
      ResizeObserver.prototype.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
        if (target.closest('[data-testid="timeline-chart"]')) throw new Error('resize observer broke');
        return observe.call(this, target, options);
      };
    });
    await openView(page, '?economy=NZ');
    const charts = page.getByRole('region', { name: 'Charts' });
    await expect(charts.getByRole('alert')).toContainText('Sorry, the timeline chart could not be shown.');
    await expect(page.getByTestId('timeline-chart')).toHaveCount(0);
    await expect(page.getByTestId('counts-chart').getByRole('application')).toBeVisible();
    await expect(page.getByRole('region', { name: 'New Zealand' }).getByTestId('tie-fta-nz')).toBeVisible();
    await waitForMapShown(page);
    await expect(mapCanvas(page)).toBeVisible();
  });
});
