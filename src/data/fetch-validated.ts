import type { z } from 'zod';

/** A data file that failed to load, with a message a reader can act on. */
export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly kind: 'network' | 'http' | 'parse' | 'schema',
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'DataLoadError';
  }
}

/** Fetches a JSON file from the app's own origin and validates it once against its schema. */
export async function fetchValidated<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal): Promise<z.output<S>> {
  const file = path.split('/').pop() ?? path;
  let response: Response;
  try {
    response = await fetch(path, { signal });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new DataLoadError(file, 'network', 'the network request failed');
  }
  if (!response.ok) throw new DataLoadError(file, 'http', `the server answered ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataLoadError(file, 'parse', 'the file is not valid JSON (it may be truncated)');
  }
  return validated(file, schema, json);
}

/** Checks parsed JSON against its schema; the first problem found is named in the error. */
export function validated<S extends z.ZodType>(file: string, schema: S, json: unknown): z.output<S> {
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataLoadError(file, 'schema', `unexpected content at ${issue.path.join('.') || 'the top level'}: ${issue.message}`);
  }
  return result.data;
}
