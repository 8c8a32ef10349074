import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { type EconomyFeatureState, featureStateChanges } from '../../selectors/map-feature-states';
import { ARC_SOURCE, ECONOMY_SOURCE, OFFICE_SOURCE } from './map-style';

/**
 * Applies per-economy colours, arc visibility, the selection outline and the open office's
 * coverage through feature-state: only what changed is written (≈ 30 ms to idle for a full
 * recolour, vs ≈ 300 ms for setData). Arcs share the economies' ids, so one state drives both.
 *
 * `map` is given once the atlas is in; `withDetails` once the arc and office sources exist (they
 * join after the first idle), when everything they missed is written to them.
 * Returns a flag set once the economies' colours are written.
 */
export function useFeatureStates(
  map: MaplibreMap | null,
  withDetails: boolean,
  states: ReadonlyMap<string, EconomyFeatureState>,
  selected: string | null,
  office: string | null,
  covered: readonly string[],
): { readonly current: boolean } {
  const details = withDetails ? map : null;
  const coloured = useStates(map, ECONOMY_SOURCE, states);
  useStates(details, ARC_SOURCE, states);
  const selection = selected ? [selected] : [];
  useFlag(map, ECONOMY_SOURCE, 'selected', selection);
  useFlag(details, ARC_SOURCE, 'selected', selection);
  useFlag(details, OFFICE_SOURCE, 'selected', office ? [office] : []);
  useFlag(map, ECONOMY_SOURCE, 'covered', covered);
  return coloured;
}

/** Writes each economy's state to one source, only what changed since the last write. */
function useStates(map: MaplibreMap | null, source: string, states: ReadonlyMap<string, EconomyFeatureState>): { readonly current: boolean } {
  const applied = useRef<ReadonlyMap<string, EconomyFeatureState>>(new Map());
  const written = useRef(false);
  useEffect(() => {
    if (!map) return;
    for (const [id, state] of featureStateChanges(applied.current, states)) map.setFeatureState({ source, id }, { ...state });
    applied.current = states;
    written.current = true;
  }, [map, source, states]);
  return written;
}

/** Sets a boolean feature-state on exactly the given ids, clearing it from those that had it. */
function useFlag(map: MaplibreMap | null, source: string, key: string, ids: readonly string[]): void {
  const previous = useRef<readonly string[]>([]);
  const signature = ids.join(',');
  useEffect(() => {
    if (!map) return;
    const next = signature ? signature.split(',') : [];
    for (const id of previous.current) if (!next.includes(id)) map.setFeatureState({ source, id }, { [key]: false });
    for (const id of next) map.setFeatureState({ source, id }, { [key]: true });
    previous.current = next;
  }, [map, source, key, signature]);
}
