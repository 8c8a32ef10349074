import { DataLoadError } from '../../data/fetch-validated';
import { ECONOMY_TILE_DIR } from './economy-tiles';

/**
 * A failure MapLibre reports for one of the economies' tiles, in the words of the app's own loads:
 * an HTTP status (its AJAXError, which names the tile), no response at all, or a tile that cannot
 * be read. Errors cross from MapLibre's worker as plain Errors, so a failed fetch is known by its
 * name or message (the browser's "Failed to fetch"); anything else came back and did not decode.
 */
export function tileLoadError(error: unknown): DataLoadError {
  const { status, url } = (error ?? {}) as { status?: unknown; url?: unknown };
  const file = tilePath(url);
  if (typeof status === 'number' && status > 0) return new DataLoadError(file, 'http', `the server answered ${status}`);
  if (error instanceof Error && (error.name === 'TypeError' || /fetch|network/i.test(error.message))) {
    return new DataLoadError(file, 'network', 'the network request failed');
  }
  return new DataLoadError(file, 'parse', 'a map tile could not be read (it may be damaged)');
}

/** `map-tiles/2/3/1.pbf` from the tile's URL, or the folder when the error does not say which tile. */
function tilePath(url: unknown): string {
  const path = typeof url === 'string' ? url.split('?')[0] : '';
  const at = path.lastIndexOf(`/${ECONOMY_TILE_DIR}/`);
  return at >= 0 ? path.slice(at + 1) : ECONOMY_TILE_DIR;
}
