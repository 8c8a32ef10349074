import type { Tie } from '../domain/records';
import type { UiState } from '../state/ui-state';

/** The ties the current filters let through; every other view derives from this list. */
export function filterTies(ties: readonly Tie[], state: Pick<UiState, 'types'>): Tie[] {
  const types = new Set(state.types);
  return ties.filter((t) => types.has(t.tieType));
}
