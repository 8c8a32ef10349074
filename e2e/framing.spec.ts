import type { Page } from '@playwright/test';
import {
  clickAndIdle,
  expect,
  lastIdle,
  mapCamera,
  mapCanvas,
  mapShows,
  openAt,
  screenPoint,
  test,
  waitForIdleAfter,
} from './support/atlas-driver';

const HK: [number, number] = [114.17, 22.3];

/** Chooses an economy by the search, as a user would, and waits for the camera to settle. */
async function choose(page: Page, name: string): Promise<void> {
  const since = await lastIdle(page);
  const search = page.getByRole('combobox', { name: /Find an economy/ });
  await search.fill(name);
  await page
    .getByRole('listbox')
    .getByRole('option', { name: new RegExp(`^${name}`) })
    .click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  await waitForIdleAfter(page, since);
}

const inView = (page: Page, [lon, lat]: [number, number]) => mapShows(page, lon, lat);

type Box = { x: number; y: number; width: number; height: number };

/** The names the map has placed, anywhere or where they meet a box on the page (say, the legend's). */
async function labelsIn(page: Page, box?: Box): Promise<string[]> {
  return page.evaluate((b) => {
    const map = window.__atlasMap!;
    const canvas = map.getCanvas().getBoundingClientRect();
    const within: [[number, number], [number, number]] | undefined = b && [
      [b.x - canvas.left, b.y - canvas.top],
      [b.x - canvas.left + b.width, b.y - canvas.top + b.height],
    ];
    const options = { layers: ['economy-labels'] };
    const found = within ? map.queryRenderedFeatures(within, options) : map.queryRenderedFeatures(options);
    return found.map((f) => String(f.properties.label));
  }, box);
}

test.describe('framing a chosen economy', () => {
  test('a near partner is framed together with Hong Kong, so its arc shows', async ({ page }) => {
    await openAt(page);
    await choose(page, 'New Zealand');
    expect(await inView(page, HK)).toBe(true);
    expect(await inView(page, [174.8, -41.3])).toBe(true); // Wellington
    await choose(page, 'Singapore');
    expect(await inView(page, HK)).toBe(true);
    expect(await inView(page, [103.8, 1.35])).toBe(true);
    // …and not under the legend that sits over the map's lower left.
    const singapore = await screenPoint(page, 103.8, 1.35);
    const legend = (await page.getByRole('group', { name: 'Map legend' }).boundingBox())!;
    const underLegend =
      singapore.x > legend.x && singapore.x < legend.x + legend.width && singapore.y > legend.y && singapore.y < legend.y + legend.height;
    expect(underLegend, `Singapore at ${JSON.stringify(singapore)}, legend ${JSON.stringify(legend)}`).toBe(false);
    // Its name, placed under the dot, is drawn and clear of the legend too.
    expect(await labelsIn(page)).toContain('Singapore');
    expect(await labelsIn(page, legend)).not.toContain('Singapore');
    // Not the whole world either: zoomed in beyond the world view.
    expect((await mapCamera(page)).zoom).toBeGreaterThan(2);
  });

  test('in Chinese on a 1440×900 screen, Singapore framed with Hong Kong keeps its name clear of the legend', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openAt(page, '?economy=SG&lang=zh-HK');
    await expect(page.getByRole('heading', { name: '新加坡', level: 2 })).toBeVisible();
    await expect.poll(() => labelsIn(page)).toContain('新加坡');
    const legend = (await page.getByRole('group', { name: '地圖圖例' }).boundingBox())!;
    expect(await labelsIn(page, legend)).not.toContain('新加坡');
  });

  test('a far partner is framed with its region, keeping its neighbours in view', async ({ page }) => {
    await openAt(page);
    await choose(page, 'United States');
    expect(await inView(page, [-97, 38])).toBe(true);
    expect(await inView(page, [-100, 56])).toBe(true); // Canada, its neighbour
  });

  test('on a phone, the chosen economy and Hong Kong are framed above the bottom sheet', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openAt(page);
    await choose(page, 'Singapore');
    const sheetTop = (await page.getByRole('complementary', { name: 'Economy details' }).boundingBox())!.y;
    const mapTop = (await mapCanvas(page).boundingBox())!.y;
    for (const place of [HK, [103.8, 1.35] as [number, number]]) {
      const { y } = await screenPoint(page, place[0], place[1]);
      expect(y).toBeGreaterThan(mapTop);
      expect(y).toBeLessThan(sheetTop);
    }
  });

  test('with reduced motion, the globe switch re-frames the world in the task that gives the map the globe, before the browser draws a frame', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openAt(page);
    // Counts the browser's frames from the projection's change to the camera's move. A re-frame a
    // frame late came after the globe's first frame (about a second on software WebGL), whose
    // tiles, at the old zoom, were all cut again at the new one.
    await page.evaluate(() => {
      const map = window.__atlasMap!;
      const probe = { projectedAt: -1, framesBeforeMove: -1, frames: 0 };
      (window as unknown as { __reframe: typeof probe }).__reframe = probe;
      const tick = () => {
        probe.frames++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      map.on('projectiontransition', () => {
        if (probe.projectedAt < 0) probe.projectedAt = probe.frames;
      });
      map.on('move', () => {
        if (probe.projectedAt >= 0 && probe.framesBeforeMove < 0) probe.framesBeforeMove = probe.frames - probe.projectedAt;
      });
    });
    await clickAndIdle(page, () => page.getByRole('group', { name: 'Projection' }).getByRole('button', { name: 'Globe' }).click());
    const probe = await page.evaluate(
      () => (window as unknown as { __reframe: { projectedAt: number; framesBeforeMove: number } }).__reframe,
    );
    expect(probe.projectedAt, 'the projection changed').toBeGreaterThanOrEqual(0);
    expect(probe.framesBeforeMove, 'frames between the projection and the re-frame').toBe(0);
    const camera = await mapCamera(page);
    expect(camera.projection).toBe('globe');
    expect(camera.zoom).toBeCloseTo(1.7, 1);
  });
});
