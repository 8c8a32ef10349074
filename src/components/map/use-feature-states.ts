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
 * `generation` changes when the map's style was rebuilt (after a lost WebGL context): everything
 * is written again, since the rebuilt sources start without feature-state.
 * Returns a flag set once the economies' colours are written.
 */
export function useFeatureStates(
  map: MaplibreMap | null,
  withDetails: boolean,
  states: ReadonlyMap<string, EconomyFeatureState>,
  selected: string | null,
  office: string | null,
  covered: readonly string[],
  generation: number,
): { readonly current: boolean } {
  const details = withDetails ? map : null;
  const coloured = useStates(map, ECONOMY_SOURCE, states, generation);
  useStates(details, ARC_SOURCE, states, generation);
  const selection = selected ? [selected] : [];
  useFlag(map, ECONOMY_SOURCE, 'selected', selection, generation);
  useFlag(details, ARC_SOURCE, 'selected', selection, generation);
  useFlag(details, OFFICE_SOURCE, 'selected', office ? [office] : [], generation);
  useFlag(map, ECONOMY_SOURCE, 'covered', covered, generation);
  return coloured;
}

/** What one source has been given, and in which generation of the map's style (see above). */
interface Written<T> {
  value: T;
  generation: number;
}

/** What was written before, or nothing if the style was rebuilt since: the next write is then complete. */
const writtenBefore = <T>(ref: { current: Written<T> }, generation: number, empty: T): T =>
  ref.current.generation === generation ? ref.current.value : empty;

const NOTHING_WRITTEN: ReadonlyMap<string, EconomyFeatureState> = new Map();

/** Writes each economy's state to one source, only what changed since the last write. */
function useStates(
  map: MaplibreMap | null,
  source: string,
  states: ReadonlyMap<string, EconomyFeatureState>,
  generation: number,
): { readonly current: boolean } {
  const applied = useRef<Written<ReadonlyMap<string, EconomyFeatureState>>>({ value: NOTHING_WRITTEN, generation });
  const written = useRef(false);
  useEffect(() => {
    if (!map) return;
    const before = writtenBefore(applied, generation, NOTHING_WRITTEN);
    for (const [id, state] of featureStateChanges(before, states)) map.setFeatureState({ source, id }, { ...state });
    applied.current = { value: states, generation };
    written.current = true;
  }, [map, source, states, generation]);
  return written;
}

/** Sets a boolean feature-state on exactly the given ids, clearing it from those that had it. */
function useFlag(map: MaplibreMap | null, source: string, key: string, ids: readonly string[], generation: number): void {
  const previous = useRef<Written<readonly string[]>>({ value: [], generation });
  const signature = ids.join(',');
  useEffect(() => {
    if (!map) return;
    const next = signature ? signature.split(',') : [];
    for (const id of writtenBefore(previous, generation, [])) if (!next.includes(id)) map.setFeatureState({ source, id }, { [key]: false });
    for (const id of next) map.setFeatureState({ source, id }, { [key]: true });
    previous.current = { value: next, generation };
  }, [map, source, key, signature, generation]);
}
