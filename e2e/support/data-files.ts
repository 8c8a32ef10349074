/**
 * The published data files as the tests see them, and ways to serve them broken or altered with
 * page.route: each test says what the server does, the app does the rest.
 */
import type { Page, Route } from '@playwright/test';
import { publishedAtlas } from '../../src/testing/published-data';

export type DataFile = 'atlas.json';

/** How a request for a data file fails. */
export type Failure = 'network error' | 'HTTP 500' | 'truncated JSON' | 'schema-invalid JSON';

/** A valid atlas.json that breaks one rule of its schema, as a bad deploy might. */
function schemaInvalid(): unknown {
  const atlas = publishedAtlas();
  return { ...atlas, ties: [{ ...atlas.ties[0], partner: 'new zealand' }, ...atlas.ties.slice(1)] };
}

async function fail(route: Route, failure: Failure): Promise<void> {
  switch (failure) {
    case 'network error':
      return route.abort('failed');
    case 'HTTP 500':
      return route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' });
    case 'truncated JSON': {
      const full = await (await route.fetch()).text();
      return route.fulfill({ status: 200, contentType: 'application/json', body: full.slice(0, Math.floor(full.length / 2)) });
    }
    case 'schema-invalid JSON':
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(schemaInvalid()) });
  }
}

/** Makes every request for `file` fail; returns a function that lets requests through again. */
export async function failDataFile(page: Page, file: DataFile, failure: Failure): Promise<() => Promise<void>> {
  const pattern = `**/data/${file}`;
  await page.route(pattern, (route) => fail(route, failure));
  return () => page.unroute(pattern);
}

/** Serves `file` with the given content instead of the published one. */
export async function serveDataFile(page: Page, file: DataFile, content: unknown): Promise<void> {
  await page.route(`**/data/${file}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(content) }),
  );
}

/** Holds every request for `file` until the returned function is called, as a slow connection would. */
export async function holdDataFile(page: Page, file: DataFile): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/data/${file}`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The map's tiles of the economies (cut by the build, fetched by MapLibre's worker). */
const MAP_TILES = '**/map-tiles/**';

/** How a request for a map tile fails: no answer, a refusal, or bytes that are not a tile. */
export type TileFailure = 'network error' | 'HTTP 500' | 'damaged tile';

/** Makes every request for a map tile fail; returns a function that lets requests through again. */
export async function failMapTiles(page: Page, failure: TileFailure): Promise<() => Promise<void>> {
  await page.route(MAP_TILES, (route) => {
    if (failure === 'network error') return route.abort('failed');
    if (failure === 'HTTP 500') return route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' });
    // A protocol buffer field of a wire type that does not exist: no tile reader can go past it.
    return route.fulfill({ status: 200, contentType: 'application/x-protobuf', body: Buffer.from([0x1a, 0x03, 0x0f, 0xff, 0xff, 0x0f]) });
  });
  return () => page.unroute(MAP_TILES);
}

/** Holds every request for a map tile until the returned function is called, as a slow connection would. */
export async function holdMapTiles(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(MAP_TILES, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
