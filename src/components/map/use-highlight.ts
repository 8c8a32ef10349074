import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { ECONOMY_SOURCE } from './map-style';

/**
 * Marks a transient set of economies (a hovered timeline year, a chosen mission) with the
 * `highlight` feature-state; only the difference from the previous set is written.
 */
export function useHighlight(map: MaplibreMap | null, highlighted: ReadonlySet<string>): void {
  const applied = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!map) return;
    for (const id of applied.current) if (!highlighted.has(id)) map.setFeatureState({ source: ECONOMY_SOURCE, id }, { highlight: false });
    for (const id of highlighted) if (!applied.current.has(id)) map.setFeatureState({ source: ECONOMY_SOURCE, id }, { highlight: true });
    applied.current = highlighted;
  }, [map, highlighted]);
}
