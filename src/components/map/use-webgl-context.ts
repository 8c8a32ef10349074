import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { ECONOMY_SOURCE } from './map-style';

export interface WebglContext {
  /** The GPU context is gone (a driver reset, a tab starved of GPU memory): the map cannot draw. */
  lost: boolean;
  /**
   * Counts restorations. MapLibre rebuilds its style from a snapshot on restore, which keeps the
   * sources and layers but not feature-state: every state must be written again, not only changes.
   */
  generation: number;
}

/** Follows the map's WebGL context: lost, then restored with its style rebuilt and ready for feature-state. */
export function useWebglContext(map: MaplibreMap | null): WebglContext {
  const [context, setContext] = useState<WebglContext>({ lost: false, generation: 0 });
  useEffect(() => {
    if (!map) return;
    const onLost = () => setContext((c) => ({ ...c, lost: true }));
    // The restored style loads a frame later: feature-state can be written once its economies are back.
    const onStyleBack = () => {
      if (!map.getSource(ECONOMY_SOURCE)) return;
      map.off('styledata', onStyleBack);
      setContext((c) => ({ lost: false, generation: c.generation + 1 }));
    };
    const onRestored = () => {
      map.on('styledata', onStyleBack);
      onStyleBack();
    };
    map.on('webglcontextlost', onLost);
    map.on('webglcontextrestored', onRestored);
    return () => {
      map.off('webglcontextlost', onLost);
      map.off('webglcontextrestored', onRestored);
      map.off('styledata', onStyleBack);
    };
  }, [map]);
  return context;
}
