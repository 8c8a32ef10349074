import type { EconomyGeometry } from './economy-geometry-schema';
import { DataLoadError, importSchema, validated } from './fetch-validated';

/**
 * The economies' shapes and points. The map loads this file itself (MapLibre's worker fetches,
 * parses and tiles it off the main thread); the app only validates the copy the worker hands back.
 */
export const GEOMETRY_URL = `${import.meta.env.BASE_URL}data/economies.geojson`;
const GEOMETRY_FILE = 'economies.geojson';

export type { EconomyGeometry } from './economy-geometry-schema';

/** Validates the copy MapLibre's worker parsed; the schema (and zod) are imported only then, after the first idle. */
export async function parseEconomyGeometry(json: unknown): Promise<EconomyGeometry> {
  const schema = await importSchema(GEOMETRY_FILE, () => import('./economy-geometry-schema').then((m) => m.economyGeometrySchema));
  return validated(GEOMETRY_FILE, schema, json);
}

/**
 * The same reader-facing messages as the app's own loads, for a failure MapLibre reports while
 * loading the file: an HTTP status (its AJAXError), JSON that does not parse, or no response at
 * all. Errors cross from MapLibre's worker as plain Errors, so a parse failure is known by its
 * message (every JSON.parse error names JSON; a failed fetch does not).
 */
export function geometryLoadError(error: unknown): DataLoadError {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status > 0) return new DataLoadError(GEOMETRY_FILE, 'http', `the server answered ${status}`);
  if (error instanceof Error && (error.name === 'SyntaxError' || /\bJSON\b/.test(error.message))) {
    return new DataLoadError(GEOMETRY_FILE, 'parse', 'the file is not valid JSON (it may be truncated)');
  }
  return new DataLoadError(GEOMETRY_FILE, 'network', 'the network request failed');
}
