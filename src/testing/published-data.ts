/**
 * Test and build-check support (never imported by the app): the published data files, parsed by
 * the schemas the app parses them with, so every reader gets the records' real types and a
 * malformed file fails here, naming the field, rather than in whichever test reads it first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { atlasSchema, type Atlas } from '../domain/records';
import { changesSchema, type Changes } from '../domain/release';

/** The repository's root directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const parsed = new Map<string, unknown>();

/** `root`/public/data/`file` parsed by `schema`, once per file; each caller gets its own copy to alter. */
function published<T>(root: string, file: string, schema: { parse: (value: unknown) => T }): T {
  const path = join(root, 'public/data', file);
  if (!parsed.has(path)) parsed.set(path, schema.parse(JSON.parse(readFileSync(path, 'utf8'))));
  return structuredClone(parsed.get(path) as T);
}

/** The records of atlas.json (the repository's, or those under another root), e.g. to serve altered. */
export const publishedAtlas = (root: string = REPO_ROOT): Atlas => published(root, 'atlas.json', atlasSchema);

/** changes.json: the data version and what changed since the previous release. */
export const publishedChanges = (root: string = REPO_ROOT): Changes => published(root, 'changes.json', changesSchema);
