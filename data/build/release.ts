/**
 * Data releases: each build of public/data is a release with a version derived from its content,
 * compared with the release before it. The previous release's atlas.json is kept, byte for byte, in
 * data/release/previous-atlas.json, so the comparison is the same on every checkout (a fresh CI
 * clone included) and data:check stays deterministic.
 */
import { createHash } from 'node:crypto';
import type { Changes } from '../../src/domain/release';
import { changeList } from './change-list';

export const PREVIOUS_ATLAS = ['data', 'release', 'previous-atlas.json'] as const;

/**
 * A release's version: its as-of date and the start of its atlas.json hash. The same sources always
 * give the same version, and any change to a record gives a new one.
 */
export function dataVersion(atlasJson: string): string {
  const asOf = (JSON.parse(atlasJson) as { asOf: string }).asOf;
  return `${asOf}.${createHash('sha256').update(atlasJson).digest('hex').slice(0, 8)}`;
}

/**
 * The release a new build is compared with: the kept previous release. Many builds happen between
 * two published releases (every edit, every merge), so a build never moves it on its own; the
 * curator starts a new release (`npm run data:build -- --new-release`) after the last one is
 * published, which keeps the committed atlas.json as the previous release. With nothing kept yet,
 * the committed atlas.json is the previous release when it differs from the new one.
 */
export function previousRelease(
  newAtlas: string,
  committedAtlas: string | null,
  keptPrevious: string | null,
  startNewRelease = false,
): string | null {
  if (startNewRelease) return committedAtlas;
  if (keptPrevious !== null) return keptPrevious;
  return committedAtlas !== null && committedAtlas !== newAtlas ? committedAtlas : null;
}

export function releaseChanges(newAtlas: string, previous: string | null): Changes {
  const next = JSON.parse(newAtlas) as Record<string, unknown> & { asOf: string };
  const prev = previous === null ? null : (JSON.parse(previous) as Record<string, unknown> & { asOf: string });
  return {
    version: dataVersion(newAtlas),
    asOf: next.asOf,
    previous: prev && { version: dataVersion(previous!), asOf: prev.asOf },
    changes: prev ? changeList(prev, next) : [],
  };
}
