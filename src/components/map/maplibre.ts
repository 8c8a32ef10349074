/**
 * maplibre-gl 6 is ESM-only and needs its worker wired explicitly, or the map fails with
 * "Worker failed to load" in both dev and build. Everything map-related imports maplibre from here.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);

export { maplibregl };
