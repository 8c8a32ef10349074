/**
 * Test and build-check support (never imported by the app): the published atlas.json, parsed by
 * the schema the app parses it with, so every reader gets the records' real types and a malformed
 * file fails here, naming the field, rather than in whichever test reads it first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { atlasSchema, type Atlas } from '../domain/records';

/** The repository's root directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const parsed = new Map<string, Atlas>();

/**
 * The records in `root`/public/data/atlas.json (the repository's by default). Each call returns its
 * own copy, so a test may alter it (to serve hostile or scaled data) without touching another's.
 */
export function publishedAtlas(root: string = REPO_ROOT): Atlas {
  const file = join(root, 'public/data/atlas.json');
  let atlas = parsed.get(file);
  if (!atlas) {
    atlas = atlasSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    parsed.set(file, atlas);
  }
  return structuredClone(atlas);
}
