import { readFileSync } from 'node:fs';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { ECONOMY_TILE_LAYER, ECONOMY_TILE_MAX_ZOOM } from '../../src/components/map/economy-tiles';
import { cutEconomyTiles } from './economy-tiles';

const published = JSON.parse(readFileSync('public/data/economies.geojson', 'utf8')) as GeoJSON.FeatureCollection;
const tiles = cutEconomyTiles(published);

/** The features of one tile as the map's worker reads them: iso2 and shape of each. */
function featuresOf(path: string): { iso2: unknown; shape: unknown }[] {
  const layer = new VectorTile(new PbfReader(tiles.get(path)!)).layers[ECONOMY_TILE_LAYER];
  return Array.from({ length: layer?.length ?? 0 }, (_, i) => {
    const { iso2, shape } = layer!.feature(i).properties;
    return { iso2, shape };
  });
}

describe("the map's tiles, cut from the published economies.geojson", () => {
  it('cover every position of every zoom up to the deepest, so the map never asks for a missing file', () => {
    const expected = Array.from({ length: ECONOMY_TILE_MAX_ZOOM + 1 }, (_, z) => 4 ** z).reduce((a, b) => a + b);
    expect(tiles.size).toBe(expected);
    expect(tiles.has(`${ECONOMY_TILE_MAX_ZOOM}/${2 ** ECONOMY_TILE_MAX_ZOOM - 1}/${2 ** ECONOMY_TILE_MAX_ZOOM - 1}.pbf`)).toBe(true);
  });

  it('hold every economy of the file at the deepest zoom, with the properties the layers and feature-state read', () => {
    // A land area of no economy has no code (null in the file; MVT leaves a null property out).
    const key = (f: { iso2: unknown; shape: unknown }) => `${f.iso2 ?? 'none'}:${f.shape}`;
    const inFile = new Set(published.features.map((f) => key({ iso2: f.properties?.iso2, shape: f.properties?.shape })));
    const deepest = [...tiles.keys()].filter((path) => path.startsWith(`${ECONOMY_TILE_MAX_ZOOM}/`));
    expect(new Set(deepest.flatMap((path) => featuresOf(path).map(key)))).toEqual(inFile);
    // The world's tile keeps every point and the large shapes; areas smaller than its tolerance drop
    // out there, as MapLibre's own tiling of the GeoJSON dropped them.
    const world = new Set(featuresOf('0/0/0.pbf').map(key));
    for (const f of published.features.filter((f) => f.properties?.shape === 'point'))
      expect(world).toContain(key({ iso2: f.properties?.iso2, shape: 'point' }));
    expect(world).toContain('NZ:area');
  });

  it('leave a tile of open sea empty (zero bytes, which MapLibre reads as an empty tile)', () => {
    // Zoom 4, x 2, y 10: the South Pacific between 112.5° and 135° west, 41° and 56° south.
    expect(tiles.get('4/2/10.pbf')).toHaveLength(0);
    expect(featuresOf('4/2/10.pbf')).toEqual([]);
  });

  it('are the same bytes from the same file (the folder is named by their digest)', () => {
    const again = cutEconomyTiles(published);
    expect([...again.keys()]).toEqual([...tiles.keys()]);
    for (const [path, bytes] of tiles) expect(Buffer.from(again.get(path)!).equals(Buffer.from(bytes))).toBe(true);
  });
});
