import { describe, expect, it } from 'vitest';
import { DataLoadError } from '../../data/fetch-validated';
import { tileLoadError } from './economy-tile-errors';

const TILE_URL = 'http://127.0.0.1:4173/map-tiles/0123456789ab/2/3/1.pbf?x=1';

describe("MapLibre's failures for the economies' tiles, in the reader's words", () => {
  it('names the tile and the HTTP status of a refused request', () => {
    const ajaxError = Object.assign(new Error('Internal Server Error'), { status: 500, url: TILE_URL });
    const error = tileLoadError(ajaxError);
    expect(error).toBeInstanceOf(DataLoadError);
    expect(error).toMatchObject({ kind: 'http', message: 'map-tiles/0123456789ab/2/3/1.pbf: the server answered 500' });
  });

  it('calls a request with no answer a network failure', () => {
    expect(tileLoadError(new TypeError('Failed to fetch'))).toMatchObject({
      kind: 'network',
      message: 'map-tiles: the network request failed',
    });
    expect(tileLoadError(Object.assign(new TypeError('Failed to fetch'), { url: TILE_URL })).file).toBe('map-tiles/0123456789ab/2/3/1.pbf');
  });

  it('calls anything else a tile that could not be read', () => {
    expect(tileLoadError(new Error('Unimplemented type: 7'))).toMatchObject({
      kind: 'parse',
      message: 'map-tiles: a map tile could not be read (it may be damaged)',
    });
    expect(tileLoadError(undefined).kind).toBe('parse');
  });
});
