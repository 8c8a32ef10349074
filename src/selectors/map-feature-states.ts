import type { Iso2 } from '../domain/primitives';
import type { PartnerSummary, TieStanding } from './partner-summaries';

/** What the map needs per economy, applied with setFeatureState (no GeoJSON rebuild). */
export interface EconomyFeatureState {
  /** Number of live tie types within the current filters; 0 for no recorded tie. */
  typeCount: number;
  standing: TieStanding | 'none';
}

export const NO_TIE_STATE: EconomyFeatureState = { typeCount: 0, standing: 'none' };

export function mapFeatureStates(summaries: ReadonlyMap<Iso2, PartnerSummary>): Map<Iso2, EconomyFeatureState> {
  const out = new Map<Iso2, EconomyFeatureState>();
  for (const [iso2, s] of summaries) out.set(iso2, { typeCount: s.types.length, standing: s.standing });
  return out;
}

/**
 * The minimal set of feature-state writes to go from one state map to the next: economies that
 * changed, and economies that dropped out (reset to no tie).
 */
export function featureStateChanges(
  previous: ReadonlyMap<string, EconomyFeatureState>,
  next: ReadonlyMap<string, EconomyFeatureState>,
): [string, EconomyFeatureState][] {
  const changes: [string, EconomyFeatureState][] = [];
  for (const [iso2, state] of next) {
    const before = previous.get(iso2);
    if (!before || before.typeCount !== state.typeCount || before.standing !== state.standing) changes.push([iso2, state]);
  }
  for (const iso2 of previous.keys()) if (!next.has(iso2)) changes.push([iso2, NO_TIE_STATE]);
  return changes;
}
