/**
 * The offline copy of the map's deeper tiles, made a batch at a time while the reader is not using the page.
 *
 * The service worker precaches the app, the data and the world's tiles (zooms 0–2) when it
 * installs. The deeper zooms are 320 more files: precached too, they held the install for about
 * 5 s after the first view on a 2-core machine, and a filter pressed in that time took about 1.8×
 * as long to settle (e2e/bench/README.md, seventeenth pass). So the page asks for them itself, a
 * batch whenever the reader has left the page alone for a moment, through the service worker,
 * whose route for them keeps each in a cache of its own (CacheFirst, vite.config.ts); the page
 * drops the tiles of earlier releases from it. A reader offline later zooms in anywhere, as before.
 */
import { ECONOMY_TILE_CACHE, ECONOMY_TILE_MAX_ZOOM, PRECACHED_TILE_MAX_ZOOM, economyTileUrl } from './economy-tiles';

const BATCH = 16;

/** Every tile URL below the precached zooms, down to the deepest zoom cut. */
export function deeperTileUrls(template: string): string[] {
  const urls: string[] = [];
  for (let z = PRECACHED_TILE_MAX_ZOOM + 1; z <= ECONOMY_TILE_MAX_ZOOM; z++)
    for (let x = 0; x < 2 ** z; x++)
      for (let y = 0; y < 2 ** z; y++) urls.push(template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y)));
  return urls;
}

/** How long the reader has left the page alone before a batch goes, so batches keep out of the way of their inputs. */
const QUIET_MS = 2_000;
let lastInput = 0;
const READER_INPUTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Resolves when the reader has not touched the page for QUIET_MS and the main thread is idle. */
async function quietMoment(): Promise<void> {
  for (;;) {
    const wait = lastInput + QUIET_MS - performance.now();
    if (wait <= 0) break;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  await new Promise<void>((resolve) =>
    'requestIdleCallback' in window ? window.requestIdleCallback(() => resolve(), { timeout: 5_000 }) : setTimeout(resolve, 200),
  );
}

/** Resolves once a service worker controls the page (on a first visit, when the new one claims it). */
function controlled(): Promise<void> {
  if (navigator.serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
}

/**
 * Fills the deeper tiles' cache for this release, once a service worker controls the page. A
 * failure (offline, storage full) stops quietly: the map still works online, and the next visit
 * tries again.
 */
export async function cacheDeeperTiles(): Promise<void> {
  if (!('caches' in window) || !('serviceWorker' in navigator)) return;
  const template = economyTileUrl(import.meta.env.BASE_URL, document.baseURI, __ECONOMY_TILES_VERSION__);
  const folder = template.slice(0, template.indexOf('{z}'));
  const noteInput = () => (lastInput = performance.now());
  for (const type of READER_INPUTS) window.addEventListener(type, noteInput, { capture: true, passive: true });
  try {
    await controlled();
    const cache = await caches.open(ECONOMY_TILE_CACHE);
    const held = new Set<string>();
    for (const request of await cache.keys()) {
      // A release's tiles live in a folder named by their digest: another folder is an earlier release's.
      if (request.url.startsWith(folder)) held.add(request.url);
      else await cache.delete(request);
    }
    const missing = deeperTileUrls(template).filter((url) => !held.has(url));
    for (let i = 0; i < missing.length; i += BATCH) {
      await quietMoment();
      // Offline, each request would fail (and say so in the console): the next visit online goes on.
      if (!navigator.onLine) return;
      // The service worker answers and keeps each; the page needs only that the request completed.
      await Promise.all(missing.slice(i, i + BATCH).map((url) => fetch(url).then((response) => response.arrayBuffer())));
    }
  } catch {
    // Quietly: see above.
  } finally {
    for (const type of READER_INPUTS) window.removeEventListener(type, noteInput, { capture: true });
  }
}
