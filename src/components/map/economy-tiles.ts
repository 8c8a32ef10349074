/**
 * The economies' shapes and points as vector tiles, cut by the build from the published
 * `economies.geojson` (data/build/economy-tiles.ts). The map's worker reads a small binary tile
 * instead of parsing and tiling the whole GeoJSON file in the browser: the first coloured map
 * came about 140 ms sooner on the bench's machine (e2e/bench/README.md, fourteenth pass).
 */

/** Where the tiles are served, under the app's base URL: `map-tiles/<digest>/{z}/{x}/{y}.pbf`. */
export const ECONOMY_TILE_DIR = 'map-tiles';
/** The one layer inside every tile. */
export const ECONOMY_TILE_LAYER = 'economies';
/**
 * The deepest zoom cut; MapLibre scales those tiles up beyond it. The camera frames at most
 * zoom 5.5, and the boundaries are Natural Earth's 1:50m, drawn for about this scale.
 */
export const ECONOMY_TILE_MAX_ZOOM = 4;
/** The deepest zoom the service worker precaches at its install: the world, at any screen size. */
export const PRECACHED_TILE_MAX_ZOOM = 2;
/** The Cache Storage cache the service worker serves the deeper zooms' tiles from (economy-tile-cache.ts fills it). */
export const ECONOMY_TILE_CACHE = 'atlas-map-tiles';
/** Tile units per side, as MapLibre's own GeoJSON tiling uses. */
export const ECONOMY_TILE_EXTENT = 8192;

/** The tile URL template MapLibre's worker fetches (absolute: the worker resolves nothing against the page). */
export function economyTileUrl(baseUrl: string, pageUrl: string, version: string): string {
  const dir = new URL(`${baseUrl}${ECONOMY_TILE_DIR}/${version}/`, pageUrl).href;
  return `${dir}{z}/{x}/{y}.pbf`;
}
