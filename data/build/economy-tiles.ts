/**
 * Cuts the economies' GeoJSON into the vector tiles the map draws (src/components/map/economy-tiles.ts),
 * every tile from zoom 0 to the deepest, with MapLibre's own tiler and its tile encoder (both
 * dependencies of maplibre-gl). The options are those MapLibre's GeoJSON source uses in the
 * browser, so the tiles hold what the map drew before, simplified the same way.
 * A tile with nothing in it is written empty (zero bytes): MapLibre reads that as an empty tile,
 * where a missing file would be a failed request in the browser's console.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { ECONOMY_TILE_EXTENT, ECONOMY_TILE_LAYER, ECONOMY_TILE_MAX_ZOOM } from '../../src/components/map/economy-tiles.ts';

/** MapLibre's GeoJSON source at its default tile size (512 px): 16 tile units a pixel. */
const UNITS_PER_PIXEL = ECONOMY_TILE_EXTENT / 512;

/** Tile path (`z/x/y.pbf`) → its bytes, for every tile up to the deepest zoom. */
export function cutEconomyTiles(geometry: GeoJSON.FeatureCollection, maxZoom = ECONOMY_TILE_MAX_ZOOM): Map<string, Uint8Array> {
  const index = new GeoJSONVT(geometry, {
    maxZoom,
    indexMaxZoom: maxZoom,
    indexMaxPoints: 0,
    extent: ECONOMY_TILE_EXTENT,
    // MapLibre's defaults (0.375 px tolerance); a buffer of 64 px covers the widest outline and point.
    tolerance: 0.375 * UNITS_PER_PIXEL,
    buffer: 64 * UNITS_PER_PIXEL,
  });
  const tiles = new Map<string, Uint8Array>();
  for (let z = 0; z <= maxZoom; z++) {
    for (let x = 0; x < 2 ** z; x++) {
      for (let y = 0; y < 2 ** z; y++) {
        const tile = index.getTile(z, x, y);
        const bytes =
          tile && tile.features.length > 0
            ? fromGeojsonVt({ [ECONOMY_TILE_LAYER]: tile }, { version: 2, extent: ECONOMY_TILE_EXTENT })
            : new Uint8Array(0);
        tiles.set(`${z}/${x}/${y}.pbf`, bytes);
      }
    }
  }
  return tiles;
}
