import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { type EconomyFeatureState, featureStateChanges } from '../../selectors/map-feature-states';
import { ARC_SOURCE, ECONOMY_SOURCE, OFFICE_SOURCE } from './map-style';
import { afterNextPaint } from './after-paint';
import { ECONOMY_TILE_LAYER } from './economy-tiles';

/** A source whose features take feature-state; the economies' tiles name their layer too. */
interface FeatureTarget {
  source: string;
  sourceLayer?: string;
}
const ECONOMIES: FeatureTarget = { source: ECONOMY_SOURCE, sourceLayer: ECONOMY_TILE_LAYER };
const ARCS: FeatureTarget = { source: ARC_SOURCE };
const OFFICES: FeatureTarget = { source: OFFICE_SOURCE };

/**
 * Applies per-economy colours, arc visibility, the selection outline and the open office's
 * coverage through feature-state: only what changed is written (≈ 30 ms to idle for a full
 * recolour, vs ≈ 300 ms for setData). Arcs share the economies' ids, so one state drives both.
 *
 * `map` is given once the atlas is in; `withDetails` once the arc and office sources exist (they
 * join after the first idle), when everything they missed is written to them.
 * `generation` changes when the map's style was rebuilt (after a lost WebGL context): everything
 * is written again, since the rebuilt sources start without feature-state.
 *
 * A change after the first write waits for the input's own frame to be painted: on software WebGL
 * the map's next frame holds the main thread for a long while (the GPU's work is waited for), and
 * written at once, the change would be drawn in the same frame as the control the reader touched,
 * delaying it. The map follows one frame later. Until then `pending` counts the writes waiting, so
 * an idle in between is not taken for the map showing the new state.
 * Returns `coloured`, set once the economies' colours are written, and `pending`.
 */
export function useFeatureStates(
  map: MaplibreMap | null,
  withDetails: boolean,
  states: ReadonlyMap<string, EconomyFeatureState>,
  selected: string | null,
  office: string | null,
  covered: readonly string[],
  generation: number,
): { coloured: { readonly current: boolean }; pending: { readonly current: number } } {
  const details = withDetails ? map : null;
  const pending = useRef(0);
  const coloured = useStates(map, ECONOMIES, states, generation, pending);
  useStates(details, ARCS, states, generation, pending);
  const selection = selected ? [selected] : [];
  useFlag(map, ECONOMIES, 'selected', selection, generation, pending);
  useFlag(details, ARCS, 'selected', selection, generation, pending);
  useFlag(details, OFFICES, 'selected', office ? [office] : [], generation, pending);
  useFlag(map, ECONOMIES, 'covered', covered, generation, pending);
  return { coloured, pending };
}

/**
 * Runs a write now if it is the first one (or the style was rebuilt), else after the next paint,
 * counted in `pending` meanwhile. A deferred write asks for a frame, so an idle follows it even
 * when nothing changed (an idle skipped while it waited is then not the last one).
 */
function schedule(map: MaplibreMap, first: boolean, write: () => void, pending: { current: number }): (() => void) | undefined {
  if (first) {
    write();
    return undefined;
  }
  pending.current++;
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    pending.current--;
  };
  const cancel = afterNextPaint(() => {
    // Counted down whatever happens, or no idle would be reported again.
    try {
      write();
    } finally {
      finish();
      map.triggerRepaint();
    }
  });
  return () => {
    cancel();
    finish();
  };
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
  target: FeatureTarget,
  states: ReadonlyMap<string, EconomyFeatureState>,
  generation: number,
  pending: { current: number },
): { readonly current: boolean } {
  const applied = useRef<Written<ReadonlyMap<string, EconomyFeatureState>>>({ value: NOTHING_WRITTEN, generation });
  const written = useRef(false);
  const writtenTo = useRef<MaplibreMap | null>(null);
  useEffect(() => {
    if (!map) return;
    const write = () => {
      const before = writtenBefore(applied, generation, NOTHING_WRITTEN);
      for (const [id, state] of featureStateChanges(before, states)) map.setFeatureState({ ...target, id }, { ...state });
      applied.current = { value: states, generation };
      written.current = true;
      writtenTo.current = map;
    };
    return schedule(map, writtenTo.current !== map || applied.current.generation !== generation, write, pending);
  }, [map, target, states, generation, pending]);
  return written;
}

/** Sets a boolean feature-state on exactly the given ids, clearing it from those that had it. */
function useFlag(
  map: MaplibreMap | null,
  target: FeatureTarget,
  key: string,
  ids: readonly string[],
  generation: number,
  pending: { current: number },
): void {
  const previous = useRef<Written<readonly string[]>>({ value: [], generation });
  const writtenTo = useRef<MaplibreMap | null>(null);
  const signature = ids.join(',');
  useEffect(() => {
    if (!map) return;
    const write = () => {
      const next = signature ? signature.split(',') : [];
      for (const id of writtenBefore(previous, generation, []))
        if (!next.includes(id)) map.setFeatureState({ ...target, id }, { [key]: false });
      for (const id of next) map.setFeatureState({ ...target, id }, { [key]: true });
      previous.current = { value: next, generation };
      writtenTo.current = map;
    };
    return schedule(map, writtenTo.current !== map || previous.current.generation !== generation, write, pending);
  }, [map, target, key, signature, generation, pending]);
}
