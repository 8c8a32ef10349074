/**
 * Whether this browser has the WebGL2 API at all (MapLibre 6 has no WebGL1 fallback), checked
 * before the map mounts so such a browser gets the table at once. Whether a context can actually
 * be had (a blocklisted GPU, WebGL turned off) is MapLibre's own first step: its
 * GPUInitializationError brings the same table, through the map's error boundary. A probe context
 * of the app's own would mean a second WebGL context creation on every load, before the map's.
 */
import { GPUInitializationError } from 'maplibre-gl';

export function canDrawMap(): boolean {
  return typeof WebGL2RenderingContext !== 'undefined';
}

/** The map could not start because no WebGL2 context was to be had. */
export const isNoWebGL = (error: unknown): boolean => error instanceof GPUInitializationError;
