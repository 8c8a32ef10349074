import type { UiState } from './ui-state';

/**
 * Keys that move continuously (the time bar's slider, Play, the timeline's brush): a change to
 * them alone replaces the current history entry, so Back skips the ticks and returns to the last
 * discrete action (as OWID's grapher does). Every other change pushes an entry.
 */
const CONTINUOUS_KEYS: readonly (keyof UiState)[] = ['year', 'yearFrom'];

export function historyEntryFor(previous: UiState, next: UiState): 'push' | 'replace' {
  const changed = (Object.keys(next) as (keyof UiState)[]).filter((k) => previous[k] !== next[k]);
  return changed.every((k) => CONTINUOUS_KEYS.includes(k)) ? 'replace' : 'push';
}
