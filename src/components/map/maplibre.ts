/**
 * maplibre-gl 6 is ESM-only and needs its worker wired explicitly, or the map fails with
 * "Worker failed to load" in both dev and build. Everything map-related imports maplibre from here.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { FONT_PROTOCOL, loadFontFile } from '../../data/font-files';

maplibregl.setWorkerUrl(workerUrl);
// Font files come from the page's own copy after the first map (see src/data/font-files.ts).
maplibregl.addProtocol(FONT_PROTOCOL, async (params) => ({ data: await loadFontFile(params.url) }));

/**
 * Starts MapLibre's worker now instead of when the first map is created: the app calls it at start
 * when its first view is a map, so the worker's script loads and compiles while React renders and
 * the data downloads (≈ 0.1 s sooner to the first drawn map on this machine).
 */
export function startMapWorkers(): void {
  maplibregl.prewarm();
}

export { maplibregl };
