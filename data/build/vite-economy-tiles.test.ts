import type { Connect } from 'vite';
import { describe, expect, it } from 'vitest';
import { economyTiles } from './vite-economy-tiles';

const GEOMETRY = new URL('../../public/data/economies.geojson', import.meta.url);

/** The plugin's middleware for `vite` (dev) or `vite preview`, with the app served at `base`. */
function middleware(hook: 'configureServer' | 'configurePreviewServer', base = '/'): Connect.NextHandleFunction {
  const plugin = economyTiles(GEOMETRY);
  (plugin.configResolved as (config: { base: string }) => void)({ base });
  let handler: Connect.NextHandleFunction | undefined;
  (plugin[hook] as (server: unknown) => void)({ middlewares: { use: (h: Connect.NextHandleFunction) => (handler = h) } });
  return handler!;
}

/** A request through the middleware: the headers it set, the body it sent, and whether it passed the request on. */
function request(handle: Connect.NextHandleFunction, url: string) {
  const headers: Record<string, string> = {};
  let body: Buffer | undefined;
  let passedOn = false;
  const res = { setHeader: (k: string, v: string) => (headers[k] = v), end: (b: Buffer) => (body = b) };
  handle({ url } as never, res as never, () => (passedOn = true));
  return { headers, body, passedOn };
}

const version = () => {
  const plugin = economyTiles(GEOMETRY);
  const define = (plugin.config as () => { define: Record<string, string> })().define;
  return JSON.parse(define.__ECONOMY_TILES_VERSION__) as string;
};

describe("the map tiles' server", () => {
  it('names the folder by a digest of the tiles, built into the app', () => {
    expect(version()).toMatch(/^[0-9a-f]{12}$/);
    expect(version()).toBe(version());
  });

  it('serves a tile from memory under `vite`, as immutable protocol buffers', () => {
    const answer = request(middleware('configureServer', '/atlas/'), `/atlas/map-tiles/${version()}/0/0/0.pbf?x=1`);
    expect(answer.passedOn).toBe(false);
    expect(answer.headers).toEqual({ 'cache-control': 'public, max-age=31536000, immutable', 'content-type': 'application/x-protobuf' });
    expect(answer.body!.length).toBeGreaterThan(1000);
  });

  it('marks a built tile immutable under `vite preview`, and leaves the file to the server', () => {
    const answer = request(middleware('configurePreviewServer'), `/map-tiles/${version()}/4/2/10.pbf`);
    expect(answer).toEqual({ headers: { 'cache-control': 'public, max-age=31536000, immutable' }, body: undefined, passedOn: true });
  });

  it('leaves a path that is no tile (a deeper zoom, an old folder) to the server, with no lasting cache header', () => {
    for (const url of [`/map-tiles/${version()}/9/0/0.pbf`, '/map-tiles/000000000000/0/0/0.pbf', '/data/atlas.json']) {
      expect(request(middleware('configureServer'), url)).toEqual({ headers: {}, body: undefined, passedOn: true });
    }
  });
});
