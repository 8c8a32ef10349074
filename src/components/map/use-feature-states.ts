import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { type EconomyFeatureState, featureStateChanges } from '../../selectors/map-feature-states';
import { ARC_SOURCE, ECONOMY_SOURCE, OFFICE_SOURCE } from './map-style';

/**
 * Applies per-economy colours, arc visibility, the selection outline and the open office's
 * coverage through feature-state: only what changed is written (≈ 30 ms to idle for a full
 * recolour, vs ≈ 300 ms for setData). Arcs share the economies' ids, so one state drives both.
 */
export function useFeatureStates(
  map: MaplibreMap | null,
  states: ReadonlyMap<string, EconomyFeatureState>,
  selected: string | null,
  office: string | null,
  covered: readonly string[],
): void {
  const applied = useRef<ReadonlyMap<string, EconomyFeatureState>>(new Map());

  useEffect(() => {
    if (!map) return;
    for (const [id, state] of featureStateChanges(applied.current, states)) {
      map.setFeatureState({ source: ECONOMY_SOURCE, id }, { ...state });
      map.setFeatureState({ source: ARC_SOURCE, id }, { ...state });
    }
    applied.current = states;
  }, [map, states]);

  useFlag(map, [ECONOMY_SOURCE, ARC_SOURCE], 'selected', selected ? [selected] : []);
  useFlag(map, [OFFICE_SOURCE], 'selected', office ? [office] : []);
  useFlag(map, [ECONOMY_SOURCE], 'covered', covered);
}

/** Sets a boolean feature-state on exactly the given ids, clearing it from those that had it. */
function useFlag(map: MaplibreMap | null, sources: string[], key: string, ids: readonly string[]): void {
  const previous = useRef<readonly string[]>([]);
  const signature = ids.join(',');
  useEffect(() => {
    if (!map) return;
    const next = signature ? signature.split(',') : [];
    for (const source of sources) {
      for (const id of previous.current) if (!next.includes(id)) map.setFeatureState({ source, id }, { [key]: false });
      for (const id of next) map.setFeatureState({ source, id }, { [key]: true });
    }
    previous.current = next;
    // `sources` and `key` are constants at every call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, signature]);
}
