import type { Atlas } from '../domain/records';

/**
 * A derivation of the whole atlas, computed once per atlas and kept as long as the atlas is: for
 * views that walk every record and are made again each time they open (About is unmounted when the
 * reader goes back to the map), so a second visit does not walk the records again.
 */
export function perAtlas<T>(derive: (atlas: Atlas) => T): (atlas: Atlas) => T {
  const kept = new WeakMap<Atlas, T>();
  return (atlas) => {
    if (kept.has(atlas)) return kept.get(atlas) as T;
    const value = derive(atlas);
    kept.set(atlas, value);
    return value;
  };
}
