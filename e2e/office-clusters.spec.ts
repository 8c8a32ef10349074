import { publishedAtlas } from '../src/testing/published-data';
import { officesOpenBy } from '../src/selectors/office-coverage';
import { expect, jumpTo, lastIdle, openAt, test, waitForIdleAfter } from './support/atlas-driver';

const atlas = publishedAtlas();

/** Office markers drawn: clusters (with their counts) and single offices. */
const drawn = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const map = window.__atlasMap!;
    const clusters = map.queryRenderedFeatures({ layers: ['offices-clusters'] }).map((f) => ({
      id: Number(f.properties.cluster_id),
      count: Number(f.properties.point_count),
      lngLat: (f.geometry as GeoJSON.Point).coordinates,
    }));
    const singles = new Set(map.queryRenderedFeatures({ layers: ['offices-icons'] }).map((f) => String(f.properties.officeId)));
    return { clusters: [...new Map(clusters.map((c) => [c.id, c])).values()], singles: singles.size };
  });

test.describe('office markers at world zoom', () => {
  test('offices close together are one marker with their count, and a click zooms in until they split', async ({ page }) => {
    await openAt(page);
    const world = await drawn(page);
    expect(world.clusters.length).toBeGreaterThan(0);
    // Every office is drawn once: in a cluster's count or on its own.
    expect(world.clusters.reduce((n, c) => n + c.count, 0) + world.singles).toBe(atlas.offices.length);
    // The biggest cluster (the Mainland's offices) shows its count as text.
    const biggest = world.clusters.sort((a, b) => b.count - a.count)[0];
    expect(biggest.count).toBeGreaterThan(5);
    const zoomBefore = await page.evaluate(() => window.__atlasMap!.getZoom());
    const since = await lastIdle(page);
    const point = await page.evaluate(
      ([lon, lat]) => {
        const map = window.__atlasMap!;
        const p = map.project([lon, lat]);
        const r = map.getCanvas().getBoundingClientRect();
        return { x: r.left + p.x + 10, y: r.top + p.y - 10 };
      },
      biggest.lngLat as [number, number],
    );
    await page.mouse.click(point.x, point.y);
    await waitForIdleAfter(page, since);
    expect(await page.evaluate(() => window.__atlasMap!.getZoom())).toBeGreaterThan(zoomBefore);
    // Zoomed in past the clustering zoom, every office has its own marker.
    await jumpTo(page, 114, 30, 4.5);
    expect((await drawn(page)).clusters).toEqual([]);
  });

  test('a past year draws only the offices open by its end (one of unknown opening stays)', async ({ page }) => {
    await openAt(page, '?year=2010');
    const open = officesOpenBy(atlas.offices, 2010);
    expect(open.length).toBeLessThan(atlas.offices.length);
    expect(open.map((o) => o.officeId)).not.toContain('eto-kuala-lumpur');
    const at2010 = await drawn(page);
    expect(at2010.clusters.reduce((n, c) => n + c.count, 0) + at2010.singles).toBe(open.length);
  });
});
