import { publishedAtlas } from '../src/testing/published-data';
import { officesOpenBy } from '../src/selectors/office-coverage';
import { expect, jumpTo, mapCamera, officeMarkersDrawn, openAt, test } from './support/atlas-driver';
import { openCluster } from './support/user-actions';

const atlas = publishedAtlas();

test.describe('office markers at world zoom', () => {
  test('offices close together are one marker with their count, and a click zooms in until they split', async ({ page }) => {
    await openAt(page);
    const world = await officeMarkersDrawn(page);
    expect(world.clusters.length).toBeGreaterThan(0);
    // Every office is drawn once: in a cluster's count or on its own.
    expect(world.clusters.reduce((n, c) => n + c.count, 0) + world.singles).toBe(atlas.offices.length);
    // The biggest cluster (the Mainland's offices) shows its count as text.
    const biggest = world.clusters.sort((a, b) => b.count - a.count)[0];
    expect(biggest.count).toBeGreaterThan(5);
    const zoomBefore = (await mapCamera(page)).zoom;
    await openCluster(page, biggest.lngLat as [number, number]);
    // The zoom waits on the worker's answer (getClusterExpansionZoom), so an idle can come before it starts.
    await expect.poll(async () => (await mapCamera(page)).zoom).toBeGreaterThan(zoomBefore);
    // Zoomed in past the clustering zoom, every office has its own marker.
    await jumpTo(page, 114, 30, 4.5);
    expect((await officeMarkersDrawn(page)).clusters).toEqual([]);
  });

  test('a past year draws only the offices open by its end (one of unknown opening stays)', async ({ page }) => {
    await openAt(page, '?year=2010');
    const open = officesOpenBy(atlas.offices, 2010);
    expect(open.length).toBeLessThan(atlas.offices.length);
    expect(open.map((o) => o.officeId)).not.toContain('eto-kuala-lumpur');
    const at2010 = await officeMarkersDrawn(page);
    expect(at2010.clusters.reduce((n, c) => n + c.count, 0) + at2010.singles).toBe(open.length);
  });
});
