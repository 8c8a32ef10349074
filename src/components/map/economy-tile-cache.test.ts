import { describe, expect, it } from 'vitest';
import { deeperTileUrls } from './economy-tile-cache';
import { ECONOMY_TILE_MAX_ZOOM, PRECACHED_TILE_MAX_ZOOM } from './economy-tiles';

describe('the deeper tiles the page caches for offline use', () => {
  it('are every tile from the zoom after the precached ones down to the deepest, each once', () => {
    const urls = deeperTileUrls('/t/{z}/{x}/{y}.pbf');
    const zooms = new Set(urls.map((url) => Number(url.split('/')[2])));
    expect([...zooms]).toEqual(
      Array.from({ length: ECONOMY_TILE_MAX_ZOOM - PRECACHED_TILE_MAX_ZOOM }, (_, i) => PRECACHED_TILE_MAX_ZOOM + 1 + i),
    );
    let count = 0;
    for (const z of zooms) count += 4 ** z;
    expect(urls).toHaveLength(count);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain(`/t/${ECONOMY_TILE_MAX_ZOOM}/${2 ** ECONOMY_TILE_MAX_ZOOM - 1}/0.pbf`);
  });
});
