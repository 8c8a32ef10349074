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
 * The release a new build is compared with. When the build changes atlas.json, the committed one
 * is the previous release (and is kept as such); when it does not, this is the same release
 * rebuilt, so the kept previous release stays.
 */
export function previousRelease(newAtlas: string, committedAtlas: string | null, keptPrevious: string | null): string | null {
  return committedAtlas !== null && committedAtlas !== newAtlas ? committedAtlas : keptPrevious;
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
