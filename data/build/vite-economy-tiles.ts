/**
 * Serves and builds the map's vector tiles from the published `economies.geojson`: `vite build`
 * writes them into dist/ (so the host serves plain files and the service worker precaches them), and
 * `vite` serves them from memory. They are not kept in the repository: they follow the GeoJSON,
 * which the data build validates (`npm run data:check`).
 * The tiles' folder is named by a digest of their bytes (`map-tiles/<digest>/z/x/y.pbf`, built into
 * the app as `__ECONOMY_TILES_VERSION__`), so a browser may keep them for good: `npm start` serves
 * them as immutable, and a map made again in the page (Table → Map) finds them in the browser's
 * cache, offline too. A release with other shapes has another folder.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Connect, Plugin } from 'vite';
import { ECONOMY_TILE_DIR } from '../../src/components/map/economy-tiles.ts';
import { cutEconomyTiles } from './economy-tiles.ts';

function readGeometry(file: URL): GeoJSON.FeatureCollection {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file.pathname}: cannot cut the map's tiles: ${(error as Error).message}`);
  }
}

/** The first 12 hex digits of the SHA-256 of every tile's path and bytes. */
function digestOf(tiles: Map<string, Uint8Array>): string {
  const hash = createHash('sha256');
  for (const [path, bytes] of tiles) hash.update(path).update(bytes);
  return hash.digest('hex').slice(0, 12);
}

export function economyTiles(geometryFile: URL): Plugin {
  const tiles = cutEconomyTiles(readGeometry(geometryFile));
  const version = digestOf(tiles);
  let prefix = `/${ECONOMY_TILE_DIR}/${version}/`;
  /** Answers a tile's request from memory (dev) or marks the built file immutable (preview). */
  const serve =
    (fromMemory: boolean): Connect.NextHandleFunction =>
    (req, res, next) => {
      const path = req.url?.split('?')[0] ?? '';
      // Anything else under the folder (no such tile) is left to the server's own answer.
      const tile = path.startsWith(prefix) ? tiles.get(path.slice(prefix.length)) : undefined;
      if (!tile) return next();
      res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      if (!fromMemory) return next();
      res.setHeader('content-type', 'application/x-protobuf');
      res.end(Buffer.from(tile));
    };
  return {
    name: 'economy-tiles',
    config: () => ({ define: { __ECONOMY_TILES_VERSION__: JSON.stringify(version) } }),
    configResolved(config) {
      prefix = `${config.base}${ECONOMY_TILE_DIR}/${version}/`;
    },
    configureServer: (server) => void server.middlewares.use(serve(true)),
    configurePreviewServer: (server) => void server.middlewares.use(serve(false)),
    generateBundle() {
      for (const [path, bytes] of tiles)
        this.emitFile({ type: 'asset', fileName: `${ECONOMY_TILE_DIR}/${version}/${path}`, source: bytes });
    },
  };
}
