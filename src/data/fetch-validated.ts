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

/**
 * Fetches a JSON file from the app's own origin and validates it once against its schema, which is
 * imported only then.
 * `builtDigest` is the SHA-256 (hex) of the copy the data build validated and this bundle was built
 * with: a file with that digest is that copy, so it is not validated again on the main thread
 * (about 50 ms of the atlas's load on a slow machine). Any other file (a newer deploy, a broken
 * server, a test's altered copy), or a browser without Web Crypto, is validated in full.
 */
export async function fetchValidated<S extends z.ZodType>(
  path: string,
  schema: SchemaLoader<S>,
  signal?: AbortSignal,
  builtDigest?: string,
): Promise<z.output<S>> {
  const file = path.split('/').pop() ?? path;
  let response: Response;
  try {
    response = await fetch(path, { signal });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new DataLoadError(file, 'network', 'the network request failed');
  }
  if (!response.ok) throw new DataLoadError(file, 'http', `the server answered ${response.status}`);
  let body: ArrayBuffer;
  try {
    body = await response.arrayBuffer();
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new DataLoadError(file, 'network', 'the download was cut off');
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new DataLoadError(file, 'parse', 'the file is not valid JSON (it may be truncated)');
  }
  if (builtDigest && (await sha256Hex(body)) === builtDigest) return json as z.output<S>;
  return validated(file, await importSchema(file, schema), json);
}

/** Imports a file's schema; a failed download of its chunk is a load error in the reader's words, with Retry. */
export async function importSchema<S extends z.ZodType>(file: string, schema: SchemaLoader<S>): Promise<S> {
  try {
    return await schema();
  } catch {
    throw new DataLoadError(file, 'network', 'the part of the app that checks this file could not be downloaded');
  }
}

/**
 * A schema, imported when a file is to be validated: zod and the schemas are a chunk of their own,
 * which the first load does not fetch when the atlas is the copy the build validated.
 */
export type SchemaLoader<S extends z.ZodType> = () => Promise<S>;

/** The SHA-256 of a body in hex, or null where Web Crypto is unavailable (a page served over plain HTTP). */
async function sha256Hex(body: ArrayBuffer): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
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
